package com.example.scenarios;

import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An application that uses {@code java.base} alone, as one run on a runtime image or a module
 * graph without {@code java.net.http}: posts {@link JdkOnlyScenario#BODY} with {@code
 * HttpURLConnection} to {@code args[0]} and prints the status.
 */
public final class UrlConnectionOnlyScenario {
  private UrlConnectionOnlyScenario() {}

  public static void main(String[] arguments) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(arguments[0]).toURL().openConnection();
    connection.setDoOutput(true);
    try (OutputStream out = connection.getOutputStream()) {
      out.write(JdkOnlyScenario.BODY.getBytes(StandardCharsets.UTF_8));
    }
    System.out.println("url-connection " + connection.getResponseCode());
  }
}
