package com.example.app;

import com.example.model.Contact;
import com.example.model.Customer;
import com.example.model.Member;
import com.example.model.PaymentCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An application module with no @Sensitive of its own: its model module declares them. */
public class Shop {
  private static final Logger log = LoggerFactory.getLogger(Shop.class);

  void recordComponent(Customer customer) {
    // BUG: PII_TO_LOG
    log.info("paid by {}", customer.email());
    log.info("paid by customer {}", customer.id());
  }

  void metaAnnotatedField(Contact contact) {
    // BUG: PII_TO_LOG
    log.info("call {}", contact.phone);
    log.info("channel {}", contact.preferredChannel);
  }

  void method(Contact contact) {
    // BUG: PII_TO_LOG
    log.info("dear {}", contact.fullName());
    log.info("{}", contact.greeting());
  }

  void typeLevel(PaymentCard card) {
    // BUG: PII_TO_LOG
    log.info("card {}", card.number);
  }

  void inheritedField(Member member) {
    // BUG: PII_TO_LOG
    log.info("born {}", member.birthday);
    log.info("points {}", member.points);
  }
}
