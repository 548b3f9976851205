package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each source's PII types, as its @Sensitive (or the @Sensitive on its annotation) names them. */
public class PiiTypeSamples {
  private static final Logger log = LoggerFactory.getLogger(PiiTypeSamples.class);

  /** The application's own annotation for names. */
  @Sensitive(PiiType.PERSON_NAME)
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
  public @interface FullName {}

  /** Every instance is a card. */
  @Sensitive(PiiType.PAYMENT_CARD)
  public static final class Card {
    String number = "";
  }

  // BUG: PII_IN_TOSTRING
  public record Shopper(@FullName String name, @Sensitive(PiiType.POSTAL_ADDRESS) String address, String id) {}

  public static final class Contact {
    @Sensitive({PiiType.EMAIL, PiiType.PHONE})
    String reachableAt = "";

    @Sensitive String note = "";
  }

  void severalTypes(Contact contact) {
    // BUG: PII_TO_LOG
    log.info("contact {}", contact.reachableAt);
  }

  void noTypeNamed(Contact contact) {
    // BUG: PII_TO_LOG
    log.info("note {}", contact.note);
  }

  void metaAnnotatedComponent(Shopper shopper) {
    // BUG: PII_TO_LOG
    log.info("name {}", shopper.name());
    log.info("id {}", shopper.id());
  }

  void componentAccessor(Shopper shopper) {
    // BUG: PII_TO_LOG
    log.info("address {}", shopper.address());
  }

  void typeLevel(Card card) {
    // BUG: PII_TO_LOG
    log.info("card {}", card.number);
  }

  void parameter(@Sensitive(PiiType.IP_ADDRESS) String clientAddress) {
    // BUG: PII_IN_EXCEPTION
    throw new IllegalStateException("blocked " + clientAddress);
  }
}
