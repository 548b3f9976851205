package dev.piiguard.core.known;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A fixed-size open-addressing set of fingerprints, each with the index of its entity id. One
 * writer at a time (under the owner's lock); readers need no lock: a slot is written once, its
 * type before its fingerprint, so a reader that sees the fingerprint sees its type.
 */
final class FingerprintTable {
  private final AtomicLongArray fingerprints;
  private final byte[] types;
  private final int mask;
  private int size;

  /** A table for up to {@code entries} fingerprints, at most half full. */
  FingerprintTable(int entries) {
    int slots = Integer.highestOneBit(Math.max(8, entries) * 2 - 1) << 1;
    fingerprints = new AtomicLongArray(slots);
    types = new byte[slots];
    mask = slots - 1;
  }

  /** The type index of {@code fingerprint}, or -1 when it is absent. */
  int typeOf(long fingerprint) {
    long key = nonZero(fingerprint);
    for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
      long held = fingerprints.get(slot);
      if (held == key) {
        return types[slot];
      }
      if (held == 0) {
        return -1;
      }
    }
  }

  /** Adds {@code fingerprint} with {@code type} unless present; the caller keeps it under half full. */
  void add(long fingerprint, int type) {
    long key = nonZero(fingerprint);
    for (int slot = slotOf(key); ; slot = (slot + 1) & mask) {
      long held = fingerprints.get(slot);
      if (held == key) {
        return;
      }
      if (held == 0) {
        types[slot] = (byte) type;
        fingerprints.set(slot, key);
        size++;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private int slotOf(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 32) & mask;
  }

  private static long nonZero(long fingerprint) {
    return fingerprint == 0 ? 1 : fingerprint;
  }
}
