package dev.piiguard.core.detect;

/**
 * Groups of digits joined by short separators ({@code 4111 1111}, {@code (415) 555-2671},
 * {@code 192.168.0.1}), parsed once so that every number detector can test its shapes on them.
 */
final class DigitChain {
  static final int MAX_GROUPS = 12;
  private static final int MAX_SEPARATOR = 3;
  private static final int MAX_DIGITS = 40;
  /** The length of a percent-encoded character: {@code %20}. */
  private static final int ENCODED_LENGTH = 3;

  private final int[] groupStart = new int[MAX_GROUPS];
  private final int[] groupEnd = new int[MAX_GROUPS];
  private int count;
  /**
   * Whether the last parse stopped at {@link #MAX_GROUPS} or {@code MAX_DIGITS} before more
   * groups.
   */
  private boolean cut;
  private Text text;

  /** Whether {@code c} may be part of a separator between two digit groups. */
  static boolean isSeparator(int c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
  }

  /**
   * The ASCII separator that a typographic one stands for: a space for the no-break, figure,
   * thin and narrow no-break spaces (U+00A0, U+2007, U+2009, U+202F: how French and
   * word-processed text groups digits) and for the invisible soft hyphen, zero-width space and
   * word joiner (U+00AD, U+200B, U+2060: left by editors, or put in to hide a number from
   * scanners), a dash for the hyphens, the figure and en dashes and the minus sign (U+2010 to
   * U+2013, U+2212); 0 for any other code point.
   */
  static int typographicSeparator(int codePoint) {
    switch (codePoint) {
      case 0x00A0:
      case 0x2007:
      case 0x2009:
      case 0x202F:
      case 0x00AD: // soft hyphen
      case 0x200B: // zero-width space
      case 0x2060: // word joiner
        return ' ';
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
        return '-';
      default:
        return 0;
    }
  }

  /**
   * The number of units of the separator character at {@code i} (an ASCII separator, or a
   * typographic one in one char, up to three UTF-8 bytes, a JSON escape such as {@code \\u00a0}
   * or an HTML character reference such as {@code &nbsp;}; a space or dash percent-encoded in a
   * URL, or as a plus sign in a form body), or 0 when there is none.
   */
  static int separatorLength(Text text, int i) {
    int c = text.at(i);
    if (c == '\\') {
      return typographicSeparator(text.unicodeEscapeAt(i)) == 0 ? 0 : text.escapeEnd(i) - i;
    }
    if (c == '&') {
      return typographicSeparator(HtmlEntities.codePointAt(text, i)) == 0 ? 0
          : HtmlEntities.end(text, i) - i;
    }
    if (c == '%') {
      return percentEncodedSeparator(text, i) == 0 ? 0 : ENCODED_LENGTH;
    }
    if (c == '+') {
      return isFormSpace(text, i) ? 1 : 0;
    }
    if (c < 0x80) {
      return isSeparator(c) ? 1 : 0;
    }
    int codePoint = text.codePointAt(i);
    return typographicSeparator(codePoint) == 0 ? 0 : text.unitsOf(codePoint);
  }

  /** The unit at {@code i}, or the ASCII separator a typographic one starting there stands for. */
  static int separatorChar(Text text, int i) {
    int c = text.at(i);
    if (c == '\\') {
      return typographicSeparator(text.unicodeEscapeAt(i));
    }
    if (c == '&') {
      return typographicSeparator(HtmlEntities.codePointAt(text, i));
    }
    if (c == '%') {
      return percentEncodedSeparator(text, i);
    }
    if (c == '+') {
      return isFormSpace(text, i) ? ' ' : c;
    }
    return c < 0x80 ? c : typographicSeparator(text.codePointAt(i));
  }

  /**
   * The space, dash or parenthesis percent-encoded in a URL at {@code i} ({@code %20}, {@code
   * %2D}, {@code %28}, {@code %29}: {@code ?card=4111%201111%201111%201111}, {@code
   * ?phone=%28415%29+555-2671}), or 0.
   */
  private static int percentEncodedSeparator(Text text, int i) {
    int decoded = text.percentEncodedAt(i);
    return decoded == ' ' || decoded == '-' || decoded == '(' || decoded == ')' ? decoded : 0;
  }

