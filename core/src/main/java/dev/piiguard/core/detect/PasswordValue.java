package dev.piiguard.core.detect;

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
  /** The most spaces read on each side of an {@code =}. */
  private static final int MAX_SPACES = 8;

  private PasswordValue() {}

  /**
   * Whether the value from {@code start} to {@code end} is a password. It must hold a digit or a
   * sign other than those of words and identifiers ({@code _ . - /}), not counting signs at its
   * end (see {@link #TRAILING_SIGNS}); after a colon ({@code afterColon}) also an ASCII letter,
   * and not start as a date (so {@code Password changed: 2024-05-12T10:00Z} stays quiet); it must
   * not be a call or an index ({@code getPassword()}), shortened, a stand-in ({@link
   * StandInValues}) or a word of code ({@link CodeWords}); after {@code =} with spaces before it
   * ({@code spacedAssignment}, as code writes it) not a variable ending a statement.
   */
  static boolean isPassword(Text text, int start, int end, boolean afterColon,
      boolean spacedAssignment) {
    int core = end;
    while (core > start && isTrailingSign(text, core - 1)) {
      core--;
    }
    if (core == start || !hasDigitOrSign(text, start, core)
        || afterColon && (text.allMatch(start, end, c -> !Ascii.isLetter(c))
            || startsWithDate(text, start))) {
      return false;
    }
    int after = text.at(end);
    if (spacedAssignment && (after == ';' || after == ',' || after == ')')
        && CodeWords.isIdentifier(text, start, end)) {
      return false; // password = password2; in code
    }
    if (isAssignedToSubscript(text, start) && CodeWords.isIdentifier(text, start, end)) {
      return false; // params['password'] = password2, a variable: a literal would be quoted
    }
    return after != '(' && after != '[' && !text.startsEllipsis(end) // AgA3kq..., abc…
        && !StandInValues.isStandIn(text, start, core, end)
        && !CodeWords.isCodeWord(text, start, core, end);
  }

  /**
   * Whether the unquoted value at {@code start} is assigned to a subscript with a quoted key and
   * spaces around the {@code =}, as code writes it: {@code params['password'] = …}, {@code
   * $a[ "password"] = …}; not {@code [password] = …} as a dump lists a setting.
   */
  private static boolean isAssignedToSubscript(Text text, int start) {
    int i = start - 1;
    while (text.at(i) == ' ' && start - i <= MAX_SPACES) {
      i--;
    }
    if (i == start - 1 || text.at(i) != '=') {
      return false;
    }
    int sign = i--;
    while (text.at(i) == ' ' && sign - i <= MAX_SPACES) {
      i--;
    }
    if (i == sign - 1 || text.at(i) != ']') {
      return false;
    }
    int bracket = i--;
    while (text.at(i) == ' ' && bracket - i <= MAX_SPACES) {
      i--;
    }
    return text.at(i) == '\'' || text.at(i) == '"';
  }

  /**
   * Whether a digit or a sign is among the value's characters; a JSON escape counts as the
   * character it stands for ({@code Contrase\u00f1a} is a word, {@code \/} joins words).
   */
  private static boolean hasDigitOrSign(Text text, int start, int end) {
    int i = start;
    while (i < end) {
      int c = text.at(i);
      if (c == '\\' && isTrailingSign(text, i)) {
        i++; // Properties' \: and \!: the sign counts, not its backslash
        continue;
      }
      int escapeEnd = c == '\\' ? text.escapeEnd(i) : -1;
      if (escapeEnd > 0 && escapeEnd <= end) {
        int escaped = text.unicodeEscapeAt(i);
        if (escaped < 0) {
          escaped = text.at(escapeEnd - 1);
        }
        if (escaped < 0x80 && !Ascii.isLetter(escaped) && escaped != '/') {
          return true;
        }
        i = escapeEnd;
        continue;
      }
      if (c >= 0 && c < 0x80 && !Ascii.isLetter(c) && !isWordSign(text, i)) {
        return true;
      }
      i++;
    }
    return false;
  }

  /**
   * Whether the unit at {@code i} is one of {@link #TRAILING_SIGNS} or the backslash before one,
   * as {@code java.util.Properties} escapes it ({@code Passwort\\:}).
   */
  private static boolean isTrailingSign(Text text, int i) {
    int c = text.at(i);
    return c >= 0 && TRAILING_SIGNS.indexOf(c) >= 0
        || c == '\\' && text.at(i + 1) >= 0 && TRAILING_SIGNS.indexOf(text.at(i + 1)) >= 0;
  }

  /**
   * Whether the sign at {@code i} joins words or names: {@code _ . - /} ({@code WLAN-Passwort},
   * {@code E-Mail/Passwort}) and the {@code ?} of {@code user?.password}.
   */
  static boolean isWordSign(Text text, int i) {
    int c = text.at(i);
    return c == '_' || c == '.' || c == '-' || c == '/' || c == '?' && text.at(i + 1) == '.';
  }

  private static boolean startsWithDate(Text text, int start) {
    for (int i = 0; i < 4; i++) {
      if (!Ascii.isDigit(text.at(start + i))) {
        return false;
      }
    }
    return text.at(start + 4) == '-' && Ascii.isDigit(text.at(start + 5));
  }
}
