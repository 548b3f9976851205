package dev.piiguard.demo.remote;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat-completions server on loopback that records what it receives and
 * echoes the user's message back, streamed or not, so the demo runs without a key or a network.
 */
public final class EmbeddedAiServer implements AutoCloseable {
  private static final int STREAM_CHUNK_LENGTH = 7;

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ReceivedRequests received = new ReceivedRequests();
  private final ChatCompletionReplies replies = new ChatCompletionReplies(STREAM_CHUNK_LENGTH);

  private EmbeddedAiServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port. */
  public static EmbeddedAiServer start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    EmbeddedAiServer aiServer = new EmbeddedAiServer(server);
    server.createContext("/v1/chat/completions", aiServer::handle);
    server.setExecutor(aiServer.executor);
    server.start();
    return aiServer;
  }

  /**
   * The base URL an OpenAI client takes. It names {@code localhost} rather than an address, so
   * that the agent can be told to treat this host as an AI API ({@code ai-hosts=localhost}).
   */
  public String baseUrl() {
    return "http://localhost:" + server.getAddress().getPort() + "/v1";
  }

  public ReceivedRequests received() {
    return received;
  }

  /**
   * A one-line view of a request body: the user's message of a chat-completion request, or the
   * body itself for anything else.
   */
  public static String describe(String body) {
    try {
      return "user: " + new ChatCompletionReplies(1).parse(body).lastUserMessage();
    } catch (IOException notAChatRequest) {
      return body;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      received.add(body);
      ChatCompletionReplies.ChatRequest request;
      try {
        request = replies.parse(body);
      } catch (IOException notAChatRequest) {
        send(exchange, 400, "application/json", "{\"error\":{\"message\":\"bad request\"}}");
        return;
      }
      if (request.stream()) {
        stream(exchange, request);
      } else {
        send(exchange, 200, "application/json", replies.completion(request));
      }
    }
  }

  private void stream(HttpExchange exchange, ChatCompletionReplies.ChatRequest request) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    for (String event : replies.completionEvents(request)) {
      out.write(event.getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
