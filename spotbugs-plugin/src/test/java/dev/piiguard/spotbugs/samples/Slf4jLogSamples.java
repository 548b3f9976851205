package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.Sensitive;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sensitive values written with SLF4J, and values that are fine to log. */
public class Slf4jLogSamples {
  private static final Logger log = LoggerFactory.getLogger(Slf4jLogSamples.class);

  @Sensitive private String password = "";
  private String label = "";

  void fieldToLog() {
    // BUG: PII_TO_LOG
    log.info("password is {}", password);
    log.info("label is {}", label);
  }

  void recordComponentToLog(Customer customer) {
    // BUG: PII_TO_LOG
    log.info("paid by {}", customer.email());
    log.info("order for {}", customer.id());
  }

  void concatenated(Customer customer) {
    // BUG: PII_TO_LOG
    log.warn("paid by " + customer.email());
  }

  @SuppressFBWarnings(value = "PII_TO_LOG", justification = "sample: an access-controlled audit log")
  void suppressedWithAJustification(Customer customer) {
    log.info("consent given by {}", customer.email());
  }

  void lengthIsNotPersonalData(Customer customer) {
    log.debug("email has {} characters", customer.email().length());
    log.debug("email missing: {}", customer.email().isEmpty());
  }
}
