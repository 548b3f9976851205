package com.example.scenarios;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * An application with nothing but the JDK on its class path: posts the same body once with the
 * JDK {@code HttpClient} and once with {@code HttpURLConnection}, printing each reply.
 */
public final class JdkOnlyScenario {
  public static final String BODY = "{\"note\":\"mail jane.canary@example.com\"}";

  private JdkOnlyScenario() {}

  public static void main(String[] arguments) throws Exception {
    String baseUrl = arguments[0];
    HttpResponse<String> reply = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/jdk-only/http-client"))
            .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println("http-client " + reply.statusCode());

    HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/jdk-only/url-connection").toURL().openConnection();
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
    System.out.println("url-connection " + connection.getResponseCode());
  }
}
