package dev.piiguard.core.detect;

/**
 * Reads the HTML character references that stand between digit groups in HTML text (an e-mail
 * body sent for a summary, a web page): {@code &nbsp;}, {@code &#160;}, {@code &#x202F;} and the
 * named spaces and dashes {@link DigitChain#typographicSeparator} knows.
 */
final class HtmlEntities {
  private static final String[] NAMES =
      {"nbsp;", "numsp;", "thinsp;", "hyphen;", "ndash;", "minus;"};
  private static final int[] CODE_POINTS = {0x00A0, 0x2007, 0x2009, 0x2010, 0x2013, 0x2212};
  /** The longest reference read: {@code &#x0000A0;}. */
  private static final int MAX_LENGTH = 10;

  private HtmlEntities() {}

  /**
   * The code point of the character reference starting at the {@code &} at {@code index}, or -1
   * when none starts there (or it names a character this class does not read).
   */
  static int codePointAt(Text text, int index) {
    if (text.at(index) != '&') {
      return -1;
    }
    if (text.at(index + 1) != '#') {
      for (int k = 0; k < NAMES.length; k++) {
        if (text.matchesIgnoreCase(index + 1, NAMES[k])) {
          return CODE_POINTS[k];
        }
      }
      return -1;
    }
    return numericCodePointAt(text, index + 1);
  }

  /**
   * The code point of the numeric character reference whose {@code #} is at {@code hash} ({@code
   * #64;}, {@code #x40;}), or -1: also after an {@code &} that JSON escaped ({@code \\u0026#39;},
   * as Gson writes HTML).
   */
  static int numericCodePointAt(Text text, int hash) {
    if (text.at(hash) != '#') {
      return -1;
    }
    boolean hex = text.at(hash + 1) == 'x' || text.at(hash + 1) == 'X';
    int i = hex ? hash + 2 : hash + 1;
    int codePoint = 0;
    int digits = 0;
    while (i < hash + MAX_LENGTH - 1
        && (hex ? Ascii.isHexDigit(text.at(i)) : Ascii.isDigit(text.at(i)))) {
      codePoint = codePoint * (hex ? 16 : 10) + Ascii.hexValue(text.at(i));
      digits++;
      i++;
    }
    return digits > 0 && text.at(i) == ';' ? codePoint : -1;
  }

  /** The index just past the character reference at {@code index} (which must be one). */
  static int end(Text text, int index) {
    int i = index + 1;
    while (text.at(i) != ';') {
      i++;
    }
    return i + 1;
  }
}
