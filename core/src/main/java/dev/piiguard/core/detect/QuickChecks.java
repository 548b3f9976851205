package dev.piiguard.core.detect;

/**
 * The cheap checks the scan loop makes on a trigger character before it calls a detector. The
 * check on every digit is written once for chars and once for bytes, so the loop reads the input
 * directly (no {@link Text} dispatch); the rarer colon check reads through {@link Text}.
 *
 * <p>Digits are common in ordinary text, so digits that cannot start anything are skipped here: up
 * to three short groups ({@code 12}, {@code 12.5}, {@code 2.4.1}) with fewer than seven digits in
 * all (the fewest a phone number has; an IPv4 address has four groups) and no IBAN country code
 * before them.
 */
final class QuickChecks {
  /** Bare digit runs at least this long go to the detectors (a phone without separators). */
  private static final int LONG_RUN = 7;
  private static final int MAX_SEPARATOR = 3;
  private static final int IPV6_FEWEST_COLONS = 6;
  private static final int IPV6_LONGEST_GROUP = 4;

  private QuickChecks() {}

  /**
   * The separators ' ', '(', ')', '-', '.', '/' and the '+' that stands for a space in a form
   * body, as bits of their codes (all below 64).
   */
  private static final long SEPARATORS =
      1L << ' ' | 1L << '(' | 1L << ')' | 1L << '-' | 1L << '.' | 1L << '/' | 1L << '+';

  /**
   * Whether {@code c} may sit between two digit groups (mirrors {@link DigitChain}). With
   * branches: in {@link #ordinaryNumberEnd}'s loops {@link #isSeparatorBranchFree} ran at 0.92×
   * on the {@code String} path in paired A/B.
   */
  private static boolean isSeparator(int c) {
    return c >= 0 && c < 64 && ((SEPARATORS >>> c) & 1) != 0;
  }

  /** {@link #isSeparator} without a branch: no misprediction on what follows a number. */
  private static boolean isSeparatorBranchFree(int c) {
    return (c >>> 6) == 0 & ((SEPARATORS >>> c) & 1) != 0;
  }

  /**
   * Whether a unit may start a typographic separator (see {@link
   * DigitChain#typographicSeparator}): a char from U+00A0 on, a byte that is not ASCII
   * (negative), the backslash of a JSON escape ({@code \\u00a0}) or the ampersand of an HTML
   * character reference ({@code &nbsp;}).
   */
  private static boolean mayBeTypographic(int unit) {
    return unit >= 0xA0 | unit < 0 | unit == '\\' | unit == '&'; // one branch
  }

  /**
   * Whether the two units after a number that {@link #ordinaryNumberEnd} stepped over may begin a
   * typographic separator, right after it or after an ASCII one ({@code 06 12…}, {@code
   * (415)&nbsp;555…}, {@code 4111%201111…}): then {@link #typographicAfter} looks closer. The scan
   * loops ask this for every number they step over, so it is small enough for the JIT to inline
   * into them and has no branch (a call per number cost 0.86–0.93× in paired A/B, so did sending
   * every {@code 45%} to it; inside {@code ordinaryNumberEnd} the check made that method too large
   * to inline). What it lets pass costs about 0.96× on clean text (paired A/B).
   */
  static boolean mayBeTypographicAfter(int first, int second) {
    return mayBeTypographic(first) | isSeparatorBranchFree(first) & mayBeTypographic(second)
        | first == '%' & second == '2'; // %20, %2D; not 45%
  }

  /**
   * Whether after the number that ends at {@code end}, after up to three ASCII separators, comes
   * a typographic separator: then the number goes to the detectors, which decide.
   */
  static boolean typographicAfter(CharSequence text, int end, int limit) {
    int k = end;
    while (k < limit && k < end + MAX_SEPARATOR && isSeparator(text.charAt(k))) {
      k++;
    }
    return k < limit && typographicAt(text.charAt(k), k + 2 < limit ? text.charAt(k + 1) : -1,
        k + 2 < limit ? text.charAt(k + 2) : -1);
  }

  /** {@link #typographicAfter(CharSequence, int, int)} for UTF-8 bytes. */
  static boolean typographicAfter(byte[] text, int end, int limit) {
    int k = end;
    while (k < limit && k < end + MAX_SEPARATOR && isSeparator(text[k])) {
      k++;
    }
    return k < limit && typographicAt(text[k], k + 2 < limit ? text[k + 1] : -1,
        k + 2 < limit ? text[k + 2] : -1);
  }

  /**
   * Whether {@code unit}, followed by {@code next} and {@code afterNext}, may start a typographic
   * separator: a percent sign only as {@code %20}, {@code %2D}, {@code %28} or {@code %29}.
   */
  private static boolean typographicAt(int unit, int next, int afterNext) {
    if (unit == '%') {
      return next == '2' && (afterNext == '0' || afterNext == '8' || afterNext == '9'
          || (afterNext | 0x20) == 'd');
    }
    return mayBeTypographic(unit);
  }

