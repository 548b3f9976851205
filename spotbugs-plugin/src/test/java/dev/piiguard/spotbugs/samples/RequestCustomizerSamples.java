package dev.piiguard.spotbugs.samples;

import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Lambdas that fill the object a client hands them: what they store into a request's headers or
 * cookies is sent; what they store into its attributes stays in the client.
 */
public class RequestCustomizerSamples {

  void restClientHeadersAndCookies(RestClient restClient, Customer customer) {
    restClient.get().uri("https://crm.example.com/members/{id}", customer.id())
        // BUG: PII_TO_HTTP
        .headers(headers -> headers.set("X-Customer-Email", customer.email()))
        .retrieve()
        .body(String.class);
    String email = customer.email();
    restClient.post().uri("https://crm.example.com/members")
        // BUG: PII_TO_HTTP
        .cookies(cookies -> cookies.add("member", email))
        .retrieve()
        .toBodilessEntity();
  }

  void restClientWithoutPersonalData(RestClient restClient, Customer customer) {
    restClient.get().uri("https://crm.example.com/members/{id}", customer.id())
        .headers(headers -> headers.set("X-Order", customer.id()))
        .headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
        .attributes(attributes -> attributes.put("customer", customer.email()))
        .retrieve()
        .body(String.class);
  }

  void webClientHeaders(WebClient webClient, Customer customer) {
    webClient.get().uri("https://crm.example.com/members")
        // BUG: PII_TO_HTTP
        .headers(headers -> headers.add("X-Customer-Email", customer.email()))
        .retrieve()
        .toBodilessEntity();
    webClient.get().uri("https://crm.example.com/members")
        .headers(headers -> headers.add("X-Order", customer.id()))
        .retrieve()
        .toBodilessEntity();
  }

  RestClient builderDefaults(Customer customer) {
    return RestClient.builder()
        .baseUrl("https://crm.example.com")
        // BUG: PII_TO_HTTP
        .defaultHeaders(headers -> headers.set("X-Account", customer.email()))
        .build();
  }

  void helperFillsTheHeaders(RestClient restClient, Customer customer) {
    restClient.get().uri("https://crm.example.com/")
        // BUG: PII_TO_HTTP
        .headers(headers -> identify(headers, customer))
        .retrieve()
        .toBodilessEntity();
  }

  void headersFromAFactoryMethod(RestClient restClient, Customer customer) {
    restClient.get().uri("https://crm.example.com/")
        // BUG: PII_TO_HTTP
        .headers(headersFor(customer))
        .retrieve()
        .toBodilessEntity();
    Consumer<HttpHeaders> identified = headersWith(customer.email());
    restClient.get().uri("https://crm.example.com/")
        // BUG: PII_TO_HTTP
        .headers(identified)
        .retrieve()
        .toBodilessEntity();
    restClient.get().uri("https://crm.example.com/")
        .headers(headersWith(customer.id()))
        .retrieve()
        .toBodilessEntity();
  }

  private static Consumer<HttpHeaders> headersFor(Customer customer) {
    return headers -> headers.set("X-Email", customer.email());
  }

  private static Consumer<HttpHeaders> headersWith(String value) {
    return headers -> headers.set("X-Customer", value);
  }

  private static void identify(HttpHeaders headers, Customer customer) {
    headers.set("X-Email", customer.email());
  }
}
