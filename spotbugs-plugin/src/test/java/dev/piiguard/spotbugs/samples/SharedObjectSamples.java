package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Library objects kept in fields: a container keeps what it is given, for every method that reads
 * the field; a shared service object (a formatter, a serialiser) keeps nothing of it.
 */
public class SharedObjectSamples {
  private static final Logger log = LoggerFactory.getLogger(SharedObjectSamples.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy");

  private final List<String> recentContacts = new ArrayList<>();
  private final StringBuilder transcript = new StringBuilder();

  String birthdayLine(@Sensitive(PiiType.DATE_OF_BIRTH) LocalDate birthday) {
    return "Birthday: " + DAY.format(birthday);
  }

  void sharedFormatterKeepsNothing(String orderId, LocalDate shipped) {
    log.info("order {} shipped on {}", orderId, DAY.format(shipped));
  }

  void remember(Customer customer) {
    recentContacts.add(customer.email());
    transcript.append("contact ").append(customer.email());
  }

  void containersInFieldsKeepWhatTheyWereGiven() {
    // BUG: PII_TO_LOG
    log.info("recent {}", recentContacts);
    // BUG: PII_TO_LOG
    log.info("transcript {}", transcript);
  }

  void mapPutKeepsTheValue(Map<String, String> contacts, Customer customer) {
    contacts.put(customer.id(), customer.email());
    // BUG: PII_TO_LOG
    log.info("contacts {}", contacts);
  }

  private final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();

  String contactJson(Customer customer) throws Exception {
    return mapper.writeValueAsString(Map.of("email", customer.email()));
  }

  void aSerialiserInAFieldKeepsNothing(String orderId) throws Exception {
    // a mapper serialises what it is given into what it returns, and keeps none of it
    String json = mapper.writeValueAsString(Map.of("orderId", orderId));
    log.info("sent {}", json);
  }

  void aReactiveMappingThroughARedactorIsClean(reactor.core.publisher.Mono<Customer> customer) {
    customer.map(Customer::email).map(Masking::maskEmail).subscribe(masked -> log.info("contact {}", masked));
  }

  /** A masking helper the application marks as such. */
  static final class Masking {
    @dev.piiguard.annotations.Redactor
    static String maskEmail(String email) {
      return "***";
    }
  }
}
