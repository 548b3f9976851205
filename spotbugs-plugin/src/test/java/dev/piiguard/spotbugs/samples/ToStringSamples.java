package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.Sensitive;
import lombok.Data;
import lombok.ToString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** toString() methods that include sensitive state, and those that do not. */
public class ToStringSamples {
  private static final Logger log = LoggerFactory.getLogger(ToStringSamples.class);

  static final class HandWritten {
    @Sensitive String cardNumber = "";
    String holderId = "";

    @Override
    public String toString() {
      // BUG: PII_IN_TOSTRING
      return "HandWritten[card=" + cardNumber + ", holder=" + holderId + "]";
    }
  }

  static final class Careful {
    @Sensitive String cardNumber = "";
    String holderId = "";

    @Override
    public String toString() {
      return "Careful[holder=" + holderId + ", card ends " + cardNumber.substring(cardNumber.length() - 4) + "]";
    }
  }

  // BUG: PII_IN_TOSTRING
  record Payment(String orderId, @Sensitive String iban) {}

  record Overridden(String orderId, @Sensitive String iban) {
    @Override
    public String toString() {
      return "Overridden[" + orderId + "]";
    }
  }

  record Plain(String orderId, int amount) {}

  // BUG: PII_IN_TOSTRING
  @Data
  static final class LombokData {
    private String id;
    @Sensitive private String phone;
  }

  // BUG: PII_IN_TOSTRING
  @ToString
  static final class LombokToString {
    private String id = "";
    @Sensitive private String phone = "";
  }

  @ToString
  static final class LombokExcluded {
    private String id = "";
    @ToString.Exclude @Sensitive private String phone = "";
  }

  void loggingObjectsWhoseToStringLeaks(Payment payment, HandWritten card, LombokData data, Careful careful, Overridden overridden, Plain plain, LombokExcluded excluded) {
    // BUG: PII_TO_LOG
    log.info("payment {}", payment);
    // BUG: PII_TO_LOG
    log.info("card " + card);
    // BUG: PII_TO_LOG
    log.info("data {}", data);
    log.info("careful {} {} {} {}", careful, overridden, plain, excluded);
  }
}
