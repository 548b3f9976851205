package dev.piiguard.core.token;

import dev.piiguard.core.internal.splice.Units;

/**
 * Finds issued tokens in text, and the start of a text's tail that could still become one. Tokens
 * are ASCII, so the same code serves chars and UTF-8 bytes.
 */
final class TokenMatcher {

  /** Where the last {@link #find} matched and what the token stands for. */
  static final class Match {
    int start;
    int end;
    TokenVault.Entry entry;
  }

  private final TokenVault vault;

  TokenMatcher(TokenVault vault) {
    this.vault = vault;
  }

  /**
   * Finds the first restorable token that starts at or after {@code from} and ends by {@code
   * limit}.
   */
  boolean find(Units units, int from, int limit, Match match) {
    int lastSeparator = limit - TokenFormat.SUFFIX_LENGTH - 1;
    for (int separator = from + 1; separator <= lastSeparator; separator++) {
      if (units.at(separator) != TokenFormat.SEPARATOR
          || !isSuffix(units, separator + 1, separator + 1 + TokenFormat.SUFFIX_LENGTH)) {
        continue;
      }
      int end = separator + 1 + TokenFormat.SUFFIX_LENGTH;
      TokenVault.Entry entry = vault.lookup(units.text(separator + 1, end));
      if (entry == null) {
        continue;
      }
      int start = separator - entry.type().length();
      if (start >= from && regionMatches(units, start, entry.type(), entry.type().length())) {
        match.start = start;
        match.end = end;
        match.entry = entry;
        return true;
      }
    }
    return false;
  }

  /**
   * The earliest index from which the rest of {@code units} is a proper prefix of a token of an
   * issued type, or the length when no tail could still become a token.
   */
  int holdFrom(Units units) {
    int length = units.length();
    int longestToken = vault.longestType() + 1 + TokenFormat.SUFFIX_LENGTH;
    for (int start = Math.max(0, length - longestToken + 1); start < length; start++) {
      if (isTokenPrefix(units, start, length)) {
        return start;
      }
    }
    return length;
  }

  private boolean isTokenPrefix(Units units, int start, int end) {
    int first = units.at(start);
    if (first < 'A' || first > 'Z') {
      return false;
    }
    int length = end - start;
    for (String type : vault.types()) {
      int typeLength = type.length();
      if (length <= typeLength) {
        if (regionMatches(units, start, type, length)) {
          return true;
        }
      } else if (length - typeLength - 1 < TokenFormat.SUFFIX_LENGTH
          && regionMatches(units, start, type, typeLength)
          && units.at(start + typeLength) == TokenFormat.SEPARATOR
          && isSuffix(units, start + typeLength + 1, end)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSuffix(Units units, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!TokenFormat.isSuffixLetter(units.at(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean regionMatches(Units units, int start, String type, int length) {
    for (int i = 0; i < length; i++) {
      if (units.at(start + i) != type.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
