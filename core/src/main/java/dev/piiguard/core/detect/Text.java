package dev.piiguard.core.detect;

/**
 * A reusable, allocation-free view of the input being scanned: a String, another CharSequence, or
 * a range of UTF-8 bytes, read one code unit at a time.
 *
 * <p>Detectors only reason about ASCII. A UTF-8 byte or a char at or above 0x80 is returned as is;
 * all such units are treated alike (as neither letter, digit nor separator) so that the char and
 * byte paths reach the same decisions.
 */
final class Text {
  private String string;
  private CharSequence chars;
  private byte[] bytes;
  private int start;
  private int end;

  void reset(String string, int start, int end) {
    this.string = string;
    this.chars = null;
    this.bytes = null;
    this.start = start;
    this.end = end;
  }

  void reset(CharSequence chars, int start, int end) {
    this.string = null;
    this.chars = chars;
    this.bytes = null;
    this.start = start;
    this.end = end;
  }

  void reset(byte[] bytes, int start, int end) {
    this.string = null;
    this.chars = null;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }

  void clear() {
    string = null;
    chars = null;
    bytes = null;
  }

  /** The first index of the input. */
  int start() {
    return start;
  }

  /** The index just past the input. */
  int end() {
    return end;
  }

  /** The unit at {@code index}, or -1 outside the input. */
  int at(int index) {
    if (index < start || index >= end) {
      return -1;
    }
    if (bytes != null) {
      return bytes[index] & 0xFF;
    }
    if (string != null) {
      return string.charAt(index);
    }
    return chars.charAt(index);
  }

  /** Whether the unit at {@code index} starts a code point (so it counts once in a window). */
  boolean startsCodePoint(int index) {
    int unit = at(index);
    if (bytes != null) {
      return unit < 0x80 || unit >= 0xC0;
    }
    return unit < 0xDC00 || unit > 0xDFFF;
  }

  /** Whether {@code literal} (ASCII) occurs at {@code index}, exactly. */
  boolean matches(int index, String literal) {
    int length = literal.length();
    if (index < start || index + length > end) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (at(index + i) != literal.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code lowerCaseWord} (ASCII lower case) occurs at {@code index}, ignoring case. */
  boolean matchesIgnoreCase(int index, String lowerCaseWord) {
    int length = lowerCaseWord.length();
    if (index < start || index + length > end) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Ascii.toLower(at(index + i)) != lowerCaseWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
