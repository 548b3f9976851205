package dev.piiguard.core.token;

import dev.piiguard.core.EntityTypes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a value that {@link Fingerprints} hash, so that one value written in two layouts
 * counts once: the digits of a card number or SSN, the digits and {@code +} of a phone number
 * (national and international forms of one number still differ), an IBAN in capitals without
 * spaces, an e-mail address (with an encoded {@code @}, {@code %40}, {@code &#64;} or {@code
 * \\u0040}, as {@code @}) or IP address in lower case.
 * Secrets and other types are taken as written.
 */
final class CanonicalValue {
  /** An {@code @} as the scanner finds it encoded in an address (lower case). */
  private static final Pattern ENCODED_AT = Pattern.compile("%40|&#64;|&#x40;|\\\\+u0040");

  private CanonicalValue() {}

  /** The canonical form of {@code value} of entity {@code type}. */
  static CharSequence of(String type, CharSequence value) {
    switch (type) {
      case EntityTypes.PAYMENT_CARD:
      case EntityTypes.US_SSN:
        return digits(value, false);
      case EntityTypes.PHONE:
        return digits(value, true);
      case EntityTypes.IBAN:
        return lettersAndDigits(value).toUpperCase(Locale.ROOT);
      case EntityTypes.EMAIL:
        return ENCODED_AT.matcher(value.toString().toLowerCase(Locale.ROOT)).replaceAll("@");
      case EntityTypes.IP_ADDRESS:
        return value.toString().toLowerCase(Locale.ROOT);
      default:
        return value;
    }
  }

  private static String digits(CharSequence value, boolean plus) {
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= '0' && c <= '9') || (plus && c == '+')) {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  private static String lettersAndDigits(CharSequence value) {
    StringBuilder kept = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
