package dev.piiguard.core.detect;

import java.util.List;

/**
 * Whether the value after a password setting's name ({@link NamedPassword}) is a password, or
 * something else that stands there in code, configuration and documentation: a word, a type, an
 * identifier, a reference to where the password is kept, a placeholder, a mask, a path, a URL, a
 * list of rules, a date.
 */
final class PasswordValue {
  /**
   * Signs that may end a word or a label without making it a password: {@code Password:}, the
   * required mark of {@code Password*}, {@code Passwort!!}, Kotlin's {@code String?}, {@code
   * String=} before a default, {@code NSString*}.
   */
  private static final String TRAILING_SIGNS = ".:*?!=";
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
  /** Bit widths after a type's name: {@code float64}, {@code int32}, {@code Base64}. */
  private static final String[] BIT_WIDTHS = {"8", "16", "32", "64", "128"};
  /**
   * Names of hash algorithms and character encodings, which configuration puts after a password
   * setting's name ({@code password:argon2id}, {@code password_encoding: utf-16le}), also joined
   * by {@code -} ({@code pbkdf2-sha256}).
   */
  private static final List<String> ALGORITHMS = List.of("md5", "sha1", "sha224", "sha256",
      "sha384", "sha512", "sha3", "argon2", "argon2i", "argon2d", "argon2id", "pbkdf2", "utf8",
      "utf16", "utf16le", "utf16be", "utf32", "latin1", "iso88591", "ucs2");
  /** What may stand before a version: {@code v1.2}, npm's ranges {@code ^1.2}, {@code >=1.2}. */
  private static final String VERSION_MARKS = "v^~<>=";
  /** The fewest letters of a unit after a count: {@code 30days}, {@code 8-stellig}. */
  private static final int UNIT_LETTERS = 4;

  private PasswordValue() {}

  /**
   * Whether the value from {@code start} to {@code end} is a password. It must hold a digit or a
   * sign other than those of words and identifiers ({@code _ . - /}), not counting signs at its
   * end (see {@link #TRAILING_SIGNS}); after a colon ({@code afterColon}) also an ASCII letter,
   * and not start as a date (so {@code Password changed: 2024-05-12T10:00Z} stays quiet).
   */
  static boolean isPassword(Text text, int start, int end, boolean afterColon) {
    int core = end;
    while (core > start && TRAILING_SIGNS.indexOf(text.at(core - 1)) >= 0) {
      core--;
    }
    if (core == start || !hasDigitOrSign(text, start, core)
        || afterColon && (!hasAsciiLetter(text, start, end) || startsWithDate(text, start))) {
      return false;
    }
    int after = text.at(end);
    return after != '(' && after != '[' && !NamedPassword.isShortened(text, end)
        && !isReference(text, start, core) && !isTypeName(text, start, core)
        && !isAlgorithm(text, start, core)
        && !(text.at(end - 1) != '!' && isIdentifierPath(text, start, core))
        && !isConstantName(text, start, core) && !isSlug(text, start, core)
        && !isCount(text, start, core) && !isHexNumber(text, start, core)
        && !isVersionNumber(text, start, core)
        && !isKeyValueOrRules(text, start, end) && !isPath(text, start, end)
        && !isPlaceholder(text, start, end) && !contains(text, start, end, "://")
        && !hasFormatConversion(text, start, end) && !isMasked(text, start, end);
  }

