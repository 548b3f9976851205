package dev.piiguard.agent.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A loopback HTTP server that records every request it receives and answers by echoing the
 * request body back (as JSON, or as a server-sent-event stream for paths containing {@code /sse},
 * with status 400 for paths containing {@code error-reply}), or with a redirect ({@link #REDIRECT}).
 */
final class RecordingServer implements AutoCloseable, org.junit.jupiter.api.extension.AfterAllCallback {
  /** Requests to {@code /redirect-to/PATH} get {@code 307} to {@code /PATH}. */
  static final String REDIRECT = "/redirect-to/";

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

  /**
   * A started server for a test class, closed after its tests:
   * {@code @RegisterExtension static final RecordingServer server = RecordingServer.started();}.
   */
  static RecordingServer started() {
    try {
      return new RecordingServer();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
    close();
  }

  RecordingServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The first request to {@code /unauthorized-once/PATH} gets {@code 401}; later ones are echoed. */
  static final String UNAUTHORIZED_ONCE = "/unauthorized-once/";
  /** Paths under this answer their first request with a 503 and {@code Retry-After: 0}. */
  static final String UNAVAILABLE_ONCE = "/unavailable-once/";

  private final java.util.Set<String> unavailableOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private void handle(HttpExchange exchange) throws IOException {
    if (exchange.getRequestURI().getRawPath().startsWith("/large")) {
      countLargeBody(exchange);
      return;
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    String contentLength = exchange.getRequestHeaders().getFirst("Content-Length");
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(), body, contentLength, encoding,
        Map.copyOf(exchange.getRequestHeaders())));
    byte[] echoed = "gzip".equalsIgnoreCase(encoding)
        ? new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes() : body;
    String path = exchange.getRequestURI().getRawPath();
    if (path.startsWith(UNAVAILABLE_ONCE) && unavailableOnce.add(path)) {
      // the first request to such a path is told to come again at once: clients retry it
      exchange.getResponseHeaders().add("Retry-After", "0");
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    if (path.startsWith(UNAUTHORIZED_ONCE) && unavailableOnce.add(path)) {
      // the first request to such a path must sign in: OkHttp's authenticator sends it again
      exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"shop\"");
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
      return;
    }
    if (path.startsWith(REDIRECT)) {
      // a temporary redirect, which keeps the method and the body, to the rest of the path
      exchange.getResponseHeaders().add("Location", path.substring(REDIRECT.length() - 1));
      exchange.sendResponseHeaders(307, -1);
      exchange.close();
      return;
    }
    if (path.contains("sse")) {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        String text = new String(echoed, StandardCharsets.UTF_8);
        for (String piece : pieces(text, 7)) {
          String json = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + jsonEscape(piece) + "\"}}]}";
          out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    if (path.contains("gzip-reply")) {
      // the reply gzip'd, as servers send it to clients that accept it
      java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
        gzip.write(echoed);
      }
      echoed = zipped.toByteArray();
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
    }
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    // paths with "error-reply": the echo as a client error, as an API quotes bad input
    int status = path.contains("error-reply") ? 400 : 200;
    exchange.sendResponseHeaders(status, echoed.length == 0 ? -1 : echoed.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(echoed);
    }
  }

  /** Counts a huge body without keeping it, and answers with the count. */
  private void countLargeBody(HttpExchange exchange) throws IOException {
    long count = 0;
    byte[] buffer = new byte[65536];
    try (java.io.InputStream in = exchange.getRequestBody()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        count += n;
      }
    }
    received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
        null, new byte[0], exchange.getRequestHeaders().getFirst("Content-Length"), null, Map.of()));
    byte[] answer = String.valueOf(count).getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static List<String> pieces(String text, int size) {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < text.length(); i += size) {
      pieces.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return pieces;
  }

  static String jsonEscape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Every request received so far. */
  List<Received> received() {
    return new ArrayList<>(received);
  }

  /** The requests received on paths starting with {@code prefix}. */
  List<Received> receivedOn(String prefix) {
    List<Received> matching = new ArrayList<>();
    for (Received request : received) {
      if (request.path().startsWith(prefix)) {
        matching.add(request);
      }
    }
    return matching;
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  /** One request as the server saw it. */
  record Received(String method, String path, String rawQuery, byte[] body, String contentLength,
      String contentEncoding, Map<String, List<String>> headers) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
