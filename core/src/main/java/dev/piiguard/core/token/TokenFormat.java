package dev.piiguard.core.token;

/** The shape of a token: {@code TYPE_} and twelve lower-case letters {@code a-z}. */
final class TokenFormat {

  static final char SEPARATOR = '_';
  static final int SUFFIX_LENGTH = 12;

  private TokenFormat() {}

  static boolean isSuffixLetter(int c) {
    return c >= 'a' && c <= 'z';
  }

  /** Twelve letters from the first eight bytes of {@code hash}, as a base-26 number. */
  static String suffix(byte[] hash) {
    long number = 0;
    for (int i = 0; i < 8; i++) {
      number = number << 8 | (hash[i] & 0xFF);
    }
    char[] letters = new char[SUFFIX_LENGTH];
    for (int i = SUFFIX_LENGTH - 1; i >= 0; i--) {
      letters[i] = (char) ('a' + Long.remainderUnsigned(number, 26));
      number = Long.divideUnsigned(number, 26);
    }
    return new String(letters);
  }
}
