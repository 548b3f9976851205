package dev.piiguard.spotbugs.samples;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.net.URI;
import java.net.http.HttpRequest;
import org.springframework.web.client.RestTemplate;

/** Application objects serialised to JSON (Jackson, Gson, Spring) and sent: every property goes. */
public class SerializationSamples {
  private static final URI FRAUD = URI.create("https://fraud.example.com/check");
  private final ObjectMapper mapper = new ObjectMapper();

  /** A request with a sensitive component. */
  // BUG: PII_IN_TOSTRING
  public record FraudCheck(String orderId, @Sensitive(PiiType.EMAIL) String email, long amountCents) {}

  /** No personal data. */
  public record OrderEvent(String orderId, String status) {}

  /** Holds the customer two levels down. */
  // BUG: PII_IN_TOSTRING
  public record Envelope(String kind, FraudCheck payload) {}

  /** The sensitive part is left out of the JSON. */
  // BUG: PII_IN_TOSTRING
  public record Audited(String orderId, @JsonIgnore @Sensitive(PiiType.EMAIL) String email) {}

  /** Nothing declared, but a customer's e-mail address is stored into it below. */
  public static final class Note {
    String text = "";
  }

  /** Jackson writes a private field through its getter, which masks it; Gson writes the field. */
  public static final class MaskedContact {
    @Sensitive(PiiType.EMAIL)
    private String email = "";

    public String getEmail() {
      return PropagationSamples.mask(email);
    }
  }

  /** Jackson leaves the property out. */
  public static final class IgnoredByGetter {
    @Sensitive(PiiType.EMAIL)
    private String email = "";

    @JsonIgnore
    public String getEmail() {
      return email;
    }
  }

