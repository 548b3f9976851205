package dev.piiguard.spotbugs.samples;

import java.io.PrintWriter;
import java.util.logging.Level;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Every logging API of the catalogue, each once with a sensitive value and once without. */
public class LoggingApiSamples {
  private static final Logger slf4j = LoggerFactory.getLogger(LoggingApiSamples.class);
  private static final org.apache.logging.log4j.Logger log4j2 = LogManager.getLogger(LoggingApiSamples.class);
  private static final org.apache.log4j.Logger log4j1 = org.apache.log4j.Logger.getLogger(LoggingApiSamples.class);
  private static final java.util.logging.Logger jul = java.util.logging.Logger.getLogger("samples");
  private static final System.Logger systemLogger = System.getLogger("samples");
  private static final Log commons = LogFactory.getLog(LoggingApiSamples.class);
  private static final org.jboss.logging.Logger jboss = org.jboss.logging.Logger.getLogger(LoggingApiSamples.class);

  void slf4jLevels(Customer customer) {
    // BUG: PII_TO_LOG
    slf4j.trace("{}", customer.email());
    // BUG: PII_TO_LOG
    slf4j.debug("{} {}", customer.id(), customer.email());
    // BUG: PII_TO_LOG
    slf4j.error("failed for {}", customer.email(), new IllegalStateException("boom"));
    slf4j.error("failed for {}", customer.id(), new IllegalStateException("boom"));
  }

  void slf4jFluent(Customer customer) {
    // BUG: PII_TO_LOG
    slf4j.atInfo().addArgument(customer.email()).log("paid by {}");
    // BUG: PII_TO_LOG
    slf4j.atWarn().addKeyValue("email", customer.email()).log("payment failed");
    slf4j.atInfo().addArgument(customer.id()).log("paid by {}");
  }

  void slf4jMdc(Customer customer) {
    // BUG: PII_TO_LOG
    MDC.put("customer", customer.email());
    MDC.put("customer", customer.id());
    // BUG: PII_TO_LOG
    MDC.setContextMap(java.util.Map.of("customer", customer.email()));
    MDC.setContextMap(java.util.Map.of("customer", customer.id()));
  }

  void log4j2(Customer customer) {
    // BUG: PII_TO_LOG
    log4j2.info("paid by {}", customer.email());
    // BUG: PII_TO_LOG
    log4j2.atInfo().log("paid by {}", customer.email());
    // BUG: PII_TO_LOG
    ThreadContext.put("customer", customer.email());
    log4j2.info("paid by {}", customer.id());
  }

  void log4j1(Customer customer) {
    // BUG: PII_TO_LOG
    log4j1.info("paid by " + customer.email());
    log4j1.info("paid by " + customer.id());
  }

  void javaUtilLogging(Customer customer) {
    // BUG: PII_TO_LOG
    jul.info("paid by " + customer.email());
    // BUG: PII_TO_LOG
    jul.log(Level.WARNING, "paid by {0}", customer.email());
    jul.log(Level.WARNING, "paid by {0}", customer.id());
    // BUG: PII_TO_LOG
    jul.fine(() -> "verifying " + customer.email());
    jul.fine(() -> "verifying " + customer.id());
  }

  void lazyLog4j2(Customer customer) {
    // BUG: PII_TO_LOG
    log4j2.info("verifying {}", (org.apache.logging.log4j.util.Supplier<?>) customer::email);
    log4j2.info("verifying {}", (org.apache.logging.log4j.util.Supplier<?>) customer::id);
  }

  void systemLogger(Customer customer) {
    // BUG: PII_TO_LOG
    systemLogger.log(System.Logger.Level.INFO, "paid by " + customer.email());
    systemLogger.log(System.Logger.Level.INFO, "paid by " + customer.id());
  }

  void commonsLogging(Customer customer) {
    // BUG: PII_TO_LOG
    commons.info("paid by " + customer.email());
    commons.info("paid by " + customer.id());
  }

  void jbossLogging(Customer customer) {
    // BUG: PII_TO_LOG
    jboss.infof("paid by %s", customer.email());
    jboss.infof("paid by %s", customer.id());
  }

  void console(Customer customer) {
    // BUG: PII_TO_LOG
    System.out.println("paid by " + customer.email());
    // BUG: PII_TO_LOG
    System.err.printf("paid by %s%n", customer.email());
    PrintWriter writer = new PrintWriter(System.out, true);
    // BUG: PII_TO_LOG
    writer.println(customer.email());
    System.out.println("paid by " + customer.id());
  }
}
