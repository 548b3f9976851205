package dev.piiguard.spotbugs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.StringEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** Outbound HTTP with every client of the catalogue. */
public class HttpClientSamples {
  private static final MediaType JSON = MediaType.get("application/json");

  void jdkHttpClient(HttpClient client, Customer customer) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder()
            // BUG: PII_TO_HTTP
            .uri(URI.create("https://crm.example.com/lookup?email=" + customer.email()))
            .header("X-Order", customer.id())
            // BUG: PII_TO_HTTP
            .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + customer.email() + "\"}"))
            .build();
    client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  void jdkHeader(Customer customer) {
    // BUG: PII_TO_HTTP
    HttpRequest.newBuilder(URI.create("https://crm.example.com/")).header("X-Email", customer.email()).build();
  }

  void urlConnection(Customer customer) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) new URL("https://crm.example.com/").openConnection();
    connection.setDoOutput(true);
    // BUG: PII_TO_HTTP
    connection.setRequestProperty("X-Email", customer.email());
    try (OutputStream body = connection.getOutputStream()) {
      // BUG: PII_TO_HTTP
      body.write(customer.email().getBytes(StandardCharsets.UTF_8));
      body.write(customer.id().getBytes(StandardCharsets.UTF_8));
    }
    try (Writer writer = new OutputStreamWriter(connection.getOutputStream(), StandardCharsets.UTF_8)) {
      // BUG: PII_TO_HTTP
      writer.write(customer.email());
    }
  }

  void okHttp(OkHttpClient client, Customer customer) throws IOException {
    // BUG: PII_TO_HTTP
    RequestBody body = RequestBody.create("{\"email\":\"" + customer.email() + "\"}", JSON);
    Request request = new Request.Builder().url("https://crm.example.com/").post(body).build();
    client.newCall(request).execute().close();
    // BUG: PII_TO_HTTP
    new Request.Builder().url("https://crm.example.com/").header("X-Email", customer.email()).build();
    new Request.Builder().url("https://crm.example.com/").header("X-Order", customer.id()).build();
    okhttp3.Headers headers = okhttp3.Headers.of("X-Email", customer.email());
    // BUG: PII_TO_HTTP
    new Request.Builder().url("https://crm.example.com/").headers(headers).build();
  }

  void apacheHttpClient4(Customer customer) {
    HttpPost post = new HttpPost("https://crm.example.com/");
    // BUG: PII_TO_HTTP
    post.setEntity(new StringEntity("{\"email\":\"" + customer.email() + "\"}", StandardCharsets.UTF_8));
    // BUG: PII_TO_HTTP
    post.setHeader("X-Email", customer.email());
  }

  void apacheHttpClient5(Customer customer) {
    org.apache.hc.client5.http.classic.methods.HttpPost post =
        new org.apache.hc.client5.http.classic.methods.HttpPost("https://crm.example.com/");
    // BUG: PII_TO_HTTP
    post.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity("{\"email\":\"" + customer.email() + "\"}"));
    // BUG: PII_TO_HTTP
    new org.apache.hc.client5.http.classic.methods.HttpGet("https://crm.example.com/?email=" + customer.email());
  }

  void spring(RestTemplate restTemplate, RestClient restClient, WebClient webClient, Customer customer) {
    // BUG: PII_TO_HTTP
    restTemplate.postForObject("https://crm.example.com/", customer.email(), String.class);
    // BUG: PII_TO_HTTP
    restClient.post().uri("https://crm.example.com/").body(customer.email()).retrieve().toBodilessEntity();
    // BUG: PII_TO_HTTP
    webClient.post().uri("https://crm.example.com/?email={e}", customer.email()).retrieve().toBodilessEntity();
    restTemplate.postForObject("https://crm.example.com/", customer.id(), String.class);
  }

  void rawCallToAnAiHost(HttpClient client, Customer customer) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("https://api.openai.com/v1/chat/completions"))
            // BUG: PII_TO_AI_API
            .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"" + customer.email() + "\"}"))
            .build();
    client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  void rawCallToABedrockRegion(HttpClient client, Customer customer) throws IOException, InterruptedException {
    // a host glob with * inside it (bedrock-runtime.*.amazonaws.com)
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("https://bedrock-runtime.eu-west-1.amazonaws.com/model/m/converse"))
            // BUG: PII_TO_AI_API
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + customer.email() + "\"}"))
            .build();
    client.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
