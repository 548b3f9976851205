package dev.piiguard.annotations;

/**
 * The kinds of personal data that {@link Sensitive} can name.
 *
 * <p>The names are a public contract: they appear in SpotBugs findings, in the agent's audit events
 * and in {@code piiguard report}. New constants may be added in later releases; existing ones are
 * never renamed or removed.
 */
public enum PiiType {
  /** An e-mail address. */
  EMAIL,
  /** A telephone number, national or international. */
  PHONE,
  /** A payment card number (PAN), as PCI DSS defines it. */
  PAYMENT_CARD,
  /** An International Bank Account Number. */
  IBAN,
  /** A national identifier such as a US Social Security number or a passport number. */
  NATIONAL_ID,
  /** An IPv4 or IPv6 address that can identify a person's device. */
  IP_ADDRESS,
  /** A credential: a password, an API key, an access token, a private key. */
  SECRET,
  /** A person's name. */
  PERSON_NAME,
  /** A postal address or part of one that identifies a household. */
  POSTAL_ADDRESS,
  /** A date of birth. */
  DATE_OF_BIRTH,
  /** A geographic location precise enough to identify a person. */
  LOCATION,
  /** Personal data of another kind, or of a kind the annotation does not say. */
  OTHER
}
