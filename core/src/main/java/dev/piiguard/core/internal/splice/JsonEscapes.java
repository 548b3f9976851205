package dev.piiguard.core.internal.splice;

/** JSON string escape sequences: how long they are, how to decode and how to write them. */
public final class JsonEscapes {

  /** The characters that may follow a backslash in a JSON string, besides {@code u}. */
  private static final String SINGLE_ESCAPES = "\"\\/bfnrt";

  private JsonEscapes() {}

  /**
   * The length of the escape sequence whose backslash is at {@code index}: 12 for a surrogate pair
   * written as two {@code \}{@code uXXXX} escapes, 6 for one {@code \}{@code uXXXX}, 1 for a
   * backslash that ends the text, otherwise 2.
   */
  static int length(Units units, int index) {
    if (index + 1 >= units.length()) {
      return 1;
    }
    int code = unicodeEscape(units, index);
    if (code < 0) {
      return 2;
    }
    if (Character.isHighSurrogate((char) code)
        && Character.isLowSurrogate((char) Math.max(0, unicodeEscape(units, index + 6)))) {
      return 12;
    }
    return 6;
  }

  /** The char written by a {@code \}{@code uXXXX} escape at {@code index}, or -1 if none is there. */
  private static int unicodeEscape(Units units, int index) {
    if (index + 5 >= units.length() || units.at(index) != '\\' || units.at(index + 1) != 'u') {
      return -1;
    }
    int code = 0;
    for (int i = index + 2; i < index + 6; i++) {
      int digit = Character.digit(units.at(i), 16);
      if (digit < 0) {
        return -1;
      }
      code = code * 16 + digit;
    }
    return code;
  }

  /** Whether the backslash at {@code index} starts an escape (is not itself escaped). */
  static boolean startsEscape(Units units, int index) {
    if (units.at(index) != '\\') {
      return false;
    }
    int backslashes = 1;
    for (int i = index - 1; i >= 0 && units.at(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  /**
   * The start of the escape sequence that {@code index} lies strictly inside (after its backslash),
   * or -1 when it lies inside none. Only the escapes JSON defines count: in a Windows path such as
   * {@code C:\exports\4111…} a backslash before a digit is a character of its own.
   */
  static int escapeCovering(Units units, int index) {
    for (int i = index - 1; i >= 0 && i >= index - 11; i--) {
      if (units.at(i) != '\\') {
        continue;
      }
      if (!startsEscape(units, i)) {
        return -1;
      }
      int start = i;
      if (i >= 6 && startsEscape(units, i - 6) && length(units, i - 6) == 12) {
        start = i - 6;
      }
      int length = length(units, start);
      if (length == 2 && SINGLE_ESCAPES.indexOf(units.at(start + 1)) < 0) {
        return -1;
      }
      return start + length > index ? start : -1;
    }
    return -1;
  }

  /** Decodes the JSON string content in units {@code [start, end)}. */
  public static String decode(Units units, int start, int end) {
    StringBuilder decoded = new StringBuilder(end - start);
    int runStart = start;
    int i = start;
    while (i < end) {
      if (units.at(i) != '\\') {
        i++;
        continue;
      }
      decoded.append(units.text(runStart, i));
      int length = Math.min(length(units, i), end - i);
      decoded.append(decodeEscape(units, i, length));
      i += length;
      runStart = i;
    }
    decoded.append(units.text(runStart, end));
    return decoded.toString();
  }

  private static String decodeEscape(Units units, int index, int length) {
    if (length == 12) {
      return new String(
          new char[] {(char) unicodeEscape(units, index), (char) unicodeEscape(units, index + 6)});
    }
    if (length == 6) {
      return String.valueOf((char) unicodeEscape(units, index));
    }
    if (length < 2) {
      return "\\";
    }
    int escaped = units.at(index + 1);
    switch (escaped) {
      case 'b':
        return "\b";
      case 'f':
        return "\f";
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case 't':
        return "\t";
      default:
        return units.text(index + 1, index + 2);
    }
  }
}
