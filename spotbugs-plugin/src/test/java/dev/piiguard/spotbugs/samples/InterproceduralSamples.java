package dev.piiguard.spotbugs.samples;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flows through methods of the application, followed by their summaries. */
public class InterproceduralSamples {
  private static final Logger log = LoggerFactory.getLogger(InterproceduralSamples.class);

  private String lastContact = "";
  private String lastOrder = "";

  static String decorate(String value) {
    return "<" + value + ">";
  }

  static void audit(String what) {
    log.info("audit: {}", what);
  }

  static void auditTwice(String what) {
    audit(what);
  }

  void returnsWhatItWasGiven(Customer customer) {
    // BUG: PII_TO_LOG
    log.info(decorate(customer.email()));
    log.info(decorate(customer.id()));
  }

  void helperLogsItsParameter(Customer customer) {
    // BUG: PII_TO_LOG
    audit(customer.email());
    audit(customer.id());
  }

  void helperOfHelperLogs(Customer customer) {
    // BUG: PII_TO_LOG
    auditTwice(customer.email());
  }

  void remember(Customer customer) {
    lastContact = customer.email();
    lastOrder = customer.id();
  }

  void fieldAssignedSensitiveValueElsewhere() {
    // BUG: PII_TO_LOG
    log.info("last contact {}", lastContact);
    log.info("last order {}", lastOrder);
  }

  static final class Mailbox {
    private String address = "";

    void setAddress(String address) {
      this.address = address;
    }

    String getAddress() {
      return address;
    }
  }

  void setterStoresSensitiveValue(Customer customer, Mailbox mailbox) {
    mailbox.setAddress(customer.email());
  }

  void getterReturnsIt(Mailbox mailbox) {
    // BUG: PII_TO_LOG
    log.info("mailbox {}", mailbox.getAddress());
  }

  /** An application interface with a default method that logs. */
  public interface Auditing {
    default void auditEvent(String what) {
      log.info("audit: {}", what);
    }
  }

  /** Inherits the default method; callers name this class, not the interface. */
  public static final class ReceiptService implements Auditing {
    void receipt(Customer customer) {
      ReceiptService self = this;
      // BUG: PII_TO_LOG
      self.auditEvent("receipt for " + customer.email());
    }
  }

  /** Its parameter is marked on the interface only. */
  public interface Mailer {
    void send(@dev.piiguard.annotations.Sensitive(dev.piiguard.annotations.PiiType.EMAIL) String recipient, String template);
  }

  /** An implementation: the parameter it is handed is sensitive as the interface says. */
  public static final class SmtpMailer implements Mailer {
    @Override
    public void send(String recipient, String template) {
      // BUG: PII_TO_LOG
      log.info("sending {} to {}", template, recipient);
      log.info("template {}", template);
    }
  }

  static void appendContact(StringBuilder summary, Customer customer) {
    summary.append(" contact=").append(customer.email());
  }

  static void appendOrder(StringBuilder summary, Customer customer) {
    summary.append(" order=").append(customer.id());
  }

  void helperAppendsToTheCallersBuilder(Customer customer) {
    StringBuilder summary = new StringBuilder("order summary:");
    appendContact(summary, customer);
    // BUG: PII_TO_LOG
    log.info(summary.toString());
    StringBuilder other = new StringBuilder("order:");
    appendOrder(other, customer);
    log.info(other.toString());
  }

  static String fill(String template, String value) {
    return template.replace("{}", value).concat(".");
  }

  private String greeting = "Hello {}";

  void helperMakesANewStringFromTheCallers(Customer customer) {
    // review s31d: the caller's template was taken for changed
    String template = "Dear {}";
    String letter = fill(template, customer.email());
    log.info("template {}", template);
    String field = fill(greeting, customer.email());
    log.info("greeting {}", greeting);
    // BUG: PII_TO_LOG
    log.info("letter {}", letter + field);
  }

  private final java.util.List<String> outbox = new java.util.ArrayList<>();

  static void queue(java.util.List<String> messages, String text) {
    messages.add(text);
  }

  void helperAddsToAListInAField(Customer customer) {
    queue(outbox, "mail " + customer.email());
  }

  void fieldListLogged() {
    // BUG: PII_TO_LOG
    log.info("outbox {}", outbox);
  }
}
