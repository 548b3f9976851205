package dev.piiguard.core.known;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * An open-addressing set of fingerprints, each with the index of its entity id, that grows as
 * fingerprints are added (at most half full). One writer at a time (under the owner's lock);
 * readers need no lock: a slot is written once, its type before its fingerprint, so a reader that
 * sees the fingerprint sees its type, and a grown table is published whole.
 */
final class FingerprintTable {
  private static final int FIRST_SLOTS = 64;

  private volatile Slots slots = new Slots(FIRST_SLOTS);
  private int size;

  /** The type index of {@code fingerprint}, or -1 when it is absent. */
  int typeOf(long fingerprint) {
    return slots.typeOf(nonZero(fingerprint));
  }

  /** Adds {@code fingerprint} with {@code type} unless present. */
  void add(long fingerprint, int type) {
    long key = nonZero(fingerprint);
    Slots current = slots;
    if (current.typeOf(key) >= 0) {
      return;
    }
    if (2 * (size + 1) > current.length()) {
      current = current.grown();
      slots = current;
    }
    current.put(key, type);
    size++;
  }

  int size() {
    return size;
  }

  private static long nonZero(long fingerprint) {
    return fingerprint == 0 ? 1 : fingerprint;
  }

  /** The arrays of one size. */
  private static final class Slots {
    private final AtomicLongArray keys;
    private final byte[] types;
    private final int mask;

    Slots(int length) {
      keys = new AtomicLongArray(length);
      types = new byte[length];
      mask = length - 1;
    }

    int length() {
      return types.length;
    }

    int typeOf(long key) {
      for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
        long held = keys.get(slot);
        if (held == key) {
          return types[slot];
        }
        if (held == 0) {
          return -1;
        }
      }
    }

    void put(long key, int type) {
      int slot = slotOf(key);
      while (keys.get(slot) != 0) {
        slot = (slot + 1) & mask;
      }
      types[slot] = (byte) type;
      keys.set(slot, key);
    }

    /** A copy twice as large, not yet seen by readers. */
    Slots grown() {
      Slots grown = new Slots(2 * length());
      for (int slot = 0; slot < length(); slot++) {
        long key = keys.get(slot);
        if (key != 0) {
          grown.put(key, types[slot]);
        }
      }
      return grown;
    }

    private int slotOf(long key) {
      long mixed = key * 0x9E3779B97F4A7C15L;
      return (int) (mixed >>> 32) & mask;
    }
  }
}
