package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.Redactor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How a sensitive value travels: text operations, containers, lambdas; and what stops it. */
public class PropagationSamples {
  private static final Logger log = LoggerFactory.getLogger(PropagationSamples.class);

  void throughLocals(Customer customer) {
    String email = customer.email();
    String copy = email;
    // BUG: PII_TO_LOG
    log.info(copy);
  }

  void stringBuilder(Customer customer) {
    StringBuilder text = new StringBuilder("paid by ");
    text.append(customer.email());
    // BUG: PII_TO_LOG
    log.info(text.toString());
  }

  void textOperations(Customer customer) {
    // BUG: PII_TO_LOG
    log.info(String.format("paid by %s", customer.email()));
    // BUG: PII_TO_LOG
    log.info(String.valueOf(customer.email()));
    // BUG: PII_TO_LOG
    log.info(String.join(",", customer.id(), customer.email()));
    // BUG: PII_TO_LOG
    log.info("paid by %s".formatted(customer.email()));
    // BUG: PII_TO_LOG
    log.info("paid by ".concat(customer.email()));
    // BUG: PII_TO_LOG
    log.info(customer.email().trim().toLowerCase());
  }

  void ternary(Customer customer, boolean verbose) {
    String shown = verbose ? customer.email() : customer.id();
    // BUG: PII_TO_LOG
    log.info(shown);
  }

  void arrays(Customer customer) {
    String[] values = new String[2];
    values[0] = customer.email();
    // BUG: PII_TO_LOG
    log.info("values {}", (Object) values);
    Object[] clean = {customer.id()};
    log.info("values {}", clean);
  }

  void collections(Customer customer) {
    List<String> emails = new ArrayList<>();
    emails.add(customer.email());
    // BUG: PII_TO_LOG
    log.info("emails {}", emails);
    Map<String, String> byId = new HashMap<>();
    byId.put(customer.id(), customer.email());
    // BUG: PII_TO_LOG
    log.info("entry {}", byId.get(customer.id()));
    // BUG: PII_TO_LOG
    log.info("all {}", List.of(customer.email()));
    List<String> ids = new ArrayList<>();
    ids.add(customer.id());
    log.info("ids {} size {}", ids, emails.size());
  }

  void optionalAndStream(Customer customer, List<Customer> customers) {
    Optional<String> email = Optional.of(customer.email());
    // BUG: PII_TO_LOG
    log.info(email.orElse("none"));
    // BUG: PII_TO_LOG
    email.ifPresent(log::info);
    // BUG: PII_TO_LOG
    log.info(customers.stream().map(Customer::email).collect(Collectors.joining(",")));
    // BUG: PII_TO_LOG
    customers.stream().map(Customer::email).forEach(log::info);
    log.info(customers.stream().map(Customer::id).collect(Collectors.joining(",")));
  }

  void lambdas(Customer customer, List<String> emails) {
    String email = customer.email();
    Runnable task =
        () -> {
          // BUG: PII_TO_LOG
          log.info("later {}", email);
        };
    task.run();
    List<String> sensitive = new ArrayList<>(emails);
    sensitive.add(email);
    sensitive.forEach(
        value -> {
          // BUG: PII_TO_LOG
          log.info("each {}", value);
        });
    emails.forEach(value -> log.info("each {}", value));
  }

  /** Looks customers up; its implementation is not part of the application (a Spring Data repository, say). */
  public interface CustomerDirectory {
    Customer findByEmail(String email);
  }

  void lookupsByASensitiveKeyReturnCleanValues(Customer customer, CustomerDirectory directory, Map<String, String> namesByEmail) {
    Customer found = directory.findByEmail(customer.email());
    log.info("found customer {}", found.id());
    log.info("name {}", namesByEmail.get(customer.email()));
    // BUG: PII_TO_LOG
    log.info("shown as {}", namesByEmail.getOrDefault(customer.id(), customer.email()));
    log.info("shown as {}", namesByEmail.getOrDefault(customer.email(), "guest"));
  }