  private static boolean hasDigitOrSign(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      int c = text.at(i);
      if (c >= 0 && c < 0x80 && !Ascii.isLetter(c) && !isWordSign(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sign at {@code i} joins words or names: {@code _ . - /} ({@code WLAN-Passwort},
   * {@code E-Mail/Passwort}) and the {@code ?} of {@code user?.password}.
   */
  private static boolean isWordSign(Text text, int i) {
    int c = text.at(i);
    return c == '_' || c == '.' || c == '-' || c == '/' || c == '?' && text.at(i + 1) == '.';
  }

  private static boolean hasAsciiLetter(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Ascii.isLetter(text.at(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithDate(Text text, int start) {
    for (int i = 0; i < 4; i++) {
      if (!Ascii.isDigit(text.at(start + i))) {
        return false;
      }
    }
    return text.at(start + 4) == '-' && Ascii.isDigit(text.at(start + 5));
  }

  /**
   * Whether the value refers to a password kept elsewhere: starts as {@link #REFERENCE_STARTS}
   * says or with {@code #{}, is a Windows variable or Python format field ({@link
   * UriPassword#isReference}), a Maven resource filter ({@code @db.password@}, {@code
   * #PASSWORD#}), a name after one of {@link #NAME_SIGNS}, has a scheme ({@code
   * env:DB_PASSWORD}, {@code file:secret.txt}, {@code arn:aws:…}; also a grep hit in {@code
   * /etc/passwd:bob:x:1000:…} or a line number, {@code password:7:import}) or is a format
   * specifier ({@code %016llx}).
   */
  private static boolean isReference(Text text, int start, int end) {
    int first = text.at(start);
    if (REFERENCE_STARTS.indexOf(first) >= 0 || text.matches(start, "#{")
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
    return i < end && isLetters(text, i, end);
  }

  /**
   * Whether a name or a path of names follows a sign; with digits only after a colon, as SQL
   * bind variables have them ({@code :password1}).
   */
  private static boolean isNameOrPath(Text text, int start, int end, boolean digits) {
    for (int i = start; i < end; i++) {
      int c = text.at(i);
      boolean nameChar = Ascii.isLetter(c) || digits && Ascii.isDigit(c) || c == ':';
      if (!nameChar && !isWordSign(text, i)) {
        return false;
      }
    }
    return start < end;
  }

  /** Whether the value is a type's name with a bit width: {@code float64}, {@code Base64}. */
  private static boolean isTypeName(Text text, int start, int end) {
    for (String width : BIT_WIDTHS) {
      int letters = end - width.length();
      if (letters > start && text.matches(letters, width) && isLetters(text, start, letters)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLetters(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ascii.isLetter(text.at(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value is a path of identifiers in code: names joined by dots, each starting with
   * a letter or {@code _} and without a digit before a letter, one of them a word of three letters
   * or more ({@code p1.value}, {@code aws_db_instance.db-1.password}); passwords such as {@code
   * Summer.2024}, {@code Pa55w.rd} and {@code M0ngo.Root} have a part that starts with a digit,
   * a digit written for a letter or no word (and an {@code !} at their end is no code either).
   */
  private static boolean isIdentifierPath(Text text, int start, int end) {
    boolean dot = false;
    boolean word = false;
    int partStart = start;
    for (int i = start; i <= end; i++) {
      int c = i < end ? text.at(i) : '.';
      if (c == '.' || c == '?' && text.at(i + 1) == '.') {
        if (i == partStart) {
          return false;
        }
        dot |= c == '.' && i < end;
        word |= i - partStart >= 3 && isLettersOrUnderscores(text, partStart, i);
        partStart = i + 1 + (c == '?' ? 1 : 0);
        i += c == '?' ? 1 : 0;
      } else if (i == partStart ? !Ascii.isLetter(c) && c != '_'
          : !Ascii.isWordChar(c) && c != '-' || Ascii.isLetter(c) && Ascii.isDigit(text.at(i - 1))) {
        return false;
      }
    }
    return dot && word;
  }

  private static boolean isLettersOrUnderscores(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ascii.isLetter(text.at(i)) && text.at(i) != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value names a hash algorithm or an encoding ({@link #ALGORITHMS}), or two of them
   * ({@code pbkdf2-sha256}), in any case and with {@code -} or {@code _} anywhere between.
   */
  private static boolean isAlgorithm(Text text, int start, int end) {
    for (String first : ALGORITHMS) {
      int next = afterName(text, start, end, first);
      if (next == end) {
        return true;
      }
      for (String second : next < 0 ? List.<String>of() : ALGORITHMS) {
        if (afterName(text, next, end, second) == end) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where {@code name} (lower case) ends when it stands at {@code start}, read ignoring case and
   * the {@code -} and {@code _} between its characters; -1 when it does not.
   */
  private static int afterName(Text text, int start, int end, String name) {
    int i = start;
    for (int k = 0; k < name.length(); k++) {
      while (k > 0 && i < end && (text.at(i) == '-' || text.at(i) == '_')) {
        i++;
      }
      if (i == end || Ascii.toLower(text.at(i)) != name.charAt(k)) {
        return -1;
      }
      i++;
    }
    while (i < end && (text.at(i) == '-' || text.at(i) == '_')) {
      i++;
    }
    return i;
  }


  /**
   * Whether the value is a constant's or variable's name in capitals with an underscore: {@code
   * DB_PASSWORD_2}, {@code __DB_PASSWORD_1__}.
   */
  private static boolean isConstantName(Text text, int start, int end) {
    boolean underscore = false;
    for (int i = start; i < end; i++) {
      int c = text.at(i);
      if (!Ascii.isUpper(c) && !Ascii.isDigit(c) && c != '_') {
        return false;
      }
      underscore |= c == '_';
    }
    return underscore;
  }

  /**
   * Whether the value is a name in lower case with {@code -} or {@code _} between its parts, the
   * parts words, numbers or versions ({@code redis-password-2}, {@code db-secret-v2}, {@code
   * kv-prod-01}, {@code col-md-6}), as Helm values and front-end code name keys and classes; one
   * part must be a word of three letters or more. A password such as {@code w7Gt-e2Rz} mixes
   * letters and digits in a part.
   */
  private static boolean isSlug(Text text, int start, int end) {
    boolean separator = false;
    boolean word = false;
    int partStart = start;
    for (int i = start; i <= end; i++) {
      int c = i < end ? text.at(i) : '-';
      if (c == '-' || c == '_') {
        separator |= i < end;
        word |= i - partStart >= 3 && isLowerLetters(text, partStart, i);
        boolean part = isLowerLetters(text, partStart, i) || isVersion(text, partStart, i);
        if (i > partStart && !part) {
          return false;
        }
        partStart = i + 1;
      }
    }
    return separator && word;
  }

  private static boolean isLowerLetters(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ascii.isLower(text.at(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code start} to {@code end} is a number or a version: {@code 2}, {@code v2}. */
  private static boolean isVersion(Text text, int start, int end) {
    int i = text.at(start) == 'v' ? start + 1 : start;
    if (i == end) {
      return false;
    }
    for (; i < end; i++) {
      if (!Ascii.isDigit(text.at(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value is a count and a unit: digits, perhaps {@code +} or {@code -}, and a word of
   * {@value #UNIT_LETTERS} letters or more ({@code 30days}, {@code 8-stellig}, {@code 8+Zeichen}).
   */
  private static boolean isCount(Text text, int start, int end) {
    int i = start;
    while (i < end && Ascii.isDigit(text.at(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    if (text.at(i) == '+' || text.at(i) == '-') {
      i++;
    }
    return end - i >= UNIT_LETTERS && isLetters(text, i, end);
  }

  /**
   * Whether the value is a version: {@code v1.2.3}, {@code 1.0.0-rc.1}, {@code 1.2.3-alpine}
   * (an image tag after a name that ends in {@code password}), a range of them ({@code ^1.2.3} in
   * a {@code package.json} after {@code "react-password":}).
   */
  private static boolean isVersionNumber(Text text, int start, int end) {
    int first = start;
    while (first < end && VERSION_MARKS.indexOf(text.at(first)) >= 0) {
      first++;
    }
    int i = first;
    int dots = 0;
    while (i < end && (Ascii.isDigit(text.at(i))
        || text.at(i) == '.' && Ascii.isDigit(text.at(i + 1)))) {
      dots += text.at(i) == '.' ? 1 : 0;
      i++;
    }
    return dots >= 1 && Ascii.isDigit(text.at(first)) && (i == end || text.at(i) == '-');
  }

  /** Whether the value is a hexadecimal number: {@code 0x7ffd5e3c}, an address in a dump. */
  private static boolean isHexNumber(Text text, int start, int end) {
    if (!text.matchesIgnoreCase(start, "0x") || end - start < 3) {
      return false;
    }
    for (int i = start + 2; i < end; i++) {
      if (!Ascii.isHexDigit(text.at(i))) {
        return false;
      }
    }
    return true;
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

  /**
   * Whether the value is a setting or a list of validation rules rather than a password: a name
   * and {@code =} ({@code minLength=8}, {@code user=bob,attempt=2}) or rules joined by {@code |}
   * ({@code required|min:8}).
   */
  private static boolean isKeyValueOrRules(Text text, int start, int end) {
    int i = start;
    while (i < end && (Ascii.isLetter(text.at(i)) || text.at(i) == '_' || text.at(i) == '-')) {
      i++;
    }
    return i > start && i + 1 < end && text.at(i) == '=' && text.at(i + 1) != '='
        || contains(text, start, end, "|");
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
}
