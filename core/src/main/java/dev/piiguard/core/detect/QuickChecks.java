package dev.piiguard.core.detect;

/**
 * The cheap checks the scan loop makes on a trigger character before it calls a detector, written
 * once per input representation so the loop reads the input directly (no {@link Text} dispatch).
 *
 * <p>Digits are common in ordinary text, so digits that cannot start anything are skipped here: a
 * short run, or two short groups ({@code 12.5}, {@code 10-12}) with fewer than seven digits in
 * all, that no third group follows and no IBAN country code precedes.
 */
final class QuickChecks {
  /** Bare digit runs at least this long go to the detectors (a phone without separators). */
  private static final int LONG_RUN = 7;
  private static final int MAX_SEPARATOR = 3;

  private QuickChecks() {}

  /** Whether {@code c} may sit between two digit groups (mirrors {@link DigitChain}). */
  private static boolean isSeparator(int c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
  }

  /** Whether the two letters before a digit run at {@code i} may be an IBAN country code. */
  private static boolean countryCodeShape(int secondLetter, int beforeLetters, int runLength) {
    return runLength >= 2 && Ascii.isLetter(secondLetter) && !Ascii.isWordChar(beforeLetters);
  }

  /**
   * For the digit at {@code i}: the index after its run (or its two short groups) when nothing
   * can start there, else -1 (call the number detector).
   */
  static int ordinaryNumberEnd(String text, int i, int start, int end) {
    int j = i + 1;
    while (j < end && Ascii.isDigit(text.charAt(j))) {
      j++;
    }
    int previous = i > start ? text.charAt(i - 1) : ' ';
    if (Ascii.isLetter(previous)) {
      return countryCodeShape(i - 2 >= start ? text.charAt(i - 2) : -1,
          i - 3 >= start ? text.charAt(i - 3) : -1, j - i) ? -1 : j;
    }
    if (j - i >= LONG_RUN || previous == '_') {
      return previous == '_' ? j : -1;
    }
    int k = j;
    while (k < end && k < j + MAX_SEPARATOR && isSeparator(text.charAt(k))) {
      k++;
    }
    if (k == j || k == end || !Ascii.isDigit(text.charAt(k))) {
      return j;
    }
    int m = k + 1;
    while (m < end && Ascii.isDigit(text.charAt(m))) {
      m++;
    }
    if (j - i + m - k >= LONG_RUN) {
      return -1;
    }
    int q = m;
    while (q < end && q < m + MAX_SEPARATOR && isSeparator(text.charAt(q))) {
      q++;
    }
    return q > m && q < end && Ascii.isDigit(text.charAt(q)) ? -1 : m;
  }

  /** {@link #ordinaryNumberEnd(String, int, int, int)} for any CharSequence. */
  static int ordinaryNumberEnd(CharSequence text, int i, int start, int end) {
    int j = i + 1;
    while (j < end && Ascii.isDigit(text.charAt(j))) {
      j++;
    }
    int previous = i > start ? text.charAt(i - 1) : ' ';
    if (Ascii.isLetter(previous)) {
      return countryCodeShape(i - 2 >= start ? text.charAt(i - 2) : -1,
          i - 3 >= start ? text.charAt(i - 3) : -1, j - i) ? -1 : j;
    }
    if (j - i >= LONG_RUN || previous == '_') {
      return previous == '_' ? j : -1;
    }
    int k = j;
    while (k < end && k < j + MAX_SEPARATOR && isSeparator(text.charAt(k))) {
      k++;
    }
    if (k == j || k == end || !Ascii.isDigit(text.charAt(k))) {
      return j;
    }
    int m = k + 1;
    while (m < end && Ascii.isDigit(text.charAt(m))) {
      m++;
    }
    if (j - i + m - k >= LONG_RUN) {
      return -1;
    }
    int q = m;
    while (q < end && q < m + MAX_SEPARATOR && isSeparator(text.charAt(q))) {
      q++;
    }
    return q > m && q < end && Ascii.isDigit(text.charAt(q)) ? -1 : m;
  }

  /** {@link #ordinaryNumberEnd(String, int, int, int)} for UTF-8 bytes. */
  static int ordinaryNumberEnd(byte[] text, int i, int start, int end) {
    int j = i + 1;
    while (j < end && Ascii.isDigit(text[j])) {
      j++;
    }
    int previous = i > start ? text[i - 1] & 0xFF : ' ';
    if (Ascii.isLetter(previous)) {
      return countryCodeShape(i - 2 >= start ? text[i - 2] & 0xFF : -1,
          i - 3 >= start ? text[i - 3] & 0xFF : -1, j - i) ? -1 : j;
    }
    if (j - i >= LONG_RUN || previous == '_') {
      return previous == '_' ? j : -1;
    }
    int k = j;
    while (k < end && k < j + MAX_SEPARATOR && isSeparator(text[k])) {
      k++;
    }
    if (k == j || k == end || !Ascii.isDigit(text[k])) {
      return j;
    }
    int m = k + 1;
    while (m < end && Ascii.isDigit(text[m])) {
      m++;
    }
    if (j - i + m - k >= LONG_RUN) {
      return -1;
    }
    int q = m;
    while (q < end && q < m + MAX_SEPARATOR && isSeparator(text[q])) {
      q++;
    }
    return q > m && q < end && Ascii.isDigit(text[q]) ? -1 : m;
  }

  /** Whether a colon between {@code before} and {@code after} may be inside an IPv6 address. */
  static boolean maybeIpv6(int before, int after) {
    return (Ascii.isHexDigit(before) || before == ':') && (Ascii.isHexDigit(after) || after == ':');
  }

  /** Whether {@code previous} may precede the secret anchor {@code anchor} (see SecretDetector). */
  static boolean maybeSecret(long[] previousMasks, int anchor, int previous) {
    return previous >= 0 && previous < 128
        && ((previousMasks[anchor * 2 + (previous >>> 6)] >>> (previous & 63)) & 1) != 0;
  }
}
