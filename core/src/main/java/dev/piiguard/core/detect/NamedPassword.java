package dev.piiguard.core.detect;

/**
 * Where the value after the name of a password setting is ({@link SecretFormat.Kind#PASSWORD}):
 * after the sign, the blanks a colon may have, an operator's second sign and an opening quote, up
 * to the closing quote or the end of the unquoted run. {@link PasswordValue} decides whether it
 * is a password.
 */
final class NamedPassword {
  /** Blanks after a colon, in characters: YAML, log lines and tools' columns align with them. */
  private static final int MAX_BLANKS = 24;
  /** Escaping backslashes before a quote: JSON in a JSON string doubles them. */
  private static final int MAX_BACKSLASHES = 3;
  /** How far before a password's name {@link #closesLabel} looks for the word's start. */
  private static final int MAX_LABEL_PREFIX = 32;
  /** The second sign of {@code :=} and of a shell default ({@code :-}, {@code :?}, {@code :+}). */
  private static final String SHELL_DEFAULT_SIGNS = "=-?+";
  /**
   * The signs {@code java.util.Properties.store()} escapes with a backslash in a value, which the
   * value goes on after ({@code password=Sup3r\\=S3cret\\!24}).
   */
  private static final String PROPERTIES_ESCAPED = "=:#!";
  /**
   * Closing brackets that an unquoted value goes on over when a letter or digit follows and what
   * comes before would be a password on its own ({@code Sup3rS3cret)24}, not {@code
   * f(password=pw1)and}): code and prose have a sign or a space after them.
   */
  private static final String INNER_CLOSING_BRACKETS = ")]}";
  /** Typographic opening quotes: “…”, „…“, ‘…’, «…». */
  private static final String OPENING_MARKS = "\u201c\u201e\u2018\u00ab";

  private NamedPassword() {}

  /**
   * Where the value after the sign at {@code sign} starts, or -1 when the sign is a comparison
   * ({@code password==confirm}) or a scope ({@code password::}), or a JSON key's closing quote
   * without a colon (or Ruby's {@code =>}) after it, or a comma without a quoted default after it
   * in a call whose first argument is the name ({@code os.getenv("DB_PASSWORD", "…")}, {@code
   * env('DB_PASSWORD', '…')}). After an {@code =} may come the {@code >} of a fat arrow ({@code
   * 'password' => …}) and blanks; after a colon come blanks, the {@code =} of {@code :=} or the
   * sign of a shell default ({@code ${DB_PASSWORD:-…}}, {@code :?}, {@code :+}); then an opening
   * quote, also escaped ({@code password=\"…\"} in a JSON string), whose quote {@link #quoteOf}
   * returns, or a typographic one, after which the value is read as if unquoted. After an XML
   * attribute's closing quote comes a {@code value} attribute ({@code <add key="DbPassword"
   * value="…"/>}).
   */
  static int valueStart(Text text, int sign) {
    if (text.at(sign) == '"') { // "password": "…", Ruby's "password"=>"…"
      int operator = skipBlanks(text, sign + 1);
      if (text.matches(operator, "=>")) {
        return afterOpening(text, skipBlanks(text, operator + 2));
      }
      if (text.at(operator) == ',') { // getenv("DB_PASSWORD", "…")
        return quotedDefault(text, sign, operator);
      }
      if (text.matches(operator, "value=")) { // <property name="password" value="…"/>
        int value = afterOpening(text, operator + "value=".length());
        return quoteOf(text, value) == '"' ? value : -1;
      }
      return text.at(operator) == ':' ? valueStart(text, operator) : -1;
    }
    if (text.at(sign) == ',') { // env('DB_PASSWORD', '…')
      return quotedDefault(text, sign - 1, sign);
    }
    int i = sign + 1;
    boolean colon = text.at(sign) == ':';
    if (text.at(i) == ':' || !colon && text.at(i) == '=') {
      return -1;
    }
    if (colon && SHELL_DEFAULT_SIGNS.indexOf(text.at(i)) >= 0) {
      i++;
    } else if (!colon && text.at(i) == '>') { // 'password' => … in PHP, Perl and Ruby
      i = skipBlanks(text, i + 1);
      if (text.at(i) == '!') {
        return -1; // password => !password1: a JavaScript arrow function
      }
    } else if (colon || text.at(sign - 1) == ' ' || text.at(sign - 1) == '\''
        || text.at(sign - 1) == '"' || text.at(sign - 1) == ']') { // password: …, password = …
      i = skipBlanks(text, i);
    }
    return afterOpening(text, i);
  }

