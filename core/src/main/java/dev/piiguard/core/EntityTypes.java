package dev.piiguard.core;

import java.util.List;

/**
 * The entity ids of the built-in detectors, as they appear in findings, {@code piiguard scan}
 * output and audit events.
 *
 * <p>Ids are plain strings so that custom detectors can add their own (any id a user gives to a
 * custom pattern appears unchanged in findings).
 */
public final class EntityTypes {

  /** An e-mail address such as {@code jane@example.com}. */
  public static final String EMAIL = "EMAIL";

  /** A telephone number, validated with libphonenumber. */
  public static final String PHONE = "PHONE";

  /** A payment card number (Luhn-valid, in the range and length of a known brand). */
  public static final String PAYMENT_CARD = "PAYMENT_CARD";

  /** An International Bank Account Number (ISO 13616, mod-97 checked). */
  public static final String IBAN = "IBAN";

  /** A United States Social Security number (SSA rules). */
  public static final String US_SSN = "US_SSN";

  /** An IPv4 or IPv6 address. */
  public static final String IP_ADDRESS = "IP_ADDRESS";

  /** An API key, access token or JWT in a documented format. */
  public static final String SECRET = "SECRET";

  private static final List<String> BUILT_IN =
      List.of(EMAIL, PHONE, PAYMENT_CARD, IBAN, US_SSN, IP_ADDRESS, SECRET);

  private EntityTypes() {}

  /** The ids of the built-in detectors, in a fixed order. */
  public static List<String> builtIn() {
    return BUILT_IN;
  }
}
