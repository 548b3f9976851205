package dev.piiguard.spotbugs.samples;

/** Sensitive values in exception messages. */
public class ExceptionSamples {

  static final class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AccountException(String message) {
      super(message);
    }
  }

  void jdkException(Customer customer) {
    if (customer.loyaltyPoints() < 0) {
      // BUG: PII_IN_EXCEPTION
      throw new IllegalStateException("no account for " + customer.email());
    }
    throw new IllegalStateException("no account for customer " + customer.id());
  }

  void ownException(Customer customer) {
    // BUG: PII_IN_EXCEPTION
    throw new AccountException("locked: " + customer.email());
  }

  void causeIsNotAMessage(Customer customer, Exception cause) {
    throw new IllegalArgumentException("rejected " + customer.id(), cause);
  }
}
