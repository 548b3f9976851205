package dev.piiguard.core.detect;

import java.util.List;

/**
 * Values after a password setting's name that are words of code and configuration rather than a
 * password: types, algorithm and encoding names, identifiers, slugs, versions, counts, numbers
 * and settings ({@link PasswordValue}).
 */
final class CodeWords {
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

  private CodeWords() {}

  /**
   * Whether the value from {@code start} to {@code end} ({@code core}: without the signs that may
   * end a word) is a word of code or configuration; a value that ends in {@code !} is no
   * identifier path.
   */
  static boolean isCodeWord(Text text, int start, int core, int end) {
    return isTypeName(text, start, core) || isAlgorithm(text, start, core)
        || text.at(end - 1) != '!' && isIdentifierPath(text, start, core)
        || isConstantName(text, start, core) || isSlug(text, start, core)
        || isCount(text, start, core) || isHexNumber(text, start, core)
        || isVersionNumber(text, start, core) || isKeyValueOrRules(text, start, end);
  }

  /** Whether the value is an identifier: a letter or {@code _}, then letters, digits, {@code _}. */
  static boolean isIdentifier(Text text, int start, int end) {
    return (Ascii.isLetter(text.at(start)) || text.at(start) == '_')
        && text.allMatch(start, end, Ascii::isWordChar);
  }

  /** Whether the value is a type's name with a bit width: {@code float64}, {@code Base64}. */
  private static boolean isTypeName(Text text, int start, int end) {
    for (String width : BIT_WIDTHS) {
      int letters = end - width.length();
      if (letters > start && text.matches(letters, width)
          && text.allMatch(start, letters, Ascii::isLetter)) {
        return true;
      }
    }
    return false;
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
        word |= i - partStart >= 3
            && text.allMatch(partStart, i, unit -> Ascii.isLetter(unit) || unit == '_');
        partStart = i + 1 + (c == '?' ? 1 : 0);
        i += c == '?' ? 1 : 0;
      } else if (!isIdentifierUnit(text, i, i == partStart)) {
        return false;
      }
    }
    return dot && word;
  }

  /**
   * Whether the unit at {@code i} may stand in an identifier there: a letter or {@code _} first,
   * then also digits and {@code -}, but no letter right after a digit ({@code M0ngo}).
   */
  private static boolean isIdentifierUnit(Text text, int i, boolean first) {
    int c = text.at(i);
    if (first) {
      return Ascii.isLetter(c) || c == '_';
    }
    boolean letterAfterDigit = Ascii.isLetter(c) && Ascii.isDigit(text.at(i - 1));
    return (Ascii.isWordChar(c) || c == '-') && !letterAfterDigit;
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
        word |= i - partStart >= 3 && text.allMatch(partStart, i, Ascii::isLower);
        boolean part = text.allMatch(partStart, i, Ascii::isLower) || isVersion(text, partStart, i);
        if (i > partStart && !part) {
          return false;
        }
        partStart = i + 1;
      }
    }
    return separator && word;
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
    return end - i >= UNIT_LETTERS && text.allMatch(i, end, Ascii::isLetter);
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
        || text.containsIgnoreCase(start, end, "|");
  }
}