  /**
   * Whether the two units before a digit run at {@code i}, the second a letter, may start a value
   * the detectors look for: an IBAN's country code that is no end of a longer word (a digit before
   * it may end the number of an MT940 statement's subfield, {@code ?31DE89…}, see {@link
   * IbanDetector}, which the detector checks), or a percent sign and a letter, as the start
   * sentinel and format code of a card's track 1 ({@code %B4111…^DOE/JANE^…}) or a percent-encoded
   * byte, or a whole percent-encoded byte ({@code card%3A4111…}), which the detectors tell apart.
   * (A check for the {@code ?} here made {@link
   * #ordinaryNumberEnd} too big for the JIT to inline into the String loop: 0.92× on clean text.)
   */
  private static boolean mayStartValueAfterLetters(int secondLetter, int beforeLetters,
      int runLength) {
    return runLength >= 2 && (secondLetter == '%' || beforeLetters == '%'
        || Ascii.isLetter(secondLetter) && !Ascii.isLetter(beforeLetters) && beforeLetters != '_');
  }

  /**
   * For the digit at {@code i}: the index after its short groups when nothing can start there,
   * else -1 (call the number detector). Called with a String too: inlined at the String loop's
   * call site, the JIT knows the receiver's class.
   */
  static int ordinaryNumberEnd(CharSequence text, int i, int start, int end) {
    int j = i + 1;
    while (j < end && Ascii.isDigit(text.charAt(j))) {
      j++;
    }
    int previous = i > start ? text.charAt(i - 1) : ' ';
    if (Ascii.isLetter(previous)) {
      return mayStartValueAfterLetters(i - 2 >= start ? text.charAt(i - 2) : -1,
          i - 3 >= start ? text.charAt(i - 3) : -1, j - i) ? -1 : j;
    }
    if (j - i >= LONG_RUN || previous == '_') {
      return previous == '_' ? j : -1;
    }
    int digits = j - i;
    for (int groups = 1; groups < 4; groups++) {
      int k = j;
      while (k < end && k < j + MAX_SEPARATOR && isSeparator(text.charAt(k))) {
        k++;
      }
      if (k == j || k == end || !Ascii.isDigit(text.charAt(k))) {
        return j;
      }
      j = k + 1;
      while (j < end && Ascii.isDigit(text.charAt(j))) {
        j++;
      }
      digits += j - k;
      if (digits >= LONG_RUN) {
        return -1;
      }
    }
    return -1; // four groups: maybe an IPv4 address
  }

  /** {@link #ordinaryNumberEnd(CharSequence, int, int, int)} for UTF-8 bytes. */
  static int ordinaryNumberEnd(byte[] text, int i, int start, int end) {
    int j = i + 1;
    while (j < end && Ascii.isDigit(text[j])) {
      j++;
    }
    int previous = i > start ? text[i - 1] & 0xFF : ' ';
    if (Ascii.isLetter(previous)) {
      return mayStartValueAfterLetters(i - 2 >= start ? text[i - 2] & 0xFF : -1,
          i - 3 >= start ? text[i - 3] & 0xFF : -1, j - i) ? -1 : j;
    }
    if (j - i >= LONG_RUN || previous == '_') {
      return previous == '_' ? j : -1;
    }
    int digits = j - i;
    for (int groups = 1; groups < 4; groups++) {
      int k = j;
      while (k < end && k < j + MAX_SEPARATOR && isSeparator(text[k])) {
        k++;
      }
      if (k == j || k == end || !Ascii.isDigit(text[k])) {
        return j;
      }
      j = k + 1;
      while (j < end && Ascii.isDigit(text[j])) {
        j++;
      }
      digits += j - k;
      if (digits >= LONG_RUN) {
        return -1;
      }
    }
    return -1; // four groups: maybe an IPv4 address
  }

  /**
   * Whether a colon that the trigger table stopped on (a hex digit or colon before it) may be
   * inside an IPv6 address, given the unit {@code after} it.
   */
  static boolean maybeIpv6After(int after) {
    return Ascii.isHexDigit(after) || after == ':';
  }

  /**
   * Whether the colon at {@code colon} may be inside an IPv6 address: the colons linked to it
   * through groups of at most four hex digits must include a {@code ::} or number at least six
   * (an address without {@code ::} has seven, or six before an embedded IPv4 address). Times
   * ({@code 10:30}, {@code 07:35:37}) fail this without a look at the whole run.
   */
  static boolean colonChainMayBeIpv6(Text text, int colon) {
    int colons = 1;
    int i = colon;
    while (colons < IPV6_FEWEST_COLONS) {
      int j = i + 1;
      while (j <= i + IPV6_LONGEST_GROUP && Ascii.isHexDigit(text.at(j))) {
        j++;
      }
      if (text.at(j) != ':') {
        break;
      }
      if (j == i + 1) {
        return true;
      }
      colons++;
      i = j;
    }
    i = colon;
    while (colons < IPV6_FEWEST_COLONS) {
      int j = i - 1;
      while (j >= i - IPV6_LONGEST_GROUP && Ascii.isHexDigit(text.at(j))) {
        j--;
      }
      if (text.at(j) != ':') {
        break;
      }
      if (j == i - 1) {
        return true;
      }
      colons++;
      i = j;
    }
    return colons >= IPV6_FEWEST_COLONS;
  }
}
