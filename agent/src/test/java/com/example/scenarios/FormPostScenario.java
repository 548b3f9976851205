package com.example.scenarios;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Posts an HTML form (the way payment and CRM APIs take data) once with the JDK {@code
 * HttpClient} and once with {@code HttpURLConnection}, printing each reply.
 */
public final class FormPostScenario {
  public static final String FORM =
      "email=jane.canary%40example.com&card=4111+1111+1111+1111&amount=1999&currency=eur";
  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private FormPostScenario() {}

  public static void main(String[] arguments) throws Exception {
    String baseUrl = arguments[0];
    HttpResponse<String> reply = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/form/http-client"))
            .header("Content-Type", FORM_TYPE)
            .POST(HttpRequest.BodyPublishers.ofString(FORM)).build(),
        HttpResponse.BodyHandlers.ofString());
    System.out.println("http-client " + reply.statusCode());

    HttpURLConnection connection =
        (HttpURLConnection) URI.create(baseUrl + "/form/url-connection").toURL().openConnection();
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", FORM_TYPE);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(FORM.getBytes(StandardCharsets.UTF_8));
    }
    System.out.println("url-connection " + connection.getResponseCode());
  }
}