  /**
   * Whether the plus sign at {@code i} stands for a space, as in a form body or URL query ({@code
   * card=4111+1111+1111+1111}, {@code iban=GB29+NWBK+6016…}): a letter or digit on both sides, or
   * before it and an encoded separator after it ({@code %2B1+%28415%29+555-2671}); the {@code +}
   * of an international number, {@code +44}, follows a space or another sign.
   */
  private static boolean isFormSpace(Text text, int i) {
    return Ascii.isLetterOrDigit(text.at(i - 1))
        && (Ascii.isLetterOrDigit(text.at(i + 1)) || percentEncodedSeparator(text, i + 1) != 0);
  }

  /** Whether another digit group follows the digits that end at {@code end}. */
  static boolean continuesAfter(Text text, int end) {
    int i = end;
    for (int separators = 0; separators < MAX_SEPARATOR; separators++) {
      int length = separatorLength(text, i);
      if (length == 0) {
        return i > end && Ascii.isDigit(text.at(i));
      }
      i += length;
    }
    return Ascii.isDigit(text.at(i));
  }

  /**
   * Parses the chain whose first digit is at {@code start}. A group after an opening parenthesis
   * must close it ({@code (415)}, {@code +44 (0) 20…}); one that does not is something else
   * after the number, such as business hours: {@code 03-1234-5678（10:00～18:00）}.
   */
  void parse(Text text, int start) {
    this.text = text;
    count = 0;
    cut = false;
    int digits = 0;
    int i = start;
    boolean opened = false;
    while (true) {
      int groupBegin = i;
      while (Ascii.isDigit(text.at(i))) {
        i++;
      }
      if (opened && text.at(i) != ')') {
        cut = false;
        return;
      }
      groupStart[count] = groupBegin;
      groupEnd[count] = i;
      count++;
      digits += i - groupBegin;
      if (!continuesAfter(text, i)) {
        cut = false;
        return;
      }
      if (count == MAX_GROUPS || digits > MAX_DIGITS) {
        cut = true;
        return;
      }
      opened = false;
      while (!Ascii.isDigit(text.at(i))) {
        opened |= text.at(i) == '(';
        i += separatorLength(text, i); // positive: continuesAfter read these separators
      }
    }
  }

  int count() {
    return count;
  }

  int start(int group) {
    return groupStart[group];
  }

  int end(int group) {
    return groupEnd[group];
  }

  int length(int group) {
    return groupEnd[group] - groupStart[group];
  }

  /** The number of digits in groups {@code from} to {@code to}, both inclusive. */
  int digits(int from, int to) {
    int digits = 0;
    for (int g = from; g <= to; g++) {
      digits += groupEnd[g] - groupStart[g];
    }
    return digits;
  }

  /**
   * The separator before {@code group} (which must not be the first) as a single ASCII char (a
   * typographic space or dash as the ASCII one), or 0 when it is more than one character.
   */
  int singleSeparatorBefore(int group) {
    int from = groupEnd[group - 1];
    return separatorLength(text, from) == groupStart[group] - from ? separatorChar(text, from) : 0;
  }

  /**
   * Whether the separator before {@code group} is exactly {@code separator} (ASCII), a
   * typographic space or dash counting as the ASCII one.
   */
  boolean separatorIs(int group, String separator) {
    int i = groupEnd[group - 1];
    for (int k = 0; k < separator.length(); k++) {
      int length = separatorLength(text, i);
      if (length == 0 || separatorChar(text, i) != separator.charAt(k)) {
        return false;
      }
      i += length;
    }
    return i == groupStart[group];
  }

  /** Whether every separator between groups {@code from} and {@code to} is the single char c. */
  boolean joinedBy(int from, int to, int c) {
    for (int g = from + 1; g <= to; g++) {
      if (singleSeparatorBefore(g) != c) {
        return false;
      }
    }
    return true;
  }

  /** The value of group {@code group}'s digits as a decimal number. */
  int value(int group) {
    int value = 0;
    for (int i = 0; i < length(group); i++) {
      value = value * 10 + digitAt(group, i);
    }
    return value;
  }

  /** The digit at position {@code index} of the digits of groups from {@code from} on. */
  int digitAt(int from, int index) {
    int g = from;
    int remaining = index;
    while (remaining >= length(g)) {
      remaining -= length(g);
      g++;
    }
    return text.at(groupStart[g] + remaining) - '0';
  }

  /** Whether the chain stopped at its limit with more groups after it. */
  boolean cut() {
    return cut;
  }

  /** Whether something glues a word character onto the end of {@code group}. */
  boolean gluedAfter(int group) {
    return Ascii.isWordChar(text.at(groupEnd[group]));
  }
}
