package com.example.scenarios;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts a body with an e-mail address, with a client that follows redirects ({@code jdk}: the JDK
 * {@code HttpClient}, {@code okhttp}, {@code apache5}, {@code apache4} with its lax strategy, which
 * follows a {@code 307} of a {@code POST}, {@code huc}, {@code huc-fixed} in fixed-length streaming
 * mode, {@code netty}: Reactor Netty's client following redirects, {@code huc-br} with its body labelled {@code Content-Encoding: br}), to each path given; prints the status of
 * the reply or the exception's class and message.
 */
public final class RedirectScenario {
  public static final String BODY = "{\"note\":\"mail jane.canary@example.com\"}";

  private RedirectScenario() {}

  public static void main(String[] arguments) throws Exception {
    String baseUrl = arguments[0];
    String client = arguments[1];
    for (int k = 2; k < arguments.length; k++) {
      String path = arguments[k];
      try {
        int status = client.equals("jdk") ? postWithJdk(baseUrl + path)
            : client.equals("okhttp") ? OkHttpPost.post(baseUrl + path)
            : client.equals("huc") ? postWithUrlConnection(baseUrl + path, false)
            : client.equals("huc-fixed") ? postWithUrlConnection(baseUrl + path, true)
            : client.equals("huc-br") ? postWithUrlConnection(baseUrl + path, false, "br")
            : client.equals("apache4") ? ApacheFourPost.post(baseUrl + path)
            : client.equals("netty") ? NettyPost.post(baseUrl + path)
            : ApachePost.post(baseUrl + path);
        System.out.println(path + " " + status);
      } catch (IOException e) {
        System.out.println(path + " " + e.getClass().getName() + ": " + e.getMessage());
      }
    }
  }

  private static int postWithJdk(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private static int postWithUrlConnection(String url, boolean fixedLength) throws IOException {
    return postWithUrlConnection(url, fixedLength, null);
  }

  /** With {@code contentEncoding} labelling the body ({@code br}, which PII Guard does not read), when not null. */
  private static int postWithUrlConnection(String url, boolean fixedLength, String contentEncoding)
      throws IOException {
    java.net.HttpURLConnection connection =
        (java.net.HttpURLConnection) URI.create(url).toURL().openConnection(); // follows redirects
    connection.setRequestMethod("POST");
    connection.setRequestProperty("Content-Type", "application/json");
    if (contentEncoding != null) {
      connection.setRequestProperty("Content-Encoding", contentEncoding);
    }
    connection.setDoOutput(true);
    if (fixedLength) {
      // streaming mode: the JDK follows no redirect
      connection.setFixedLengthStreamingMode(BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
    try (java.io.OutputStream out = connection.getOutputStream()) {
      out.write(BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return connection.getResponseCode();
  }

  /** Apart, so that an application without Apache's client on its class path runs the rest. */
  private static final class ApachePost {
    static int post(String url) throws IOException {
      try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient client =
          org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) { // follows redirects
        org.apache.hc.client5.http.classic.methods.HttpPost post =
            new org.apache.hc.client5.http.classic.methods.HttpPost(url);
        post.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity(BODY,
            org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
        return client.execute(post, response -> response.getCode());
      }
    }
  }

  /** Apart, so that an application without Apache's client on its class path runs the rest. */
  private static final class ApacheFourPost {
    static int post(String url) throws IOException {
      try (org.apache.http.impl.client.CloseableHttpClient client =
          org.apache.http.impl.client.HttpClients.custom()
              .setRedirectStrategy(new org.apache.http.impl.client.LaxRedirectStrategy()).build()) {
        org.apache.http.client.methods.HttpPost post = new org.apache.http.client.methods.HttpPost(url);
        post.setEntity(new org.apache.http.entity.StringEntity(BODY,
            org.apache.http.entity.ContentType.APPLICATION_JSON));
        return client.execute(post, response -> response.getStatusLine().getStatusCode());
      }
    }
  }

  /** Apart, so that an application without Reactor Netty on its class path runs the rest. */
  private static final class NettyPost {
    static int post(String url) throws IOException {
      try {
        return reactor.netty.http.client.HttpClient.create().followRedirect(true)
            .headers(headers -> headers.set("Content-Type", "application/json"))
            .post().uri(url)
            .send(reactor.core.publisher.Mono.fromCallable(() -> io.netty.buffer.Unpooled.wrappedBuffer(
                BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .responseSingle((response, body) -> reactor.core.publisher.Mono.just(response.status().code()))
            .block(java.time.Duration.ofSeconds(30));
      } catch (RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
          cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
          throw io;
        }
        throw e;
      }
    }
  }

  /** Apart, so that an application without OkHttp on its class path runs the rest. */
  private static final class OkHttpPost {
    static int post(String url) throws IOException {
      OkHttpClient client = new OkHttpClient.Builder().build(); // follows redirects by default
      Request request = new Request.Builder().url(url)
          .post(RequestBody.create(MediaType.parse("application/json"), BODY)).build();
      try (Response response = client.newCall(request).execute()) {
        return response.code();
      }
    }
  }
}
