package dev.piiguard.demo.shop;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;

/** A card on file. Its {@code toString()} shows only the last four digits, so it is safe to log. */
public record PaymentCard(@Sensitive(PiiType.PAYMENT_CARD) String number, String expiry) {

  @Override
  public String toString() {
    return "PaymentCard[" + Masking.lastFourDigits(number) + ", expiry=" + expiry + "]";
  }
}
