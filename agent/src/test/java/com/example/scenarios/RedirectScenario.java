package com.example.scenarios;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Posts a body with an e-mail address, with a JDK {@code HttpClient} that follows redirects, to
 * each path given; prints the status of the reply or the exception's class and message.
 */
public final class RedirectScenario {
  public static final String BODY = "{\"note\":\"mail jane.canary@example.com\"}";

  private RedirectScenario() {}

  public static void main(String[] arguments) throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    for (int k = 1; k < arguments.length; k++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(arguments[0] + arguments[k]))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
      try {
        System.out.println(arguments[k] + " " + client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
      } catch (IOException e) {
        System.out.println(arguments[k] + " " + e.getClass().getName() + ": " + e.getMessage());
      }
    }
  }
}