  /**
   * Where the default after the comma at {@code comma} starts, in the same quotes as the name
   * before it or the other ones, when that name, whose closing quote is at {@code closingQuote},
   * is a call's first argument; else -1.
   */
  private static int quotedDefault(Text text, int closingQuote, int comma) {
    if (!isFirstArgument(text, closingQuote)) {
      return -1;
    }
    int value = afterOpening(text, skipBlanks(text, comma + 1));
    int quote = quoteOf(text, value);
    return quote == '"' || quote == '\'' ? value : -1;
  }

  /**
   * Whether the quoted name whose closing quote is at {@code closingQuote} is a call's first
   * argument: its opening quote, the same as the closing one, comes right after the parenthesis,
   * blanks aside.
   */
  private static boolean isFirstArgument(Text text, int closingQuote) {
    int i = closingQuote - 1;
    while (i >= 0 && (Ascii.isWordChar(text.at(i)) || text.at(i) == '.' || text.at(i) == '-')) {
      i--;
    }
    if (text.at(i) != text.at(closingQuote)) {
      return false;
    }
    i--;
    while (text.at(i) == ' ') {
      i--;
    }
    return text.at(i) == '(';
  }

  /**
   * Where a value starts that may open at {@code i} with a quote, also escaped, or a typographic
   * quote.
   */
  private static int afterOpening(Text text, int i) {
    if (OPENING_MARKS.indexOf(text.codePointAt(i)) >= 0) {
      return i + text.unitsOf(text.codePointAt(i)); // “…”: the closing mark ends the run
    }
    int quote = i + text.backslashesFrom(i, MAX_BACKSLASHES);
    return isQuote(text.at(quote)) ? quote + 1 : i;
  }

  /**
   * Whether the quote that opens the value at {@code valueStart} closes a string that holds the
   * name, whose suffix starts at {@code nameStart}, and the colon right after it at {@code sign}:
   * the same quote, escaped alike, comes right before the word of the name ({@code
   * {label:"Password:",hint:"…"}}, {@code 'Login-Passwort: '}); not a quoted key ({@code
   * 'password': '…'}), nor a string that holds the name and an escaped quoted value ({@code
   * "msg":"password: \"…\""}).
   */
  static boolean closesLabel(Text text, int nameStart, int sign, int valueStart) {
    int quote = quoteOf(text, valueStart);
    if (quote < 0 || text.at(sign) != ':' || !Ascii.isLetter(text.at(sign - 1))) {
      return false;
    }
    int i = nameStart - 1;
    while (nameStart - i <= MAX_LABEL_PREFIX
        && (Ascii.isWordChar(text.at(i)) || text.at(i) == '-' || text.at(i) == '.')) {
      i--;
    }
    return text.at(i) == quote && QuotedPasswordValue.backslashesBefore(text, i)
        == QuotedPasswordValue.backslashesBefore(text, valueStart - 1);
  }

  /** The quote that opened a value starting at {@code start}, or -1 when it has none. */
  static int quoteOf(Text text, int start) {
    int before = text.at(start - 1);
    return isQuote(before) ? before : -1;
  }

