package dev.piiguard.demo.shop;

import dev.piiguard.annotations.Redactor;

/** Masks personal data for display and logs; what these methods return is safe to emit. */
public final class Masking {
  private Masking() {}

  /** {@code jane.doe@example.com} becomes {@code j***@example.com}. */
  @Redactor
  public static String maskEmail(String email) {
    int at = email.indexOf('@');
    if (at < 1) {
      return "***";
    }
    return email.charAt(0) + "***" + email.substring(at);
  }

  /** {@code 4111 1111 1111 1111} becomes {@code ****1111}. */
  @Redactor
  public static String lastFourDigits(String cardNumber) {
    String digits = cardNumber.replaceAll("[^0-9]", "");
    if (digits.length() < 4) {
      return "****";
    }
    return "****" + digits.substring(digits.length() - 4);
  }
}
