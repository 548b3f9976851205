package dev.piiguard.core.detect;

/**
 * The password in the user information of a URI ({@code scheme://user:password@host}, RFC 3986,
 * section 3.2.1), as database, cache, broker and proxy URLs carry it into logs:
 * {@code postgres://shop:…@db.example.com/orders}, {@code redis://:…@cache:6379},
 * {@code http_proxy=http://jane:…@proxy:8080}. Found from the {@code @} after it, the last one
 * before the host when the password holds an {@code @} itself.
 */
final class UriPassword {
  /** The characters of user information besides letters and digits: unreserved, sub-delims, %. */
  private static final String USER_INFO_MARKS = "-._~!$&'()*+,;=%";
  /**
   * The shortest password reported: shorter ones are mostly documentation examples
   * ({@code https://abc:xyz@example.com}, {@code user:123@}).
   */
  private static final int MIN_LENGTH = 6;
  /**
   * Passwords of documentation examples ({@code postgres://user:password@localhost/db}, the
   * container images' {@code mysecretpassword}, {@code example}, the JDK's default key store
   * password {@code changeit}).
   */
  private static final String[] PLACEHOLDERS = {"password", "pass", "passwd", "pwd", "secret",
    "changeme", "changeit", "example", "mysecretpassword", "mypassword", "yourpassword",
    "your_password"};

  private UriPassword() {}

  /**
   * Looks for a password that ends at the {@code @} at {@code at}; returns {@code at} and sets
   * the context's match start to the password's start, or returns -1.
   */
  static int find(ScanContext context, int at) {
    int oracle = oracleThinPasswordStart(context.text, at);
    if (oracle >= 0) {
      context.matchStart = oracle;
      return at;
    }
    Text text = context.text;
    int i = at - 1;
    int firstColon = -1;
    int firstMark = at;
    int segmentEnd = at;
    while (at - i < ScanEngine.LOOKBEHIND && (isUserInfoUnit(text.at(i)) || text.at(i) == ':'
        || isUnencodedPasswordMark(text.at(i)))) {
      int c = text.at(i);
      if (c == '@' && holdsHostOrListSign(text, i + 1, segmentEnd)) {
        break; // user:pw@host.example.com,jane@… and proxy:8080@jane.doe@…: addresses follow
      }
      if ((c == '"' || c == '\\') && endsOrStartsJsonString(text, i)) {
        break; // "url":"http://localhost:8080","email":"jane@…": the quotes of JSON strings
      }
      if (c == ':') {
        firstColon = i;
      } else if (isUnencodedPasswordMark(c)) {
        firstMark = i;
        segmentEnd = c == '@' ? i : segmentEnd;
      }
      i--;
    }
    int passwordStart = firstColon + 1;
    int schemeEnd = text.matches(i - 2, "://") ? i - 2
        : text.matches(i - 4, ":\\/\\/") ? i - 4 : -1; // https:\/\/ in escaped JSON
    if (firstColon < 0 || firstColon > firstMark || at - passwordStart < MIN_LENGTH || schemeEnd < 0
        || !Ascii.isLetterOrDigit(text.at(schemeEnd - 1)) || isPlaceholder(text, passwordStart, at)
        || isReference(text, passwordStart, at) || isPortAndList(text, passwordStart, at)
        || sameAsUser(text, i + 1, firstColon, passwordStart, at)) {
      return -1;
    }
    context.matchStart = passwordStart;
    return at;
  }

  /**
   * Where the password of an Oracle thin-driver URL starts when it ends at the {@code @} at {@code
   * at}: {@code jdbc:oracle:thin:shop/…@//db.internal:1521/ORCLPDB1}, {@code
   * jdbc:oracle:thin:scott/…@db:1521:ORCL}, with no {@code ://} before the user; or -1.
   */
  private static int oracleThinPasswordStart(Text text, int at) {
    int slash = at - 1;
    while (at - slash <= ScanEngine.LOOKBEHIND / 2 && text.at(slash) != '/'
        && (isUserInfoUnit(text.at(slash)) || text.at(slash) == '#')) {
      slash--;
    }
    if (text.at(slash) != '/') {
      return -1;
    }
    int colon = slash - 1;
    while (colon > slash - ScanEngine.LOOKBEHIND / 2
        && (Ascii.isWordChar(text.at(colon)) || text.at(colon) == '.' || text.at(colon) == '$'
          || text.at(colon) == '#')) {
      colon--;
    }
    int start = slash + 1;
    return colon < slash - 1 && text.at(colon) == ':' && text.matchesIgnoreCase(colon - 4, "thin")
        && at - start >= MIN_LENGTH && !isPlaceholder(text, start, at)
        && !isReference(text, start, at) ? start : -1;
  }

