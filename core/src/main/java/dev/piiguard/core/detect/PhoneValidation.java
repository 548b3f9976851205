package dev.piiguard.core.detect;

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
    "AE", "RU", "KR", "TW", "UA", "TH", "SA"
  };
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int UK_COUNTRY_CODE = 44;
  /** 7700 900000 to 7700 900999 without their last three digits. */
  private static final long UK_DRAMA_MOBILE_BLOCK = 7_700_900L;
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
   * Checks the digits of an international number (country code first, as after a {@code +}):
   * valid, or at least of a possible length when {@code lenient}. A national trunk prefix starting
   * with 0 written after the country code ({@code +44 (0)20 ...}) may be left in; it is dropped when
   * that makes the number valid. North America's trunk 1 is not: {@code 00 1 1 22 33 44 55 66} in a
   * hex dump is no number.
   */
  static boolean international(String digits, boolean lenient) {
    if (digits.isEmpty() || digits.charAt(0) == '0') {
      return false; // no country code starts with 0: 00 012345 678905 is no +1 234 567 8905
    }
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      int countryCode = Integer.parseInt(digits.substring(0, length));
      String region = UTIL.getRegionCodeForCountryCode(countryCode);
      if ("ZZ".equals(region)) {
        continue; // country calling codes are prefix-free: try a longer one
      }
      String national = digits.substring(length);
      PhoneNumber number = number(countryCode, national);
      if (number != null && valid(number, region)) {
        return true;
      }
      String trunk = trunkPrefix(region);
      PhoneNumber withoutTrunk = isTrunkZero(trunk) && national.startsWith(trunk)
          ? number(countryCode, national.substring(trunk.length())) : null;
      if (withoutTrunk != null && valid(withoutTrunk, region)) {
        return true;
      }
      return lenient && ((number != null && UTIL.isPossibleNumber(number))
          || (withoutTrunk != null && UTIL.isPossibleNumber(withoutTrunk)));
    }
    return false;
  }

  /**
   * The national trunk prefix of {@code region}, or null for the non-geographic codes ({@code
   * +800}, {@code +882}, …), which have none: libphonenumber takes their region "001" for an
   * invalid one there and logs a warning through java.util.logging, which inside the agent lands
   * in the host application's log ({@code 00 00 00 80 00 00} in a hex dump reads as +800 00 00).
   */
  private static String trunkPrefix(String region) {
    return PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) ? null
        : UTIL.getNddPrefixForRegion(region, true);
  }

  private static boolean isTrunkZero(String trunk) {
    return trunk != null && !trunk.isEmpty() && trunk.charAt(0) == '0';
  }

  /** Valid for the likely region (one set of patterns), else for any region of its code. */
  private static boolean valid(PhoneNumber number, String likelyRegion) {
    return UTIL.isValidNumberForRegion(number, likelyRegion) || UTIL.isValidNumber(number)
        || isUkDramaMobile(number);
  }

  /**
   * Whether {@code number} is in the range of mobile numbers Ofcom keeps for drama, 07700 900000
   * to 900999, which libphonenumber does not take for valid: examples, demos and test data use
   * them because they look real, and a scanner that skips them looks broken to whoever tries it.
   * (The London range for drama, 020 7946 0xxx, is valid there.)
   */
  private static boolean isUkDramaMobile(PhoneNumber number) {
    return number.getCountryCode() == UK_COUNTRY_CODE
        && number.getNationalNumber() / 1000 == UK_DRAMA_MOBILE_BLOCK;
  }

  private static PhoneNumber number(int countryCode, String national) {
    if (national.isEmpty() || national.length() > 17) {
      return null;
    }
    PhoneNumber number = new PhoneNumber().setCountryCode(countryCode)
        .setNationalNumber(Long.parseLong(national));
    int zeros = leadingZeros(national);
    if (zeros > 0) {
      number.setItalianLeadingZero(true);
      if (zeros > 1) {
        number.setNumberOfLeadingZeros(zeros);
      }
    }
    return number;
  }

  /** Checks ten digits as a North American number: valid, or possible when {@code lenient}. */
  static boolean northAmerican(long tenDigits, boolean lenient) {
    PhoneNumber number = new PhoneNumber().setCountryCode(1).setNationalNumber(tenDigits);
    return valid(number, "US") || (lenient && UTIL.isPossibleNumber(number));
  }

  /**
   * Whether {@code digits} as dialled nationally is a valid number of one of {@code regions}
   * (those of a label that names them, see {@link RegionalPhoneLabels}).
   */
  static boolean nationalIn(String digits, String[] regions) {
    for (String region : regions) {
      String trunk = UTIL.getNddPrefixForRegion(region, true);
      String national = trunk != null && !trunk.isEmpty() && digits.startsWith(trunk)
          ? digits.substring(trunk.length()) : digits;
      if (national.isEmpty() || national.length() > 17) {
        continue;
      }
      PhoneNumber number = number(UTIL.getCountryCodeForRegion(region), national);
      if (UTIL.isValidNumberForRegion(number, region)) {
        return true;
      }
    }
    return false;
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
      PhoneNumber number = number(COUNTRY_CODES[i], national);
      if (UTIL.isValidNumberForRegion(number, REGIONS[i]) || isUkDramaMobile(number)) {
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
