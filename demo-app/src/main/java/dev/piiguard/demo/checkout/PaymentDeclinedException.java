package dev.piiguard.demo.checkout;

/** The card was refused; the order is not placed. */
public final class PaymentDeclinedException extends Exception {
  public PaymentDeclinedException(String message) {
    super(message);
  }
}