  /** Jackson sees every field of a class with {@code @JsonAutoDetect}. */
  @com.fasterxml.jackson.annotation.JsonAutoDetect(fieldVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
  public static final class VisibleFields {
    @Sensitive(PiiType.EMAIL)
    private String email = "";
  }

  /** A property read by a method with a plain name. */
  public static final class PlainlyNamed {
    @Sensitive(PiiType.EMAIL)
    private String email = "";

    @com.fasterxml.jackson.annotation.JsonProperty
    public String email() {
      return email;
    }
  }

  /** The superclass's getter returns the address, the subclass's override masks it. */
  public static class BaseContact {
    @Sensitive(PiiType.EMAIL)
    protected String email = "";

    public String getEmail() {
      return email;
    }
  }

  /** Masks what its superclass returned. */
  public static final class MaskedSubContact extends BaseContact {
    @Override
    public String getEmail() {
      return PropagationSamples.mask(email);
    }
  }

  /** A record whose accessor masks its component (its generated toString() does not). */
  // BUG: PII_IN_TOSTRING
  public record MaskedCard(@Sensitive(PiiType.PAYMENT_CARD) String number) {
    @Override
    public String number() {
      return PropagationSamples.mask(number);
    }
  }

  /** Its subclasses' fields are visible to Jackson too. */
  @com.fasterxml.jackson.annotation.JsonAutoDetect(fieldVisibility = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY)
  public static class AutoDetected {}

  /** Inherits {@code @JsonAutoDetect}. */
  public static final class AutoDetectedChild extends AutoDetected {
    @Sensitive(PiiType.EMAIL)
    private String email = "";
  }

  /** Jackson names the property of {@code getSSN} {@code ssn}, which its field leaves out. */
  public static final class TaxRecord {
    @JsonIgnore
    @Sensitive(PiiType.NATIONAL_ID)
    private String ssn = "";

    public String getSSN() {
      return ssn;
    }
  }

  /** Ignored by Jackson, written by Gson. */
  public static final class IgnoredByJacksonOnly {
    @JsonIgnore
    @Sensitive(PiiType.EMAIL)
    String email = "";
  }

  /** Jackson leaves out what the class names in {@code @JsonIgnoreProperties}; Gson writes it. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"email", "phone"})
  public static final class IgnoredByClass {
    @Sensitive(PiiType.EMAIL)
    public String email = "";

    public String orderId = "";
  }

  /** Jackson would leave the address out; JSON-B reads none of Jackson's annotations. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"email"})
  public static final class IgnoredByJacksonAnnotation {
    @Sensitive(PiiType.EMAIL)
    public String email = "";
  }

  /** Ignored when read, written all the same. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"email"}, allowGetters = true)
  public static final class IgnoredOnlyWhenRead {
    @Sensitive(PiiType.EMAIL)
    public String email = "";
  }

  /** Renamed in JSON: Jackson writes "contact", which the ignore list does not name. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"email"})
  public static final class RenamedContact {
    @Sensitive(PiiType.EMAIL)
    @com.fasterxml.jackson.annotation.JsonProperty("contact")
    private String email = "";

    public String getEmail() {
      return email;
    }
  }

  /** Renamed in JSON and ignored by that name. */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"contact"})
  public static final class RenamedAndIgnored {
    @Sensitive(PiiType.EMAIL)
    @com.fasterxml.jackson.annotation.JsonProperty("contact")
    private String email = "";

    public String getEmail() {
      return email;
    }
  }

  /** A password Jackson reads from a request but never writes. */
  public static final class SignUp {
    @Sensitive(PiiType.SECRET)
    @com.fasterxml.jackson.annotation.JsonProperty(access = com.fasterxml.jackson.annotation.JsonProperty.Access.WRITE_ONLY)
    private String password = "";

    public String getPassword() {
      return password;
    }
  }

  /** Only read-only access: Jackson writes it. */
  public static final class ReadOnlyEmail {
    @Sensitive(PiiType.EMAIL)
    @com.fasterxml.jackson.annotation.JsonProperty(access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    private String email = "";

    public String getEmail() {
      return email;
    }
  }

  /** A batch: the customers' checks in a list. */
  public static final class Batch {
    public java.util.List<FraudCheck> checks = java.util.List.of();
  }

  /** One check, through a getter of an optional. */
  public static final class FirstOnly {
    private java.util.Optional<FraudCheck> first = java.util.Optional.empty();

    public java.util.Optional<FraudCheck> getFirst() {
      return first;
    }
  }

  /** Checks by order id: the map's values are written whole. */
  public static final class ByOrder {
    public java.util.Map<String, FraudCheck> checks = java.util.Map.of();
  }

  /** A class named as a type: no check is written. */
  public static final class TypeOnly {
    public Class<FraudCheck> kind = FraudCheck.class;
  }

  /** A key whose text leaves its address out. */
  public static final class MaskedKey {
    @Sensitive(PiiType.EMAIL)
    public String email = "";

    @Override
    public String toString() {
      return "key";
    }
  }

  /** Map keys are written as text, by their toString(). */
  public static final class Keyed {
    public java.util.Map<MaskedKey, String> masked = java.util.Map.of();
  }

  /** A record's toString() holds its components. */
  public static final class KeyedByCheck {
    public java.util.Map<FraudCheck, String> notes = java.util.Map.of();
  }

  /** A batch of orders, without personal data. */
  public static final class OrderBatch {
    public java.util.List<OrderEvent> events = java.util.List.of();
    public java.util.Map<String, java.util.List<OrderEvent>> byDay = java.util.Map.of();
  }

  private java.util.List<FraudCheck> pending = java.util.List.of();

  java.util.List<FraudCheck> pendingChecks() {
    return pending;
  }

  java.util.List<OrderEvent> orderEvents() {
    return java.util.List.of();
  }

  void collectionsGivenToTheSerialiserAreReadByTheirDeclaration(java.util.List<FraudCheck> checks,
      java.util.Map<String, FraudCheck> byOrder, java.util.List<OrderEvent> events) throws JsonProcessingException {
    // the bytecode erases List<FraudCheck>: the parameter's, field's or method's declaration names it
    String given = mapper.writeValueAsString(checks);
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(given)).build();
    String mapped = mapper.writeValueAsString(byOrder);
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(mapped)).build();
    String field = mapper.writeValueAsString(pending);
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(field)).build();
    String returned = mapper.writeValueAsString(pendingChecks());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(returned)).build();
    String orders = mapper.writeValueAsString(events);
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(orders)).build();
    String returnedOrders = mapper.writeValueAsString(orderEvents());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(returnedOrders)).build();
  }

  void objectsWrappedInARequestBodyAreWritten(RestTemplate restTemplate,
      org.springframework.web.reactive.function.client.WebClient webClient, String orderId) {
    org.springframework.http.HttpEntity<FraudCheck> entity = new org.springframework.http.HttpEntity<>(new FraudCheck(orderId, "x", 1));
    // BUG: PII_TO_HTTP
    restTemplate.exchange("https://fraud.example.com/check", org.springframework.http.HttpMethod.POST, entity, String.class);
    org.springframework.http.HttpEntity<OrderEvent> event = new org.springframework.http.HttpEntity<>(new OrderEvent(orderId, "PAID"));
    restTemplate.exchange("https://fraud.example.com/events", org.springframework.http.HttpMethod.POST, event, String.class);
    webClient.post().uri("https://fraud.example.com/check")
        // BUG: PII_TO_HTTP
        .body(org.springframework.web.reactive.function.BodyInserters.fromValue(new FraudCheck(orderId, "x", 1)))
        .retrieve();
  }

  /** An inner class: its constructor's descriptor has the outer instance first, its signature not. */
  final class Resender {
    Resender(java.util.List<OrderEvent> events, java.util.List<FraudCheck> checks) throws JsonProcessingException {
      String orders = mapper.writeValueAsString(events);
      HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(orders)).build();
      String given = mapper.writeValueAsString(checks);
      // BUG: PII_TO_HTTP
      HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(given)).build();
    }
  }

  void elementsOfCollectionsAreWritten() throws JsonProcessingException {
    // review s31e: DTOs in lists, optionals and maps were not followed
    String batch = mapper.writeValueAsString(new Batch());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(batch)).build();
    String orders = mapper.writeValueAsString(new OrderBatch());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(orders)).build();
    String first = mapper.writeValueAsString(new FirstOnly());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(first)).build();
    String byOrder = mapper.writeValueAsString(new ByOrder());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(byOrder)).build();
    // review s31f: map keys are written as text, Class<X> as a name
    String type = mapper.writeValueAsString(new TypeOnly());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(type)).build();
    String masked = mapper.writeValueAsString(new Keyed());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(masked)).build();
    String keyed = mapper.writeValueAsString(new KeyedByCheck());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(keyed)).build();
  }

  void moreOfWhatEachSerialiserWrites() throws JsonProcessingException {
    // review s31e
    String inherited = mapper.writeValueAsString(new AutoDetectedChild());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(inherited)).build();
    String tax = mapper.writeValueAsString(new TaxRecord());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(tax)).build();
    String gson = new Gson().toJson(new IgnoredByJacksonOnly());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(gson)).build();
    String jackson = mapper.writeValueAsString(new IgnoredByJacksonOnly());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(jackson)).build();
  }

  void jacksonLeavesOutWhatItsAnnotationsSay() throws JsonProcessingException {
    String ignored = mapper.writeValueAsString(new IgnoredByClass());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(ignored)).build();
    String gson = new Gson().toJson(new IgnoredByClass());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(gson)).build();
    String signUp = mapper.writeValueAsString(new SignUp());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(signUp)).build();
    String readOnly = mapper.writeValueAsString(new ReadOnlyEmail());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(readOnly)).build();
  }

  void eachSerialiserReadsOnlyItsOwnAnnotations() throws JsonProcessingException {
    // review s32g: Jackson's annotations were applied to JSON-B, and allowGetters was not read
    String jsonb = jakarta.json.bind.JsonbBuilder.create().toJson(new IgnoredByJacksonAnnotation());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(jsonb)).build();
    String jackson = mapper.writeValueAsString(new IgnoredByJacksonAnnotation());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(jackson)).build();
    String gettersAllowed = mapper.writeValueAsString(new IgnoredOnlyWhenRead());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(gettersAllowed)).build();
    String renamed = mapper.writeValueAsString(new RenamedContact());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(renamed)).build();
    String renamedIgnored = mapper.writeValueAsString(new RenamedAndIgnored());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(renamedIgnored)).build();
  }

  void jacksonReadsWhatJacksonWrites() throws JsonProcessingException {
    // review s31d: missed, and masking accessors reported
    String visible = mapper.writeValueAsString(new VisibleFields());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(visible)).build();
    String plain = mapper.writeValueAsString(new PlainlyNamed());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(plain)).build();
    String overridden = mapper.writeValueAsString(new MaskedSubContact());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(overridden)).build();
    String card = mapper.writeValueAsString(new MaskedCard("4111111111111111"));
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(card)).build();
  }

  void jacksonWritesPropertiesAndGsonFields() throws JsonProcessingException {
    // review s31c: a masking getter and @JsonIgnore on a getter were not seen
    String masked = mapper.writeValueAsString(new MaskedContact());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(masked)).build();
    String ignored = mapper.writeValueAsString(new IgnoredByGetter());
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(ignored)).build();
    String fields = new Gson().toJson(new MaskedContact());
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(fields)).build();
  }

  void jackson(Customer customer, String orderId) throws JsonProcessingException {
    String check = mapper.writeValueAsString(new FraudCheck(orderId, customer.email(), 100));
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(check)).build();
    byte[] whole = mapper.writeValueAsBytes(customer);
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofByteArray(whole)).build();
    String event = mapper.writeValueAsString(new OrderEvent(orderId, "PAID"));
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(event)).build();
  }

  void nestedAndIgnored(Customer customer, String orderId) throws JsonProcessingException {
    String nested = mapper.writeValueAsString(new Envelope("check", new FraudCheck(orderId, "x", 1)));
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(nested)).build();
    String ignored = mapper.writeValueAsString(new Audited(orderId, customer.email()));
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(ignored)).build();
  }

  void storedIntoAField(Customer customer) {
    Note note = new Note();
    note.text = "call " + customer.email();
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(FRAUD).POST(HttpRequest.BodyPublishers.ofString(new Gson().toJson(note))).build();
  }

  void springSerialisesTheBody(RestTemplate restTemplate, Customer customer, String orderId) {
    // BUG: PII_TO_HTTP
    restTemplate.postForObject(FRAUD, new FraudCheck(orderId, customer.email(), 1), String.class);
    restTemplate.postForObject(FRAUD, new OrderEvent(orderId, "PAID"), String.class);
  }
}
