package dev.piiguard.core.detect;

/**
 * The credential in the value of an HTTP {@code Authorization} header (RFC 9110, section 11.6.2):
 * an authentication scheme, spaces and the credential, as logged by HTTP clients and request
 * filters ({@code Authorization: Basic dXNlcjpwYXNz}, {@code "authorization":"Bearer …"}).
 */
final class AuthorizationCredential {
  /**
   * The schemes whose credential is one token, compared ignoring case: also Elasticsearch's
   * {@code ApiKey}, Okta's {@code SSWS} and Splunk HTTP Event Collector's {@code Splunk}.
   */
  private static final String TOKEN = "token";
  private static final String[] SCHEMES = {"basic", "bearer", TOKEN, "apikey", "ssws", "splunk"};
  private static final int MAX_SPACES = 3;
  /**
   * What may stand between a header's name and its value besides the words of {@link
   * #GAP_WORDS}: {@code Authorization: …}, {@code "Authorization":["…"]}, HAR's {@code
   * "name":"Authorization","value":"…"}, a tuple {@code ('authorization', '…')}, {@code
   * <Authorization>…}, a table's {@code | Authorization | …} or a tab.
   */
  private static final String GAP = " \t\"'\\[]()<>|:=,";
  /** Words that may stand there: {@code Authorization header: …}, HAR's {@code "value"}. */
  private static final ContextWords GAP_WORDS = ContextWords.strict("header", "value", "is", "b");
  private static final int MAX_GAP = 32;

  private AuthorizationCredential() {}

  /**
   * Where the value of the header whose name ends at {@code nameEnd} starts: after the signs (also
   * as JSON escapes) and words of a gap of at most {@value #MAX_GAP} characters.
   */
  static int valueStart(Text text, int nameEnd) {
    int i = nameEnd;
    while (i - nameEnd < MAX_GAP) {
      int c = text.at(i);
      int escaped = c == '\\' ? text.unicodeEscapeAt(i) : -1;
      if (escaped >= 0 && escaped < 0x80 && GAP.indexOf(escaped) >= 0) {
        i = text.escapeEnd(i); // Authorization\\u003dBearer …, as Gson writes an = or a quote
        continue;
      }
      if (c >= 0 && GAP.indexOf(c) >= 0) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (Ascii.isLetter(text.at(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == i || !GAP_WORDS.contains(text, i, wordEnd)) {
        break;
      }
      i = wordEnd;
    }
    return i;
  }

  /**
   * Where the credential starts in a header value that starts at {@code valueStart}: after one of
   * the schemes and up to three spaces, and after the {@code token=} and quote of Rails' {@code
   * Token token="…"}; -1 when the value has no such scheme.
   */
  static int start(Text text, int valueStart) {
    for (String scheme : SCHEMES) {
      int afterScheme = valueStart + scheme.length();
      if (text.matchesIgnoreCase(valueStart, scheme) && text.at(afterScheme) == ' ') {
        int i = afterScheme;
        while (text.at(i) == ' ' && i - afterScheme < MAX_SPACES) {
          i++;
        }
        return scheme.equals(TOKEN) ? afterTokenParameter(text, i) : i;
      }
    }
    return -1;
  }

  /**
   * Where the credential starts when the token scheme's value at {@code i} may be a parameter
   * ({@code token="…"}, {@code token=…}, the quote escaped in JSON): after it, else {@code i}.
   */
  private static int afterTokenParameter(Text text, int i) {
    if (!text.matchesIgnoreCase(i, TOKEN + "=")) {
      return i;
    }
    int value = i + TOKEN.length() + 1;
    int quote = value + text.backslashesFrom(value, 3);
    return text.at(quote) == '"' ? quote + 1 : value;
  }

  /**
   * Whether {@code start} to {@code end}, the credential of a header value that starts at {@code
   * valueStart}, is one: for {@code Basic}, base64 of {@code user:password}; for another scheme a
   * token with a letter and a digit, which placeholders such as {@code undefined} or
   * {@code REDACTED} lack; {@code scratch} is for decoding.
   */
  static boolean isCredential(Text text, int valueStart, int start, int end,
      StringBuilder scratch) {
    if (isMaskedOrCut(text, end) || startsWithVersion(text, start)
        || text.matches(start, "eyJ") && !text.anyMatch(start, end, c -> c == '.')) {
      return false; // Bearer abcd1234****, Bearer eyJhbGciOiJSUzI1NiIs... (a JWT's header only)
    }
    return text.matchesIgnoreCase(valueStart, "basic ")
        ? isBase64OfUserAndPassword(text, start, end, scratch)
        : hasLetterAndDigit(text, start, end);
  }

  /**
   * Whether the credential starts as a version does, digits and a full stop after an optional
   * {@code v}: {@code authorization: splunk 9.1.2-enterprise is required}, {@code apikey v2.1}.
   */
  private static boolean startsWithVersion(Text text, int start) {
    int i = start + (text.at(start) == 'v' || text.at(start) == 'V' ? 1 : 0);
    int digits = i;
    while (Ascii.isDigit(text.at(i))) {
      i++;
    }
    return i > digits && text.at(i) == '.' && Ascii.isDigit(text.at(i + 1));
  }

  /** Whether a mask or an ellipsis follows the credential that ends at {@code end}. */
  private static boolean isMaskedOrCut(Text text, int end) {
    return text.at(end) == '*' || text.startsEllipsis(end);
  }

  private static boolean hasLetterAndDigit(Text text, int start, int end) {
    boolean letter = false;
    boolean digit = false;
    for (int i = start; i < end; i++) {
      letter |= Ascii.isLetter(text.at(i));
      digit |= Ascii.isDigit(text.at(i));
    }
    return letter && digit;
  }

  /**
   * Whether the base64 from {@code start} to {@code end} (padded or not) decodes to text with a
   * colon and no control characters, as RFC 7617 has {@code user-id ":" password}; {@code
   * scratch} takes the decoded text.
   */
  static boolean isBase64OfUserAndPassword(Text text, int start, int end, StringBuilder scratch) {
    int dataEnd = end;
    while (dataEnd > start && end - dataEnd < 2 && text.at(dataEnd - 1) == '=') {
      dataEnd--;
    }
    if ((dataEnd - start) % 4 == 1) {
      return false;
    }
    scratch.setLength(0);
    Base64Text.decode(text, start, dataEnd, scratch);
    boolean whole = scratch.length() == (dataEnd - start) * 6 / 8; // decoding stopped nowhere
    boolean colon = false;
    boolean control = false;
    for (int k = 0; k < scratch.length(); k++) {
      char decoded = scratch.charAt(k);
      colon |= decoded == ':';
      control |= decoded < 0x20 || decoded == 0x7F;
    }
    scratch.setLength(0);
    return whole && colon && !control;
  }
}
