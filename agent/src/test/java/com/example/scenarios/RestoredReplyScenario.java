package com.example.scenarios;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts {@link #BODY}, whose e-mail address is longer than its token, to {@code <base>/<path>/<client>}
 * with each client given ({@code jdk}, {@code huc}, {@code okhttp}, {@code huc-error} for a reply
 * with status 400 read from the error stream) and reads the echoed reply as Spring's message
 * converters do: exactly {@code Content-Length} bytes when the reply states a length, else to its
 * end. Prints {@code client length=<stated|none> reply=<what was read>}.
 */
public final class RestoredReplyScenario {
  public static final String BODY = "{\"prompt\":\"Write to jane.canary.with.a.long.address@example.com today\"}";

  private RestoredReplyScenario() {}

  public static void main(String[] arguments) throws Exception {
    String base = arguments[0];
    for (int i = 1; i < arguments.length; i++) {
      String client = arguments[i];
      String url = base + (client.equals("huc-error") ? "/error-reply/" : "/long/") + client;
      Reply reply = switch (client) {
        case "jdk" -> jdk(url);
        case "okhttp" -> okHttp(url);
        default -> urlConnection(url);
      };
      String stated = reply.length < 0 ? "none" : String.valueOf(reply.length);
      System.out.println(client + " length=" + stated + " reply=" + new String(reply.read(), StandardCharsets.UTF_8));
    }
  }

  private record Reply(long length, InputStream body) {
    byte[] read() throws java.io.IOException {
      try (InputStream in = body) {
        return length < 0 ? in.readAllBytes() : in.readNBytes((int) length);
      }
    }
  }

  private static Reply jdk(String url) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
    HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    return new Reply(response.headers().firstValueAsLong("Content-Length").orElse(-1), response.body());
  }

  private static Reply okHttp(String url) throws Exception {
    Request request = new Request.Builder().url(url)
        .post(RequestBody.create(BODY.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"))).build();
    Response response = new OkHttpClient().newCall(request).execute();
    String length = response.header("Content-Length");
    return new Reply(length == null ? -1 : Long.parseLong(length), response.body().byteStream());
  }

  private static Reply urlConnection(String url) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "application/json");
    try (OutputStream out = connection.getOutputStream()) {
      out.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
    long length = connection.getContentLengthLong();
    InputStream body = connection.getResponseCode() >= 400 ? connection.getErrorStream() : connection.getInputStream();
    return new Reply(length, body);
  }
}
