package dev.piiguard.core.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The libphonenumber checks behind {@link PhoneDetector}, loaded on first use (the metadata is
 * large). Only candidates that passed the cheap structural checks get here.
 */
final class PhoneValidation {
  /** Regions whose national formats count near a phone context word, most common first. */
  private static final String[] REGIONS = {
    "GB", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "IE", "PT",
    "PL", "CZ", "HU", "GR", "AU", "NZ", "IN", "JP", "CN", "BR", "MX", "ZA", "SG", "HK", "TR", "IL",
    "AE", "RU"
  };
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int[] COUNTRY_CODES = new int[REGIONS.length];
  private static final String[] TRUNK_PREFIXES = new String[REGIONS.length];

  static {
    for (int i = 0; i < REGIONS.length; i++) {
      COUNTRY_CODES[i] = UTIL.getCountryCodeForRegion(REGIONS[i]);
      String trunk = UTIL.getNddPrefixForRegion(REGIONS[i], true);
      TRUNK_PREFIXES[i] = trunk == null ? "" : trunk;
    }
  }

  private PhoneValidation() {}

  /**
   * Checks an international number written with a {@code +} (or an international dialling
   * prefix): valid, or at least of a possible length when {@code lenient}.
   */
  static boolean international(CharSequence written, String dialledFrom, boolean lenient) {
    try {
      PhoneNumber number = UTIL.parse(written, dialledFrom);
      return UTIL.isValidNumber(number) || (lenient && UTIL.isPossibleNumber(number));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** Checks ten digits as a North American number: valid, or possible when {@code lenient}. */
  static boolean northAmerican(long tenDigits, boolean lenient) {
    PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(tenDigits);
    return UTIL.isValidNumber(number) || (lenient && UTIL.isPossibleNumber(number));
  }

  /** Whether {@code digits} as dialled nationally is a valid number of one of the regions. */
  static boolean nationalInSomeRegion(String digits) {
    for (int i = 0; i < REGIONS.length; i++) {
      String national = digits;
      String trunk = TRUNK_PREFIXES[i];
      if (!trunk.isEmpty() && national.startsWith(trunk)) {
        national = national.substring(trunk.length());
      }
      if (national.isEmpty() || national.length() > 17) {
        continue;
      }
      PhoneNumber number = new PhoneNumber().setCountryCode(COUNTRY_CODES[i])
          .setNationalNumber(Long.parseLong(national));
      int zeros = leadingZeros(national);
      if (zeros > 0) {
        number.setItalianLeadingZero(true);
        if (zeros > 1) {
          number.setNumberOfLeadingZeros(zeros);
        }
      }
      if (UTIL.isValidNumberForRegion(number, REGIONS[i])) {
        return true;
      }
    }
    return false;
  }

  private static int leadingZeros(String digits) {
    int zeros = 0;
    while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
      zeros++;
    }
    return zeros;
  }
}
