package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sensitive {@code static final} constants: javac copies their text into every place that reads
 * them (and folds it into constant text around it), so no field read is left in the bytecode.
 */
public class ConstantSamples {
  private static final Logger log = LoggerFactory.getLogger(ConstantSamples.class);

  /** Constants of another class, as an application keeps them. */
  public static final class Credentials {
    @Sensitive(PiiType.SECRET)
    public static final String API_KEY = "sk-canary-constant-7f3a9c21d4e8";

    @Sensitive(PiiType.NATIONAL_ID)
    public static final String TEST_ID = "078-05-1120";

    @Sensitive(PiiType.NATIONAL_ID)
    public static final String SHORT_ID = "078-05";

    @Sensitive(PiiType.SECRET)
    public static final String DEFAULT_PASSWORD = "password";

    @Sensitive(PiiType.OTHER)
    public static final String PLACEHOLDER_NAME = "unknown";

    @Sensitive(PiiType.OTHER)
    public static final String NOTHING = "";

    public static final String REGION = "eu-central-1";
  }

  void constantOfAnotherClass() {
    // BUG: PII_TO_LOG
    log.info("key {}", Credentials.API_KEY);
    log.info("region {}", Credentials.REGION);
  }

  void constantFoldedIntoText() {
    // BUG: PII_TO_LOG
    log.info("key " + Credentials.API_KEY);
  }

  void constantInAConcatenation(String orderId) {
    // BUG: PII_TO_LOG
    log.info("key " + Credentials.API_KEY + " for order " + orderId);
    log.info("region " + Credentials.REGION + " for order " + orderId);
  }

  void constantsThatLookLikeDataCount(String orderId) {
    // BUG: PII_TO_LOG
    log.info("id {}", Credentials.TEST_ID);
    // BUG: PII_TO_LOG
    log.info("id 078-05-1120 for order " + orderId);
  }

  void twoConstantsFoldedIntoOneText() {
    // BUG: PII_TO_LOG
    log.info("key " + Credentials.API_KEY + " id " + Credentials.TEST_ID);
  }

  void shortOrWordLikeConstantsAreNotFollowed(String orderId) {
    // words such as "password" and "unknown" would mark every text that holds them
    log.info("id {}", Credentials.SHORT_ID);
    log.info("range 078-05 for order " + orderId);
    log.info("password reset requested for order {}", orderId);
    log.info("status {}", "unknown");
    log.info("default {}", Credentials.DEFAULT_PASSWORD);
  }

  void constantWithoutLetterOrDigitIsNotFollowed() {
    log.info("note {}", "");
  }

  void constantInAnExceptionMessage() {
    // BUG: PII_IN_EXCEPTION
    throw new IllegalStateException("rejected key " + Credentials.API_KEY);
  }
}