  void containersOfObjectsKeepOnlyTheirOwnTaint(List<Customer> customers, Customer customer) {
    List<Customer> copy = new ArrayList<>(customers);
    copy.add(customer);
    for (Customer each : copy) {
      log.info("customer {}", each.id());
    }
    // BUG: PII_TO_LOG
    log.info("customers {}", customer);
  }

  void overwritten(Customer customer) {
    String shown = customer.email();
    shown = customer.id();
    log.info(shown);
  }

  void derivedValuesCarryNoPersonalData(Customer customer, Customer other) {
    String email = customer.email();
    log.info("length {}", email.length());
    log.info("hash {}", email.hashCode());
    log.info("same {}", email.equals(other.email()));
    log.info("order {}", email.compareTo(other.email()));
    log.info("empty {}", email.isEmpty());
    log.info("ends with {}", email.substring(email.length() - 4));
    log.info("starts with {}", email.substring(0, 2));
  }

  void implicitFlowIsNotReported(Customer customer) {
    if (customer.email().endsWith("@example.com")) {
      log.info("internal customer {}", customer.id());
    }
  }

  void redactedInStreamsAndOptionals(Customer customer, List<Customer> customers) {
    log.info("paid by {}", customers.stream().map(Customer::email).map(PropagationSamples::mask).collect(Collectors.joining(",")));
    log.info("paid by {}", Optional.ofNullable(customer.email()).map(PropagationSamples::mask).orElse("-"));
    log.info("paid by {}", Optional.ofNullable(customer.email()).map(value -> mask(value)).orElse("-"));
    // BUG: PII_TO_LOG
    log.info("paid by {}", Optional.ofNullable(customer.email()).map(String::trim).orElse("-"));
    // BUG: PII_TO_LOG
    log.info("paid by {}", customers.stream().map(Customer::email).map(value -> value.toLowerCase()).collect(Collectors.joining(",")));
  }

  void lambdasHeldInLocalsAndRun(Customer customer) {
    java.util.function.Consumer<String> audit = log::info;
    // BUG: PII_TO_LOG
    audit.accept(customer.email());
    audit.accept(customer.id());
    // reported inside the lambda, where its sink is
    // BUG: PII_TO_LOG
    java.util.function.BiConsumer<String, String> warn = (event, who) -> log.warn("{} by {}", event, who);
    warn.accept("refund", customer.email());
    java.util.function.Supplier<String> contact = customer::email;
    // BUG: PII_TO_LOG
    log.info("contact {}", contact.get());
    java.util.function.Supplier<String> order = customer::id;
    log.info("order {}", order.get());
  }

  void groupedIntoAMultimap(List<Customer> customers) {
    Map<String, List<String>> byTier = new HashMap<>();
    Map<String, List<String>> idsByTier = new HashMap<>();
    for (Customer customer : customers) {
      byTier.computeIfAbsent(customer.id(), key -> new ArrayList<>()).add(customer.email());
      idsByTier.computeIfAbsent(customer.id(), key -> new ArrayList<>()).add(customer.id());
    }
    // BUG: PII_TO_LOG
    log.info("by tier {}", byTier);
    log.info("ids by tier {}", idsByTier);
  }

  void slicesCountOnlyOfTheirOwnLength(Customer customer, String prefix) {
    String email = customer.email();
    // BUG: PII_TO_LOG
    log.info("after the prefix {}", email.substring(prefix.length()));
    // BUG: PII_TO_LOG
    log.info("after mailto {}", email.substring("mailto:".length()));
    log.info("ends with {}", customer.email().substring(customer.email().length() - 4));
  }

  void redacted(Customer customer) {
    log.info("paid by {}", mask(customer.email()));
    // BUG: PII_TO_LOG
    log.info("paid by {}", customer.email().substring(1));
  }

  @Redactor
  static String mask(String value) {
    return value.isEmpty() ? "" : value.charAt(0) + "***";
  }
}
