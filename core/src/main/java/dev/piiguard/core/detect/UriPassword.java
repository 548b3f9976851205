package dev.piiguard.core.detect;

/**
 * The password in the user information of a URI ({@code scheme://user:password@host}, RFC 3986,
 * section 3.2.1), as database, cache, broker and proxy URLs carry it into logs:
 * {@code postgres://shop:…@db.example.com/orders}, {@code redis://:…@cache:6379},
 * {@code http_proxy=http://jane:…@proxy:8080}. Found from the {@code @} after it.
 */
final class UriPassword {
  /** The characters of user information besides letters and digits: unreserved, sub-delims, %. */
  private static final String USER_INFO_MARKS = "-._~!$&'()*+,;=%";
  /**
   * The shortest password reported: shorter ones are mostly documentation examples
   * ({@code https://abc:xyz@example.com}, {@code user:123@}).
   */
  private static final int MIN_LENGTH = 6;
  /** Passwords of documentation examples ({@code postgres://user:password@localhost/db}). */
  private static final String[] PLACEHOLDERS = {"password", "pass", "passwd", "pwd", "secret"};

  private UriPassword() {}

  /**
   * Looks for a password that ends at the {@code @} at {@code at}; returns {@code at} and sets
   * the context's match start to the password's start, or returns -1.
   */
  static int find(ScanContext context, int at) {
    Text text = context.text;
    int i = at - 1;
    int firstColon = -1;
    while (at - i < ScanEngine.LOOKBEHIND && (isUserInfoUnit(text.at(i)) || text.at(i) == ':')) {
      if (text.at(i) == ':') {
        firstColon = i;
      }
      i--;
    }
    if (firstColon < 0 || at - (firstColon + 1) < MIN_LENGTH || !text.matches(i - 2, "://")
        || !Ascii.isLetter(text.at(i - 3)) || isPlaceholder(text, firstColon + 1, at)) {
      return -1;
    }
    context.matchStart = firstColon + 1;
    return at;
  }

  private static boolean isUserInfoUnit(int c) {
    return Ascii.isLetterOrDigit(c) || c >= 0 && USER_INFO_MARKS.indexOf(c) >= 0;
  }

  /** Whether {@code start} to {@code end} is a placeholder: a word above or one character again. */
  private static boolean isPlaceholder(Text text, int start, int end) {
    boolean oneCharacter = true;
    for (int k = start + 1; k < end; k++) {
      oneCharacter &= text.at(k) == text.at(start);
    }
    if (oneCharacter) {
      return true; // ****, xxxx
    }
    for (String word : PLACEHOLDERS) {
      if (end - start == word.length() && text.matchesIgnoreCase(start, word)) {
        return true;
      }
    }
    return false;
  }
}
