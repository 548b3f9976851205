package dev.piiguard.core.internal.splice;

import java.util.Arrays;

/** A growable byte array without the locking of {@link java.io.ByteArrayOutputStream}. */
public final class ByteSink {

  private static final byte[] EMPTY = new byte[0];

  private byte[] bytes;
  private int size;

  public ByteSink(int initialCapacity) {
    bytes = initialCapacity == 0 ? EMPTY : new byte[initialCapacity];
  }

  public void write(byte[] source, int offset, int length) {
    ensure(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public byte[] toByteArray() {
    return size == 0 ? EMPTY : Arrays.copyOf(bytes, size);
  }

  /** The backing array; only its first {@link #size()} bytes are content. */
  public byte[] array() {
    return bytes;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, Math.max(16, size + more)));
    }
  }
}
