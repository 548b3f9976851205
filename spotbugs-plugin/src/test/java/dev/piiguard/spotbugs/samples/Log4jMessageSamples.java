package dev.piiguard.spotbugs.samples;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.FormattedMessage;
import org.apache.logging.log4j.message.LocalizedMessage;
import org.apache.logging.log4j.message.MessageFormatMessage;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableObjectMessage;

/**
 * Log4j 2 message objects, which render the objects they are given with toString(): a customer whose
 * toString() shows the e-mail address is logged with them.
 */
public class Log4jMessageSamples {
  private static final Logger log = LogManager.getLogger(Log4jMessageSamples.class);

  /** Shows no personal data. */
  public record OrderReference(String orderId, int lines) {}

  void objectMessages(Customer customer, OrderReference order) {
    // BUG: PII_TO_LOG
    log.info(new ObjectMessage(customer));
    ReusableObjectMessage reusable = new ReusableObjectMessage();
    reusable.set(customer);
    // BUG: PII_TO_LOG
    log.debug(reusable);
    log.info(new ObjectMessage(order));
    ObjectMessage unused = new ObjectMessage(customer);
    log.info("made a message of {} characters", unused.getFormattedMessage().length());
  }

  void formattingMessages(Customer customer, OrderReference order) {
    // BUG: PII_TO_LOG
    log.info(new ParameterizedMessage("checkout by {}", customer));
    // BUG: PII_TO_LOG
    log.warn(new FormattedMessage("checkout by %s", customer));
    // BUG: PII_TO_LOG
    log.warn(new LocalizedMessage("checkout.by", customer));
    // BUG: PII_TO_LOG
    log.error(new MessageFormatMessage("checkout by {0} of {1}", customer, order));
    log.info(new ParameterizedMessage("checkout of {}", order));
    log.info(new FormattedMessage("checkout of %s by %s", order, customer.id()));
  }
}
