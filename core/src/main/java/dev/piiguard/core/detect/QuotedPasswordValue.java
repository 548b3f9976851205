package dev.piiguard.core.detect;

/**
 * Where a quoted value after a password setting's name ends ({@link NamedPassword}): at the
 * closing quote, escaped as the opening one was ({@code "…"}, {@code \"…\"} in JSON inside a
 * JSON string), reading each escape inside as one character of the value, since serializers escape
 * the signs passwords hold (Gson writes {@code =} as {@code \\u003d}, PHP {@code /} as {@code \/}).
 * A space, a control character or an escape of one ends no value but makes it none, so that a
 * sentence in quotes ({@code "Must be 8 characters"}) is not read as a password.
 */
final class QuotedPasswordValue {
  /** The escaping backslashes an opening quote is read with: JSON three levels deep. */
  private static final int MAX_BACKSLASHES = 7;

  private QuotedPasswordValue() {}

  /**
   * The end of the value that starts at {@code start} after the opening {@code quote}. When no
   * closing quote comes within {@code maxLength} characters, or a space, a control character, a
   * character of a script written without spaces (also escaped) or a malformed escape comes
   * first, the value ends at the first escaped quote in it, as one cut short or closed with a
   * backslash too many does ({@code password="hunter22\"}), or is none: -1.
   */
  static int end(Text text, int start, int quote, int maxLength) {
    int escaping = backslashesBefore(text, start - 1);
    int escapedQuote = -1;
    int i = start;
    for (int characters = 0; characters <= maxLength; characters++) {
      int unit = text.at(i);
      if (unit == '\\') {
        int run = text.backslashesFrom(i, Integer.MAX_VALUE);
        int after = text.at(i + run);
        if (after == quote) {
          int closingEnd = closingQuoteEnd(i, run, escaping);
          if (closingEnd >= 0) {
            return closingEnd;
          }
          if (!isEscapedQuote(run, escaping)) {
            return escapedQuote;
          }
          escapedQuote = escapedQuote < 0 ? i : escapedQuote;
          i += run + 1;
        } else if (after == 'u') {
          int codePoint = text.unicodeEscapeAt(i + run - 1);
          if (codePoint < 0 || isBlankOrControl(codePoint)
              || Text.writtenWithoutSpaces(codePoint)) {
            return escapedQuote; // \\u0020, \\u000a, \\u30d1, or no escape
          }
          i += run + 5;
        } else if (Text.isControlEscape(after) && run % (2 * (escaping + 1)) != 0) {
          return escapedQuote; // \t, \n: a control character's escape, not backslashes and a letter
        } else {
          i += run; // \/, \\ before a letter, Properties' \= and \!: the letter is read next
        }
      } else if (unit == quote) {
        return i;
      } else if (unit > ' ' && unit < 0x7F) {
        i++;
      } else {
        int length = unit < 0x80 ? 0 : nonAsciiLength(text, i);
        if (length == 0) {
          return escapedQuote;
        }
        i += length;
      }
    }
    return escapedQuote;
  }

  /**
   * Where a value ends whose run of {@code run} backslashes at {@code i} stands before a quote,
   * when that quote closes it: the run is the opening quote's {@code escaping} backslashes, or
   * those after escaped backslashes that end the value ({@code "abc\\"}); else -1. Fewer
   * backslashes than the opening quote had close it too ({@code \"abc"}, as text cut short).
   */
  private static int closingQuoteEnd(int i, int run, int escaping) {
    if (run <= escaping) {
      return i;
    }
    return (run - escaping) % (2 * (escaping + 1)) == 0 ? i + run - escaping : -1;
  }

  /**
   * Whether a run of {@code run} backslashes before a quote escapes it in a value whose opening
   * quote had {@code escaping} backslashes: {@code \"} in JSON, {@code \\\"} in JSON inside a
   * JSON string, after any escaped backslashes.
   */
  private static boolean isEscapedQuote(int run, int escaping) {
    return run > escaping && (run - 2 * escaping - 1) % (2 * (escaping + 1)) == 0;
  }

  /**
   * The backslashes that escape the quote at {@code quote}: none in JSON, one in JSON inside a
   * JSON string, three a level deeper.
   */
  static int backslashesBefore(Text text, int quote) {
    return text.backslashesBefore(quote, MAX_BACKSLASHES);
  }

  private static boolean isBlankOrControl(int codePoint) {
    return codePoint <= ' ' || Character.isISOControl(codePoint)
        || Character.isSpaceChar(codePoint) || Character.isWhitespace(codePoint);
  }

  /**
   * The units of the character beyond ASCII at {@code i} when it may be part of a password: as
   * without quotes ({@link NamedPassword#nonAsciiLength}), but not of a script written without
   * spaces, in which a quoted hint runs on without one ({@code "パスワードは8文字以上"}).
   */
  private static int nonAsciiLength(Text text, int i) {
    int codePoint = text.codePointAt(i);
    if (codePoint >= 0 && Text.writtenWithoutSpaces(codePoint) && !text.malformedAt(i)) {
      return 0;
    }
    return NamedPassword.nonAsciiLength(text, i);
  }
}
