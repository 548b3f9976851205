package dev.piiguard.core.detect;

/** Character classes over ASCII code units; anything else (and -1, "outside") is in none. */
final class Ascii {
  private Ascii() {}

  // Unsigned range checks: one compare each, and -1 falls outside every range.

  static boolean isDigit(int c) {
    return Integer.compareUnsigned(c - '0', 9) <= 0;
  }

  static boolean isLetter(int c) {
    return Integer.compareUnsigned((c | 0x20) - 'a', 25) <= 0 && c < 128;
  }

  static boolean isLower(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLetterOrDigit(int c) {
    return isDigit(c) || isLetter(c);
  }

  /** Letters, digits and underscore: what glues characters into one token. */
  static boolean isWordChar(int c) {
    return isLetterOrDigit(c) || c == '_';
  }

  static boolean isHexDigit(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static int hexValue(int c) {
    if (c <= '9') {
      return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
  }

  static int toLower(int c) {
    return isUpper(c) ? c + 32 : c;
  }

  static int toUpper(int c) {
    return c >= 'a' && c <= 'z' ? c - 32 : c;
  }
}
