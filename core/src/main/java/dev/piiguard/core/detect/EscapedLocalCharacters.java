package dev.piiguard.core.detect;

/**
 * Reads the characters of an e-mail address's local part that the text carrying it wrote
 * escaped, so that the address is found from its first character and not from the one after its
 * last escape, which left the start of the name in clear: a JSON escape ({@code o\\u0027brien@},
 * as Gson writes {@code '}; {@code jane.doe\\u002Bshop@}, as .NET writes {@code +}), an HTML
 * character reference ({@code o&apos;brien@}, {@code o&#39;brien@}, also with its {@code &}
 * JSON-escaped: {@code o\\u0026#39;brien@}), a Markdown escape ({@code jane\_doe@}) and the
 * percent-encoded UTF-8 of a letter ({@code j%C3%BCrgen%40…}).
 */
final class EscapedLocalCharacters {
  /** The named references of local part characters that encoders write: XML's and HTML's. */
  private static final String[] NAMES = {"apos;", "plus;"};
  private static final int[] CODE_POINTS = {'\'', '+'};
  /** The longest reference body after its {@code &}: {@code #x0000A0;} without the {@code ;}. */
  private static final int MAX_REFERENCE_BODY = 8;
  /** The most backslashes before a Markdown {@code \_}: Markdown in JSON four levels deep. */
  private static final int MAX_BACKSLASHES = 8;
  private static final int MAX_UTF8_LENGTH = 4;

  private EscapedLocalCharacters() {}

  /**
   * Where the escape of a character that a local part may hold starts, whose last unit is at
   * {@code last}; -1 when no such escape ends there. Escapes of delimiters ({@code \\u003c},
   * {@code &amp;}, {@code &#64;}) and of spaces end the local part as the characters would.
   */
  static int startEndingAt(Text text, int last) {
    int json = text.unicodeEscapeStartEndingAt(last);
    if (json >= 0) {
      return isLocalCodePoint(text.unicodeEscapeAt(json)) ? json : -1;
    }
    if (text.at(last) == ';') {
      return referenceStartEndingAt(text, last);
    }
    if (text.at(last) == '_' && text.at(last - 1) == '\\') {
      return last - 1 - text.backslashesBefore(last - 1, MAX_BACKSLASHES - 1);
    }
    return -1;
  }

  /**
   * The end of the escape at {@code i} when it stands for a sign, not a letter or a digit: a
   * quote or a plus sign before an address ({@code \\u0027jane@…\\u0027}, {@code
   * &#39;jane@…&#39;}, {@code %2Bjane%40…}), which is no part of it; -1 otherwise.
   */
  static int signEnd(Text text, int i) {
    int c = text.at(i);
    if (c == '%') {
      int decoded = text.percentEncodedAt(i);
      return decoded >= 0 && decoded < 0x80 && !Ascii.isLetterOrDigit(decoded) ? i + 3 : -1;
    }
    int body = c == '&' ? i + 1 : text.unicodeEscapeAt(i) == '&' ? text.escapeEnd(i) : -1;
    if (body > 0) {
      int codePoint = referencedCodePoint(text, body);
      if (codePoint >= 0) {
        return Character.isLetterOrDigit(codePoint) ? -1 : semicolonAfter(text, body) + 1;
      }
    }
    if (c == '\\') {
      int codePoint = text.unicodeEscapeAt(i);
      return codePoint >= 0 && !Character.isLetterOrDigit(codePoint) ? text.escapeEnd(i) : -1;
    }
    return -1;
  }

  /**
   * Whether the percent-encoded byte at {@code i} ({@code %C3} or {@code %BC} of {@code %C3%BC})
   * belongs to the UTF-8 of a letter or digit: a name in a URL ({@code ?email=j%C3%BCrgen%40…}).
   */
  static boolean inPercentEncodedLetter(Text text, int i) {
    int lead = i;
    while (isContinuation(text.percentEncodedAt(lead)) && i - lead < 3 * (MAX_UTF8_LENGTH - 1)) {
      lead -= 3;
    }
    int first = text.percentEncodedAt(lead);
    int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0;
    if (length == 0 || first >= 0xF8 || lead + 3 * length <= i) {
      return false;
    }
    int codePoint = first & (0x7F >> length);
    for (int k = 1; k < length; k++) {
      int next = text.percentEncodedAt(lead + 3 * k);
      if (!isContinuation(next)) {
        return false;
      }
      codePoint = codePoint << 6 | (next & 0x3F);
    }
    return Character.isLetterOrDigit(codePoint);
  }

  private static boolean isContinuation(int decoded) {
    return decoded >= 0x80 && decoded < 0xC0;
  }

  /**
   * Whether {@code codePoint} may be in a local part: a character of {@link
   * EmailDetector#isLocalChar} or a letter or digit beyond ASCII of a script written with spaces
   * ({@code \u00e9lodie@}; not the Japanese before {@code \u306fjane@…}, written without one).
   */
  private static boolean isLocalCodePoint(int codePoint) {
    return codePoint < 0x80 ? codePoint >= 0 && EmailDetector.isLocalChar(codePoint)
        : Character.isLetterOrDigit(codePoint) && !Text.writtenWithoutSpaces(codePoint);
  }

  /**
   * Where the character reference of a local part character that ends with the {@code ;} at
   * {@code semicolon} starts: at its {@code &}, or at the JSON escape of that {@code &}; or -1.
   */
  private static int referenceStartEndingAt(Text text, int semicolon) {
    for (int k = semicolon - 1; k >= semicolon - 1 - MAX_REFERENCE_BODY; k--) {
      int c = text.at(k);
      int start = c == '&' ? k : escapedAmpersandEndingAt(text, k);
      if (start >= 0) {
        return isLocalCodePoint(referencedCodePoint(text, k + 1)) ? start : -1;
      }
      if (!Ascii.isLetterOrDigit(c) && c != '#') {
        return -1;
      }
    }
    return -1;
  }

  /** The start of the JSON escape of an {@code &} whose last unit is at {@code last}, or -1. */
  private static int escapedAmpersandEndingAt(Text text, int last) {
    int start = text.unicodeEscapeStartEndingAt(last);
    return start >= 0 && text.unicodeEscapeAt(start) == '&' ? start : -1;
  }

  /**
   * The code point of the reference whose body ({@code #39;}, {@code apos;}) starts at {@code
   * body}, right after its {@code &}; -1 when none does or it names a character not read here.
   */
  private static int referencedCodePoint(Text text, int body) {
    if (text.at(body) == '#') {
      return HtmlEntities.numericCodePointAt(text, body);
    }
    for (int k = 0; k < NAMES.length; k++) {
      if (text.matches(body, NAMES[k])) {
        return CODE_POINTS[k];
      }
    }
    return -1;
  }

  private static int semicolonAfter(Text text, int body) {
    int i = body;
    while (text.at(i) != ';') {
      i++;
    }
    return i;
  }
}
