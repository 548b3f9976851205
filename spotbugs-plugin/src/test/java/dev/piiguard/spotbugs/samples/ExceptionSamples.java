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

  /** Masks the card number it is given; keeps the address it is given in a field. */
  static final class CardDeclinedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String street;

    CardDeclinedException(String cardNumber, String street) {
      super("card ending " + PropagationSamples.mask(cardNumber) + " declined");
      this.street = street;
    }

    String street() {
      return street;
    }
  }

  void ownExceptionThatMasks(Customer customer, String orderId) {
    throw new CardDeclinedException(customer.email(), orderId);
  }

  void ownExceptionWithTheValueInAField(Customer customer) {
    CardDeclinedException declined = new CardDeclinedException("4111", customer.email());
    // BUG: PII_IN_EXCEPTION
    throw new IllegalStateException("declined for " + declined.street());
  }

  void causeIsNotAMessage(Customer customer, Exception cause) {
    throw new IllegalArgumentException("rejected " + customer.id(), cause);
  }

  void messagesBuiltByCheckingHelpers(Customer customer, Object found) {
    // BUG: PII_IN_EXCEPTION
    java.util.Objects.requireNonNull(found, "no account for " + customer.email());
    // BUG: PII_IN_EXCEPTION
    com.google.common.base.Preconditions.checkArgument(found != null, "no account for %s", customer.email());
    // BUG: PII_IN_EXCEPTION
    org.springframework.util.Assert.notNull(found, "no account for " + customer.email());
    // the value checked is not in the message
    java.util.Objects.requireNonNull(customer.email(), "no e-mail address");
    com.google.common.base.Preconditions.checkNotNull(customer.email(), "no e-mail address");
  }
}
