package dev.piiguard.demo.checkout;

import dev.piiguard.demo.shop.Customer;
import dev.piiguard.demo.shop.Masking;
import dev.piiguard.demo.shop.Order;
import dev.piiguard.demo.shop.PaymentCard;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Places an order: fraud check, card charge, receipt. */
public final class CheckoutService {
  private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);
  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("MM/yy");

  private final FraudCheckClient fraudCheck;

  public CheckoutService(FraudCheckClient fraudCheck) {
    this.fraudCheck = fraudCheck;
  }

  public void placeOrder(Customer customer, PaymentCard card, Order order)
      throws PaymentDeclinedException, IOException, InterruptedException {
    // SAFE: identifiers only
    log.info("order {} placed by customer {}", order.id(), customer.id());
    // LEAK: PII_TO_LOG (Customer.toString() prints every component)
    log.debug("customer on file: {}", customer);
    if (!fraudCheck.isLowRisk(customer, order)) {
      throw new PaymentDeclinedException("order " + order.id() + " held for review");
    }
    if (YearMonth.parse(card.expiry(), EXPIRY).isBefore(YearMonth.now())) {
      // LEAK: PII_IN_EXCEPTION
      throw new PaymentDeclinedException("card " + card.number() + " has expired");
    }
    // LEAK: PII_TO_LOG
    log.info("charging card {} for order {}", card.number(), order.id());
    // SAFE: PaymentCard.toString() masks the number
    log.info("card on file: {}", card);
    // SAFE: Masking.maskEmail is a @Redactor
    log.info("receipt for order {} sent to {}", order.id(), Masking.maskEmail(customer.email()));
  }
}
