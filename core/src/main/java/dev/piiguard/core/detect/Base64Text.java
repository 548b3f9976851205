package dev.piiguard.core.detect;

/** Standard base64 (RFC 4648, section 4) read from the text being scanned. */
final class Base64Text {
  private Base64Text() {}

  /** The six bits {@code c} stands for, or -1 for a character outside the alphabet. */
  static int sextet(int c) {
    if (Ascii.isUpper(c)) {
      return c - 'A';
    }
    if (Ascii.isLower(c)) {
      return c - 'a' + 26;
    }
    if (Ascii.isDigit(c)) {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  }

  /**
   * Appends to {@code out}, one char per byte, what the base64 from {@code start} decodes to, up
   * to {@code end} or the first character outside the alphabet ({@code =} among them).
   */
  static void decode(Text text, int start, int end, StringBuilder out) {
    int bits = 0;
    int bitCount = 0;
    for (int i = start; i < end; i++) {
      int sextet = sextet(text.at(i));
      if (sextet < 0) {
        return;
      }
      bits = bits << 6 | sextet;
      bitCount += 6;
      if (bitCount >= 8) {
        bitCount -= 8;
        out.append((char) (bits >>> bitCount & 0xFF));
      }
    }
  }
}
