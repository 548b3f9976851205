package dev.piiguard.demo.checkout;

import dev.piiguard.demo.shop.Customer;
import dev.piiguard.demo.shop.Order;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks the payment partner's fraud service about an order, over the JDK's HttpClient. */
public final class FraudCheckClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;

  public FraudCheckClient(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** True when the partner rates the order as low risk. */
  public boolean isLowRisk(Customer customer, Order order) throws IOException, InterruptedException {
    String body =
        "{\"order\":\"" + order.id() + "\",\"email\":\"" + customer.email()
            + "\",\"phone\":\"" + customer.phone() + "\"}";
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            // LEAK: PII_TO_HTTP
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 && response.body().contains("\"low\"");
  }
}
