package dev.piiguard.core.detect;

/**
 * The value after the name of a password setting ({@link SecretFormat.Kind#PASSWORD}): where it
 * starts and ends, quoted or not, and whether it is a password rather than a word, a placeholder,
 * a reference, a mask, a call or a URL.
 */
final class NamedPassword {
  /** Spaces after a colon ({@code password:   S3cr3t!}), as YAML and log lines align them. */
  private static final int MAX_SPACES = 8;
  /** Escaping backslashes before a quote: JSON in a JSON string doubles them. */
  private static final int MAX_BACKSLASHES = 3;
  /**
   * How a value starts when it refers to a password kept elsewhere: a shell or Spring property
   * ({@code $PGPASS}, {@code ${DB_PASSWORD}}), a template ({@code {{ db_password }}}, {@code
   * <your-password>}, {@code [REDACTED]}, {@code #{…}}).
   */
  private static final String REFERENCE_STARTS = "${<[";
  /** Masks in a value: what remains of a password is not one. */
  private static final String[] MASKS = {"***", "...", "redacted", "filtered", "protected",
    "hidden", "masked"};

  private NamedPassword() {}

  /**
   * Where the value after the sign at {@code sign} starts, after the spaces a colon may have and
   * an opening quote (also escaped: {@code password=\"…\"} in a JSON string); the quote is
   * returned through {@link #quoteOf}.
   */
  static int valueStart(Text text, int sign) {
    int i = sign + 1;
    if (text.at(sign) == ':') {
      while (i - sign <= MAX_SPACES && text.at(i) == ' ') {
        i++;
      }
    }
    int quote = i;
    while (quote - i < MAX_BACKSLASHES && text.at(quote) == '\\') {
      quote++;
    }
    return isQuote(text.at(quote)) ? quote + 1 : i;
  }

  /** The quote that opened a value starting at {@code start}, or -1 when it has none. */
  static int quoteOf(Text text, int start) {
    int before = text.at(start - 1);
    return isQuote(before) ? before : -1;
  }

  /**
   * The end of the value that starts at {@code start}, or -1: without quotes, the end of the run
   * of {@code alphabet}'s characters (and of characters beyond ASCII) without the full stops and
   * colons that end a sentence or a label ({@code _password: DEPRECATED: For …}); within
   * quotes, the closing quote, which must come before a space, a backslash or a line break and
   * within {@code maxLength}.
   */
  static int valueEnd(Text text, int start, int quote, boolean[] alphabet, int maxLength) {
    int limit = start + maxLength;
    int i = start;
    if (quote < 0) {
      while (i <= limit && (isIn(alphabet, text.at(i)) || text.at(i) >= 0x80)) {
        i++;
      }
      while (i > start && isClosingPunctuation(text.at(i - 1))) {
        i--;
      }
      return i > limit ? -1 : i;
    }
    while (i <= limit && text.at(i) > ' ' && text.at(i) < 0x7F && text.at(i) != quote
        && text.at(i) != '\\') {
      i++;
    }
    int closing = i;
    while (closing - i < MAX_BACKSLASHES && text.at(closing) == '\\') {
      closing++;
    }
    return i > limit || text.at(closing) != quote ? -1 : i;
  }

  /**
   * Whether the value from {@code start} to {@code end} is a password: not made of letters,
   * {@code _} and {@code .} only, perhaps with a {@code ?} or {@code !} after them (a word, an
   * identifier, a property path such as {@code settings.DB_PASSWORD} in code, a type such as
   * Kotlin's {@code String?}), not a call or an index ({@code getPassword()}, {@code
   * os.environ["PW"]}), a placeholder, reference, mask or URL, and after a colon ({@code
   * afterColon}) holding a letter.
   */
  static boolean isPassword(Text text, int start, int end, boolean afterColon) {
    boolean letter = false;
    boolean other = false;
    int last = text.at(end - 1) == '?' || text.at(end - 1) == '!' ? end - 1 : end; // String?
    for (int i = start; i < last; i++) {
      int c = text.at(i);
      boolean isLetter = Ascii.isLetter(c) || c >= 0x80;
      letter |= isLetter;
      other |= !isLetter && c != '_' && c != '.';
    }
    int after = text.at(end);
    return other && (letter || !afterColon) && after != '(' && after != '['
        && !isReference(text, start, end) && !UriPassword.isPlaceholder(text, start, end)
        && !contains(text, start, end, "://") && !isMasked(text, start, end);
  }

  /**
   * Whether the value refers to a password kept elsewhere: starts as {@link #REFERENCE_STARTS}
   * says, is a Windows variable or Python format field ({@link UriPassword#isReference}), a Maven
   * resource filter ({@code @db.password@}), a YAML tag ({@code !vault}, {@code !Ref}) or a
   * path ({@code PWD=/home/jane}, the shell's working directory).
   */
  private static boolean isReference(Text text, int start, int end) {
    int first = text.at(start);
    if (REFERENCE_STARTS.indexOf(first) >= 0 || text.matches(start, "#{")
        || isPath(text, start, end) || UriPassword.isReference(text, start, end)) {
      return true;
    }
    if (first == '@') {
      return text.at(end - 1) == '@';
    }
    if (first != '!') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!Ascii.isLetter(text.at(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value is a file path ({@code PWD=/home/jane}, {@code ./secrets/db}) or the name
   * of a secret kept in a secret manager ({@code projects/123/secrets/db/versions/1}).
   */
  private static boolean isPath(Text text, int start, int end) {
    int slashes = 0;
    for (int i = start; i < end; i++) {
      slashes += text.at(i) == '/' ? 1 : 0;
    }
    return text.at(start) == '/' || text.matches(start, "~/") || text.matches(start, "./")
        || slashes >= 2;
  }

  private static boolean isMasked(Text text, int start, int end) {
    for (String mask : MASKS) {
      if (contains(text, start, end, mask)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(Text text, int start, int end, String lowerCaseWord) {
    for (int i = start; i + lowerCaseWord.length() <= end; i++) {
      if (text.matchesIgnoreCase(i, lowerCaseWord)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClosingPunctuation(int c) {
    return c == '.' || c == ':';
  }

  private static boolean isQuote(int c) {
    return c == '"' || c == '\'';
  }

  private static boolean isIn(boolean[] alphabet, int c) {
    return c >= 0 && c < 128 && alphabet[c];
  }
}
