package dev.piiguard.core.detect;

/**
 * Decodes UTF-8 bytes to chars while remembering where each char came from, so that regex matches
 * on the chars can be reported as byte offsets. Malformed bytes decode to U+FFFD as the JDK's
 * decoder has them, one per maximal subpart of a sequence.
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
          : b >= 0xF0 && b < 0xF8 ? 4 : 0;
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
      int length = codePoint >= 0 ? sequence : malformedLength(bytes, i, end, sequence);
      byteIndex[n] = i;
      if (codePoint >= 0x10000) {
        chars[n++] = Character.highSurrogate(codePoint);
        byteIndex[n] = i;
        chars[n++] = Character.lowSurrogate(codePoint);
      } else {
        chars[n++] = codePoint < 0 ? '\uFFFD' : (char) codePoint;
      }
      i += length;
    }
    byteIndex[n] = end;
    return new Utf8Chars(chars, byteIndex, n);
  }

  private static boolean wellFormed(int codePoint, int sequence) {
    int shortest = sequence == 2 ? 0x80 : sequence == 3 ? 0x800 : 0x10000;
    return codePoint >= shortest && codePoint <= 0x10FFFF
        && (codePoint < 0xD800 || codePoint > 0xDFFF);
  }

  /**
   * How many bytes from {@code i}, where a malformed sequence of {@code sequence} bytes (0: a
   * byte that starts none) begins, one U+FFFD replaces, exactly as {@code new String(bytes,
   * UTF_8)} does, so that custom patterns match the same text in bytes and in chars: the lead and
   * the continuation bytes that may follow it (a surrogate's three bytes too), and at the end of
   * the input the rest of a sequence cut short.
   */
  private static int malformedLength(byte[] bytes, int i, int end, int sequence) {
    int lead = bytes[i] & 0xFF;
    int second = i + 1 < end ? bytes[i + 1] & 0xFF : -1;
    if (sequence == 2) {
      return 1;
    }
    if (sequence == 3) {
      boolean badSecond = second >= 0 && (lead == 0xE0 && (second & 0xE0) == 0x80
          || (second & 0xC0) != 0x80);
      if (i + 2 < end) {
        return badSecond ? 1 : (bytes[i + 2] & 0xC0) != 0x80 ? 2 : 3; // 3: a surrogate
      }
      return badSecond ? 1 : end - i;
    }
    if (sequence == 4) {
      boolean badSecond = lead > 0xF4 || second >= 0 && (lead == 0xF0 && (second < 0x90
          || second > 0xBF) || lead == 0xF4 && (second & 0xF0) != 0x80
          || (second & 0xC0) != 0x80);
      if (badSecond || second < 0) {
        return 1;
      }
      if (i + 2 >= end || (bytes[i + 2] & 0xC0) != 0x80) {
        return Math.min(2, end - i);
      }
      return i + 3 >= end ? end - i : 3;
    }
    return 1;
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
