package dev.piiguard.core.detect;

/**
 * Values after a password setting's name that stand in for a password without being one:
 * references to where it is kept, placeholders, masks, paths and message formats
 * ({@link PasswordValue}).
 */
final class StandInValues {
  /**
   * How a value starts when it refers to a password kept elsewhere: a shell or Spring property
   * ({@code $PGPASS}, {@code ${DB_PASSWORD}}), a template ({@code {{ db_password }}}, {@code
   * <your-password>}, {@code [REDACTED]}, {@code (required)}).
   */
  private static final String REFERENCE_STARTS = "${<[(";
  /**
   * Signs that, before a name without digits, make it a reference: SQL bind variables ({@code
   * :password}, {@code @Password}), YAML aliases and tags ({@code *db_password}, {@code !vault},
   * {@code !!binary}), Razor and Ruby ({@code @Model.Password}), CSS selectors ({@code
   * #password-field}), Markdown ({@code **required**}). {@code !QAZ2wsx} is a password.
   */
  private static final String NAME_SIGNS = ":@*!#";
  /** Masks in a value: what remains of a password is not one. */
  private static final String[] MASKS = {"***", "...", "redacted", "filtered", "protected",
    "hidden", "masked"};

  private StandInValues() {}

  /**
   * Whether the value from {@code start} to {@code end} ({@code core}: without the signs that may
   * end a word) stands in for a password: a reference, a path, a placeholder, a mask, a message
   * format or a URL.
   */
  static boolean isStandIn(Text text, int start, int core, int end) {
    return isReference(text, start, core) || isPath(text, start, end)
        || isPlaceholder(text, start, end) || isMasked(text, start, end)
        || hasFormatConversion(text, start, end) || text.containsIgnoreCase(start, end, "://");
  }

  /**
   * Whether the value refers to a password kept elsewhere: starts as {@link #REFERENCE_STARTS}
   * says, also escaped (Gson writes {@code <your-password>} as {@code \\u003cyour-password…}),
   * or with {@code #{}, is a Windows variable or Python format field ({@link
   * UriPassword#isReference}), a Maven resource filter ({@code @db.password@}, {@code
   * #PASSWORD#}), a name after one of {@link #NAME_SIGNS}, has a scheme ({@code
   * env:DB_PASSWORD}, {@code file:secret.txt}, {@code arn:aws:…}; also a grep hit in {@code
   * /etc/passwd:bob:x:1000:…} or a line number, {@code password:7:import}) or is a format
   * specifier ({@code %016llx}).
   */
  private static boolean isReference(Text text, int start, int end) {
    int first = text.at(start);
    int escaped = first == '\\' ? text.unicodeEscapeAt(start) : -1;
    if (REFERENCE_STARTS.indexOf(first) >= 0
        || escaped >= 0 && REFERENCE_STARTS.indexOf(escaped) >= 0 || text.matches(start, "#{")
        || UriPassword.isReference(text, start, end)
        || (first == '@' || first == '#') && text.at(end - 1) == first) {
      return true;
    }
    int i = start;
    while (i < end && NAME_SIGNS.indexOf(text.at(i)) >= 0) {
      i++;
    }
    if (i > start) {
      return isNameOrPath(text, i, end, first == ':');
    }
    int scheme = schemeEnd(text, start, end);
    return scheme > start && scheme < end && text.at(scheme) == ':'
        || first == '%' && isFormatSpecifier(text, start, end);
  }

  /**
   * The end of a scheme or label at {@code start}: a letter, then letters, digits, {@code _} and
   * {@code -} ({@code env}, {@code sha1}, {@code v1}, {@code webkit-autofill}); or digits only
   * (a line number); {@code start} when there is none.
   */
  private static int schemeEnd(Text text, int start, int end) {
    int i = start;
    if (Ascii.isDigit(text.at(i))) {
      while (i < end && Ascii.isDigit(text.at(i))) {
        i++;
      }
      return i;
    }
    if (!Ascii.isLetter(text.at(i))) {
      return start;
    }
    while (i < end && (Ascii.isWordChar(text.at(i)) || text.at(i) == '-')) {
      i++;
    }
    return i;
  }

  /** Whether the value is a {@code printf} format specifier: {@code %016llx}, {@code %s}. */
  private static boolean isFormatSpecifier(Text text, int start, int end) {
    int i = start + 1;
    while (i < end && (Ascii.isDigit(text.at(i)) || text.at(i) == '-' || text.at(i) == '.')) {
      i++;
    }
    return i < end && text.allMatch(i, end, Ascii::isLetter);
  }

  /**
   * Whether a name or a path of names follows a sign; with digits only after a colon, as SQL
   * bind variables have them ({@code :password1}).
   */
  private static boolean isNameOrPath(Text text, int start, int end, boolean digits) {
    for (int i = start; i < end; i++) {
      int c = text.at(i);
      boolean nameChar = Ascii.isLetter(c) || digits && Ascii.isDigit(c) || c == ':';
      if (!nameChar && !PasswordValue.isWordSign(text, i)) {
        return false;
      }
    }
    return start < end;
  }

  /**
   * Whether the value is a file path ({@code PWD=/home/jane}, {@code ./secrets/db}) or the name
   * of a secret in a secret manager ({@code projects/123/secrets/db/versions/1}: two slashes or
   * more and no capital, {@code +} or {@code =}, which base64 passwords would hold).
   */
  private static boolean isPath(Text text, int start, int end) {
    if (text.at(start) == '/' || text.matches(start, "~/") || text.matches(start, "./")) {
      return true;
    }
    int slashes = 0;
    for (int i = start; i < end; i++) {
      int c = text.at(i);
      if (Ascii.isUpper(c) || c == '+' || c == '=') {
        return false;
      }
      slashes += c == '/' ? 1 : 0;
    }
    return slashes >= 2;
  }

  /**
   * Whether the value is a placeholder: a word of {@link UriPassword#isPlaceholder}, one
   * character again, or one letter again between signs ({@code xxxxx-xxxxx}, {@code XXXX-XXXX}).
   */
  private static boolean isPlaceholder(Text text, int start, int end) {
    if (UriPassword.isPlaceholder(text, start, end)) {
      return true;
    }
    int letter = -1;
    for (int i = start; i < end; i++) {
      int c = Ascii.toLower(text.at(i));
      if (Ascii.isLetterOrDigit(c)) {
        if (letter >= 0 && c != letter) {
          return false;
        }
        letter = c;
      }
    }
    return letter >= 0 && Ascii.isLetter(letter);
  }

  private static boolean isMasked(Text text, int start, int end) {
    for (String mask : MASKS) {
      if (text.containsIgnoreCase(start, end, mask)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value holds a {@code printf} conversion, as message bundles do ({@code
   * Passwort%s}, {@code %1$s-Passwort}, systemd's {@code %d/db-password}).
   */
  private static boolean hasFormatConversion(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.at(i) != '%') {
        continue;
      }
      int k = i + 1;
      while (k < end && (Ascii.isDigit(text.at(k)) || text.at(k) == '$')) {
        k++;
      }
      int conversion = text.at(k);
      if ((conversion == 's' || conversion == 'd') && !Ascii.isLetterOrDigit(text.at(k + 1))) {
        return true;
      }
    }
    return false;
  }
}