  /**
   * Whether the password is a reference to one: a shell or CI variable ({@code $GITHUB_TOKEN}), a
   * Windows variable ({@code %DB_PASSWORD%}) or a Python format field ({@code %(password)s}).
   */
  static boolean isReference(Text text, int start, int end) {
    int first = text.at(start);
    return first == '$' || first == '%' && (text.at(start + 1) == '(' || text.at(end - 1) == '%');
  }

  /**
   * Whether what looks like a password is a port and the start of a list after a URL ({@code
   * http://localhost:3000,jane@example.com}): digits, then a comma, semicolon or {@code !}.
   */
  private static boolean isPortAndList(Text text, int start, int end) {
    int i = start;
    while (i < end && Ascii.isDigit(text.at(i))) {
      i++;
    }
    int c = text.at(i);
    return i > start && i < end && (c == ',' || c == ';' || c == '!');
  }

  /** Whether the password repeats the user name, as default credentials do: postgres:postgres. */
  private static boolean sameAsUser(Text text, int userStart, int userEnd, int start, int end) {
    if (userEnd - userStart != end - start) {
      return false;
    }
    for (int k = 0; k < end - start; k++) {
      if (text.at(userStart + k) != text.at(start + k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An {@code @}, {@code #}, quote or backslash that RFC 3986 wants percent-encoded in a password,
   * written as is ({@code postgres://shop:p@ss#1@db}, {@code S3cr"et!}, JSON's {@code S3cr\"et!}):
   * clients split the user information at the last {@code @}, so the password runs from the colon
   * to the {@code @} before the host. Each must come after the colon ({@code wiki#owner:jane@…} is
   * a fragment), and what follows such an {@code @} must not look like a host or a list ({@link
   * #holdsHostOrListSign}).
   */
  private static boolean isUnencodedPasswordMark(int c) {
    return c == '@' || c == '#' || c == '"' || c == '\\';
  }

  /**
   * Whether the quote or backslash at {@code i} opens or closes a JSON string, also escaped in a
   * JSON string ({@code \",\"}): a comma, colon, brace or bracket next to the quote (past its
   * escaping backslashes), not a quote inside a password ({@code S3cr"et!}, {@code S3cr\"et!}).
   */
  private static boolean endsOrStartsJsonString(Text text, int i) {
    int quote = i + text.backslashesFrom(i, Integer.MAX_VALUE);
    if (text.at(quote) != '"') {
      return false; // a backslash in a password: S3cr\et!
    }
    int before = quote - 1 - text.backslashesBefore(quote, Integer.MAX_VALUE);
    return isJsonStructure(text.at(quote + 1)) || isJsonStructure(text.at(before));
  }

  private static boolean isJsonStructure(int c) {
    return c == ',' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']';
  }

  /**
   * Whether what follows an {@code @} up to the next one holds a dot, comma, semicolon or equals
   * sign: a host name or a list, so that {@code @} ends user information, not a password.
   */
  private static boolean holdsHostOrListSign(Text text, int from, int to) {
    for (int k = from; k < to; k++) {
      int c = text.at(k);
      if (c == '.' || c == ',' || c == ';' || c == '=') {
        return true;
      }
    }
    return false;
  }

  private static boolean isUserInfoUnit(int c) {
    return Ascii.isLetterOrDigit(c) || c >= 0 && USER_INFO_MARKS.indexOf(c) >= 0;
  }

  /**
   * Whether {@code start} to {@code end} is a placeholder: a word above, or one character again,
   * also percent-encoded ({@code ****}, {@code xxxxxx}, {@code %2A%2A%2A}).
   */
  static boolean isPlaceholder(Text text, int start, int end) {
    int firstUnits = text.percentEncodedAt(start) >= 0 ? 3 : 1;
    boolean oneCharacter = true;
    for (int k = start + firstUnits; k < end; k += firstUnits) {
      for (int u = 0; u < firstUnits; u++) {
        oneCharacter &= Ascii.toLower(text.at(k + u)) == Ascii.toLower(text.at(start + u));
      }
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
