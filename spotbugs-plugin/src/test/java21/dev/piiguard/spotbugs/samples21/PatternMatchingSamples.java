package dev.piiguard.spotbugs.samples21;

import dev.piiguard.annotations.Sensitive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Java 21 language features: record patterns, pattern matching for switch, sealed types. */
public class PatternMatchingSamples {
  private static final Logger log = LoggerFactory.getLogger(PatternMatchingSamples.class);

  sealed interface Contact permits Email, Phone, Nickname {}

  // BUG: PII_IN_TOSTRING
  record Email(@Sensitive String address) implements Contact {}

  // BUG: PII_IN_TOSTRING
  record Phone(@Sensitive String number, String country) implements Contact {}

  record Nickname(String name) implements Contact {}

  void recordPatternsInSwitch(Contact contact) {
    String shown =
        switch (contact) {
          case Email(String address) -> address;
          case Phone(String number, String country) -> country;
          case Nickname(String name) -> name;
        };
    // BUG: PII_TO_LOG
    log.info("contact {}", shown);
  }

  void onlyCleanComponentsInSwitch(Contact contact) {
    String shown =
        switch (contact) {
          case Email e -> "email";
          case Phone(String number, String country) -> country;
          case Nickname(String name) -> name;
        };
    log.info("contact {}", shown);
  }

  void typePatternInSwitch(Contact contact) {
    switch (contact) {
      // BUG: PII_TO_LOG
      case Email email -> log.info("email {}", email.address());
      case Phone phone -> log.info("country {}", phone.country());
      case Nickname nickname -> log.info("nickname {}", nickname.name());
    }
  }

  void recordPatternInInstanceof(Object value) {
    if (value instanceof Phone(String number, String country)) {
      // BUG: PII_TO_LOG
      log.info("number {}", number);
      log.info("country {}", country);
    }
  }

  void guardedCase(Contact contact) {
    switch (contact) {
      case Email(String address) when address.endsWith("@example.com") -> log.info("internal");
      // BUG: PII_TO_LOG
      case Email(String address) -> log.info("external {}", address);
      default -> log.info("other");
    }
  }

  void loggingARecordWhoseToStringLeaks(Email email) {
    // BUG: PII_TO_LOG
    log.info("contact {}", email);
  }
}
