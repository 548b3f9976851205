package dev.piiguard.spotbugs.samples;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A sink and a sanitizer that only the project's piiguard-catalogue.txt declares. */
public class CustomCatalogueSamples {
  private static final Logger log = LoggerFactory.getLogger(CustomCatalogueSamples.class);

  /** Writes to an audit store; the project's catalogue declares it a log sink. */
  public interface AuditTrail {
    void record(String entry);
  }

  /** A keyed hash; the project's catalogue declares it a sanitizer. */
  static String fingerprint(String value) {
    return Integer.toHexString(value.hashCode());
  }

  void customSink(AuditTrail audit, Customer customer) {
    // BUG: PII_TO_LOG
    audit.record("login by " + customer.email());
    audit.record("login by " + customer.id());
  }

  void customSanitizer(Customer customer) {
    log.info("login by {}", fingerprint(customer.email()));
  }
}
