package com.example.shop;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Leaks a customer's e-mail address to the log, so the build fails. */
public class Checkout {
  private static final Logger log = LoggerFactory.getLogger(Checkout.class);

  /** A customer; the e-mail address is personal data. */
  public record Customer(String id, @Sensitive(PiiType.EMAIL) String email) {
    @Override
    public String toString() {
      return "Customer[" + id + "]";
    }
  }

  public void pay(Customer customer) {
    log.info("paid by {}", customer.email());
    log.info("paid by customer {}", customer.id());
  }
}
