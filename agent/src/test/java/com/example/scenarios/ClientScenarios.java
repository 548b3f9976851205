package com.example.scenarios;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An application run in a forked JVM: sends one request per {@code client/action} argument to
 * {@code <base>/<action>/<client>/<tag>} and prints one line per request, {@code OK name status
 * base64(body)} or {@code FAIL name exceptionClass base64(message)}.
 */
public final class ClientScenarios {
  public static final String EMAIL = "jane.canary@example.com";
  public static final String CARD = "4111 1111 1111 1111";
  public static final String BODY = "{\"model\":\"m\",\"prompt\":\"Mail " + EMAIL + " about card " + CARD + " today\"}";

  private static final HttpClient JDK = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final OkHttpClient OKHTTP = new OkHttpClient();

  private ClientScenarios() {}

  public static void main(String[] arguments) throws Exception {
    String base = arguments[0];
    String tag = arguments[1];
    for (int i = 2; i < arguments.length; i++) {
      String name = arguments[i];
      String[] parts = name.split("/");
      String client = parts[0];
      String action = parts[1];
      String url = base + "/" + action + "/" + client + "/" + tag;
      if (action.endsWith("-query")) {
        url += "?customer=jane.canary%40example.com&page=2";
      }
      try {
        byte[] response = send(client, url, BODY.getBytes(StandardCharsets.UTF_8));
        System.out.println("OK " + name + " " + encode(response));
      } catch (Exception e) {
        Throwable failure = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        System.out.println("FAIL " + name + " " + failure.getClass().getName() + " "
            + encode(String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  public static byte[] send(String client, String url, byte[] body) throws Exception {
    switch (client) {
      case "jdk-send": {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer sk-canary-credential")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return JDK.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
      }
      case "jdk-async": {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(new String(body, StandardCharsets.UTF_8))).build();
        return JDK.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).join().body();
      }
      case "jdk-lines": {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(new String(body, StandardCharsets.UTF_8))).build();
        String lines = JDK.send(request, HttpResponse.BodyHandlers.ofLines()).body()
            .collect(Collectors.joining("\n"));
        return lines.getBytes(StandardCharsets.UTF_8);
      }
      case "jdk-stream": {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(new String(body, StandardCharsets.UTF_8))).build();
        try (InputStream in = JDK.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
          return in.readAllBytes();
        }
      }
      case "huc":
      case "huc-fixed": {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        if (client.equals("huc-fixed")) {
          connection.setFixedLengthStreamingMode(body.length);
        }
        try (OutputStream out = connection.getOutputStream()) {
          out.write(body);
        }
        try (InputStream in = connection.getInputStream()) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          in.transferTo(bytes);
          return bytes.toByteArray();
        }
      }
      case "okhttp": {
        Request request = new Request.Builder().url(url).post(new JsonBody(body)).build();
        try (Response response = OKHTTP.newCall(request).execute()) {
          return response.body().bytes();
        }
      }
      case "apache5": {
        try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient apache =
            org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
          org.apache.hc.client5.http.classic.methods.HttpPost post =
              new org.apache.hc.client5.http.classic.methods.HttpPost(url);
          post.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(body,
              org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
          return apache.execute(post, response -> {
            if (response.getCode() != 200) {
              throw new IOException("status " + response.getCode());
            }
            return org.apache.hc.core5.http.io.entity.EntityUtils.toByteArray(response.getEntity());
          });
        }
      }
      case "apache4": {
        try (org.apache.http.impl.client.CloseableHttpClient apache =
            org.apache.http.impl.client.HttpClients.createDefault()) {
          org.apache.http.client.methods.HttpPost post = new org.apache.http.client.methods.HttpPost(url);
          post.setEntity(new org.apache.http.entity.ByteArrayEntity(body,
              org.apache.http.entity.ContentType.APPLICATION_JSON));
          try (org.apache.http.client.methods.CloseableHttpResponse response = apache.execute(post)) {
            if (response.getStatusLine().getStatusCode() != 200) {
              throw new IOException("status " + response.getStatusLine().getStatusCode());
            }
            return org.apache.http.util.EntityUtils.toByteArray(response.getEntity());
          }
        }
      }
      case "okhttp-stream": {
        // a body copied from a stream it is given once, as upload recipes write it: not one-shot
        InputStream in = new ByteArrayInputStream(body);
        okhttp3.RequestBody streamed = new okhttp3.RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.parse("application/json");
          }

          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            sink.writeAll(okio.Okio.source(in));
          }
        };
        try (Response response = OKHTTP.newCall(new Request.Builder().url(url).post(streamed).build()).execute()) {
          return response.body().bytes();
        }
      }
      case "apache5-stream": {
        InputStream in = new ByteArrayInputStream(body);
        try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient apache =
            org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
          org.apache.hc.client5.http.classic.methods.HttpPost post =
              new org.apache.hc.client5.http.classic.methods.HttpPost(url);
          post.setEntity(org.apache.hc.core5.http.io.entity.HttpEntities.create(in::transferTo,
              org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
          return apache.execute(post, response ->
              org.apache.hc.core5.http.io.entity.EntityUtils.toByteArray(response.getEntity()));
        }
      }
      case "apache4-stream": {
        InputStream in = new ByteArrayInputStream(body);
        try (org.apache.http.impl.client.CloseableHttpClient apache =
            org.apache.http.impl.client.HttpClients.createDefault()) {
          org.apache.http.client.methods.HttpPost post = new org.apache.http.client.methods.HttpPost(url);
          org.apache.http.entity.EntityTemplate entity = new org.apache.http.entity.EntityTemplate(in::transferTo);
          entity.setContentType("application/json");
          post.setEntity(entity);
          try (org.apache.http.client.methods.CloseableHttpResponse response = apache.execute(post)) {
            return org.apache.http.util.EntityUtils.toByteArray(response.getEntity());
          }
        }
      }
      case "netty":
        return ReactiveClients.netty(url, body, false);
      case "netty-chunked":
        return ReactiveClients.netty(url, body, true);
      case "webclient":
        return ReactiveClients.webClient(url, body);
      default:
        throw new IllegalArgumentException("unknown client " + client);
    }
  }

  /** A request body built the same way on OkHttp 3, 4 and 5. */
  private static final class JsonBody extends okhttp3.RequestBody {
    private final byte[] bytes;

    JsonBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return MediaType.parse("application/json");
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  static void drain(InputStream in) throws IOException {
    in.transferTo(OutputStream.nullOutputStream());
  }
}