  /**
   * The end of the value that starts at {@code start}, or -1 when it is longer than {@code
   * maxLength} characters (code points, so chars and UTF-8 agree): without quotes, the end of the run
   * of {@code alphabet}'s characters and of letters and digits beyond ASCII (not of other spaces,
   * quotes or punctuation: {@code hunter22 next} with a no-break space, {@code “…”}), without
   * the full stops and colons that end a sentence or a label ({@code _password: DEPRECATED: For
   * …}), over a closing bracket inside it once {@code minLength} characters are read ({@link
   * #INNER_CLOSING_BRACKETS}); within quotes, the closing quote, with escapes read inside ({@link
   * QuotedPasswordValue}).
   */
  static int valueEnd(Text text, int start, int quote, boolean[] alphabet, int minLength,
      int maxLength) {
    if (quote >= 0) {
      return QuotedPasswordValue.end(text, start, quote, maxLength);
    }
    int i = start;
    int characters = 0;
    while (characters <= maxLength) {
      int length = valueCharLength(text, i, alphabet);
      if (length == 0 && characters >= minLength
          && INNER_CLOSING_BRACKETS.indexOf(text.at(i)) >= 0
          && Ascii.isLetterOrDigit(text.at(i + 1))) {
        length = 1; // Sup3r)S3cret: a closing bracket inside the value, not after it
      }
      if (length == 0) {
        break;
      }
      i += length;
      characters++;
    }
    while (i > start && isClosingPunctuation(text.at(i - 1)) && text.at(i - 2) != '\\') {
      i--;
    }
    return characters > maxLength ? -1 : i;
  }

  /**
   * The units of an unquoted value's character at {@code i}, or 0 when none is there: one of the
   * alphabet, a sign escaped as {@code java.util.Properties} writes it ({@code \\!}), or beyond
   * ASCII a letter, a digit or a symbol ({@code é€ü123}), also a byte that
   * is not valid UTF-8, which a decoder turns into the symbol U+FFFD (a Latin-1 {@code é} in a
   * body sent as UTF-8), so the bytes and the decoded text give the same value.
   */
  private static int valueCharLength(Text text, int i, boolean[] alphabet) {
    int unit = text.at(i);
    if (unit == '\\' && text.at(i + 1) >= 0 && PROPERTIES_ESCAPED.indexOf(text.at(i + 1)) >= 0) {
      return 2; // Properties.store() writes = : # ! of a value as \= \: \# \!
    }
    int escaped = unit == '\\' ? text.unicodeEscapeAt(i) : -1;
    if (isValueCodePoint(escaped) && !Text.writtenWithoutSpaces(escaped)) {
      return text.escapeEnd(i) - i; // Gr\u00fc\u00dfe2024: Python's json.dumps writes ü and ß so
    }
    if (unit >= 0 && unit < 0x80) {
      return alphabet[unit] ? 1 : 0;
    }
    return unit < 0 ? 0 : nonAsciiLength(text, i); // outside the input
  }

  /**
   * The units of a value's character beyond ASCII at {@code i}, or 0 when it is no part of a
   * value: a letter, a digit or a symbol, or a malformed unit.
   */
  static int nonAsciiLength(Text text, int i) {
    if (text.malformedAt(i)) {
      return 1; // bytes that are not valid UTF-8 (cut short, overlong, an encoded surrogate): a
      // decoder gives U+FFFD there; a lone surrogate char
    }
    int codePoint = text.codePointAt(i);
    return isValueCodePoint(codePoint) ? text.unitsOf(codePoint) : 0;
  }

  /** Whether {@code codePoint}, beyond ASCII, is a letter, a digit or a symbol. */
  private static boolean isValueCodePoint(int codePoint) {
    if (codePoint < 0x80) {
      return false;
    }
    int type = Character.getType(codePoint);
    return Character.isLetterOrDigit(codePoint) || type == Character.CURRENCY_SYMBOL
        || type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL;
  }

  /** Where up to {@link #MAX_BLANKS} blank characters from {@code from} end. */
  private static int skipBlanks(Text text, int from) {
    int i = from;
    for (int blanks = 0; blanks < MAX_BLANKS && isBlank(text.codePointAt(i)); blanks++) {
      i += text.unitsOf(text.codePointAt(i));
    }
    return i;
  }

  /**
   * A space or tab, also a no-break or ideographic space, between a colon and its value; not a
   * line or paragraph separator, after which the next line starts.
   */
  private static boolean isBlank(int codePoint) {
    return codePoint == '\t'
        || codePoint > 0 && Character.getType(codePoint) == Character.SPACE_SEPARATOR;
  }

  private static boolean isClosingPunctuation(int c) {
    return c == '.' || c == ':';
  }

  /** A quote around a value: also the backticks of Markdown in chats ({@code `Hunter22!`}). */
  private static boolean isQuote(int c) {
    return c == '"' || c == '\'' || c == '`';
  }
}
