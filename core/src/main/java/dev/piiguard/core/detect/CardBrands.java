package dev.piiguard.core.detect;

/**
 * The issuer identification ranges and lengths of the major card brands, and the Luhn check.
 *
 * <p>Sources: the brands' published IIN tables (Visa, Mastercard incl. the 2-series, American
 * Express, Discover incl. 644-649 and 65, Diners Club incl. the older 38-39 range, JCB 3528-3589
 * and the legacy 15-digit 1800 and 2131 ranges, UnionPay, Maestro in its wide 50, 56-59, 63 and
 * 67 ranges, Mir, RuPay).
 */
final class CardBrands {
  /** Rows of: first prefix, last prefix (same number of digits), shortest length, longest length. */
  private static final long[][] RANGES = {
    {4, 4, 13, 13}, {4, 4, 16, 16}, {4, 4, 19, 19}, // Visa
    {51, 55, 16, 16}, {2221, 2720, 16, 16}, // Mastercard
    {34, 34, 15, 15}, {37, 37, 15, 15}, // American Express
    {6011, 6011, 16, 19}, {644, 649, 16, 19}, {65, 65, 16, 19}, {622126, 622925, 16, 19}, // Discover
    {300, 305, 14, 19}, {3095, 3095, 14, 19}, {36, 36, 14, 19}, {38, 39, 14, 19}, // Diners Club
    {3528, 3589, 16, 19}, {1800, 1800, 15, 15}, {2131, 2131, 15, 15}, // JCB
    {62, 62, 16, 19}, // UnionPay
    {50, 50, 12, 19}, {56, 59, 12, 19}, {63, 63, 12, 19}, {67, 67, 12, 19}, // Maestro
    {2200, 2204, 16, 19}, // Mir
    {60, 60, 16, 16}, {65, 65, 16, 16}, {81, 82, 16, 16}, {508, 508, 16, 16}, // RuPay
  };

  private CardBrands() {}

  /** Whether {@code length} digits starting with {@code leading} (the first 6 digits) fit a brand. */
  static boolean fitsBrand(int leadingSixDigits, int length) {
    for (long[] range : RANGES) {
      if (length < range[2] || length > range[3]) {
        continue;
      }
      long prefix = leadingSixDigits / divisor(range[0]);
      if (prefix >= range[0] && prefix <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether cards of {@code length} digits that start with {@code leadingSixDigits} are printed in
   * groups of four, six and the rest: American Express's 15 digits ({@code 3782 822463 10005}),
   * Diners Club's 14 ({@code 3622 720627 1667}) and, as payment forms group them, its 16.
   */
  static boolean printedInFourSixRest(int leadingSixDigits, int length) {
    int leadingTwo = leadingSixDigits / 10_000;
    if (length == 15) {
      return leadingTwo == 34 || leadingTwo == 37;
    }
    return (length == 14 || length == 16) && (leadingTwo == 30 || leadingTwo == 36
        || leadingTwo == 38 || leadingTwo == 39);
  }

  private static int divisor(long prefix) {
    int digits = prefix >= 100_000 ? 6 : prefix >= 10_000 ? 5 : prefix >= 1000 ? 4
        : prefix >= 100 ? 3 : prefix >= 10 ? 2 : 1;
    int divisor = 1;
    for (int i = digits; i < 6; i++) {
      divisor *= 10;
    }
    return divisor;
  }

  /** The Luhn check over {@code digits} (0-9 each). */
  static boolean luhnValid(int[] digits, int length) {
    int sum = 0;
    boolean doubled = false;
    for (int i = length - 1; i >= 0; i--) {
      int digit = digits[i];
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
