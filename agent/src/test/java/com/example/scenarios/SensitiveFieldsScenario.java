package com.example.scenarios;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A shop that keeps its customer in a record with {@code @Sensitive} components, then puts the
 * customer's name and address into a prompt that it posts with the JDK client to {@code args[0]}
 * plus each further argument (a path); prints {@code OK path base64(reply)} or {@code FAIL path
 * exceptionClass base64(message)} per request.
 */
public final class SensitiveFieldsScenario {
  public static final String NAME = "Jane Fieldcanary";
  public static final String ADDRESS = "42 Canary Wharf Road";
  public static final String EMAIL = "jane.fieldcanary@example.com";
  /** The name of a customer the shop loads as JPA does, by reflection. */
  public static final String STORED_NAME = "Ezra Storedcanary";

  /** The customer as the shop keeps it. */
  record Customer(@Sensitive(PiiType.PERSON_NAME) String name, @Sensitive(PiiType.POSTAL_ADDRESS) String address,
      String tier) {}

  /** A customer as JPA fills one with field access: by reflection, read through its getter. */
  static final class StoredCustomer {
    @Sensitive(PiiType.PERSON_NAME)
    private String name;

    String name() {
      return name;
    }
  }

  private SensitiveFieldsScenario() {}

  /** The prompt about a customer and the one it was referred by. */
  public static String prompt(String name, String address, String referrer) {
    return "{\"prompt\":\"Summarise the last order of " + name + ", " + address + " (mail " + EMAIL
        + ") for the gold tier, referred by " + referrer + "\"}";
  }

  public static void main(String[] arguments) throws Exception {
    Customer customer = new Customer(NAME, ADDRESS, "gold");
    StoredCustomer referrer = new StoredCustomer();
    Field storedName = StoredCustomer.class.getDeclaredField("name");
    storedName.setAccessible(true);
    storedName.set(referrer, STORED_NAME);
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 1; i < arguments.length; i++) {
      String path = arguments[i];
      HttpRequest request = HttpRequest.newBuilder(URI.create(arguments[0] + path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(prompt(customer.name(), customer.address(), referrer.name()))).build();
      try {
        byte[] reply = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        System.out.println("OK " + path + " " + Base64.getEncoder().encodeToString(reply));
      } catch (Exception e) {
        System.out.println("FAIL " + path + " " + e.getClass().getName() + " "
            + Base64.getEncoder().encodeToString(String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8)));
      }
    }
  }
}
