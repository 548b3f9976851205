package dev.piiguard.core.detect;

/**
 * Decodes UTF-8 bytes to chars while remembering where each char came from, so that regex matches
 * on the chars can be reported as byte offsets. A malformed byte decodes to U+FFFD on its own.
 */
final class Utf8Chars implements CharSequence {
  private final char[] chars;
  private final int[] byteIndex;
  private final int length;

  private Utf8Chars(char[] chars, int[] byteIndex, int length) {
    this.chars = chars;
    this.byteIndex = byteIndex;
    this.length = length;
  }

  static Utf8Chars decode(byte[] bytes, int offset, int count) {
    char[] chars = new char[count];
    int[] byteIndex = new int[count + 1];
    int n = 0;
    int i = offset;
    int end = offset + count;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      int sequence = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3
          : b >= 0xF0 && b < 0xF5 ? 4 : 0;
      int codePoint = sequence == 1 ? b : -1;
      if (sequence > 1 && i + sequence <= end) {
        codePoint = b & (0xFF >> (sequence + 1));
        for (int k = 1; k < sequence; k++) {
          int next = bytes[i + k] & 0xFF;
          if ((next & 0xC0) != 0x80) {
            codePoint = -1;
            break;
          }
          codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint >= 0 && !wellFormed(codePoint, sequence)) {
          codePoint = -1;
        }
      }
      if (codePoint < 0) {
        sequence = 1;
        codePoint = 0xFFFD;
      }
      if (codePoint >= 0x10000) {
        byteIndex[n] = i;
        chars[n++] = Character.highSurrogate(codePoint);
        byteIndex[n] = i;
        chars[n++] = Character.lowSurrogate(codePoint);
      } else {
        byteIndex[n] = i;
        chars[n++] = (char) codePoint;
      }
      i += sequence;
    }
    byteIndex[n] = end;
    return new Utf8Chars(chars, byteIndex, n);
  }

  private static boolean wellFormed(int codePoint, int sequence) {
    int shortest = sequence == 2 ? 0x80 : sequence == 3 ? 0x800 : 0x10000;
    return codePoint >= shortest && codePoint <= 0x10FFFF
        && (codePoint < 0xD800 || codePoint > 0xDFFF);
  }

  /** The byte index where the char at {@code index} starts ({@code length()} maps to the end). */
  int byteIndex(int index) {
    return byteIndex[index];
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index >= length) {
      throw new IndexOutOfBoundsException("index >= length: " + index + " >= " + length);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
