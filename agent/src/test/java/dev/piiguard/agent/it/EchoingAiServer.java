package dev.piiguard.agent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A loopback stand-in for the OpenAI chat completions and Anthropic messages APIs that answers
 * {@code You said: <last user message>}, whole or as a server-sent-event stream in small pieces
 * (so that tokens are split across events). It records every request body it received.
 */
final class EchoingAiServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PIECE = 5;

  private final HttpServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();

  EchoingAiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/v1/chat/completions", exchange -> answer(exchange, false));
    server.createContext("/v1/messages", exchange -> answer(exchange, true));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<String> received() {
    return List.copyOf(received);
  }

  private void answer(HttpExchange exchange, boolean anthropic) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received.add(body);
    JsonNode request = JSON.readTree(body);
    String reply = "You said: " + lastUserText(request.get("messages"));
    boolean stream = request.path("stream").asBoolean(false);
    if (stream) {
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < reply.length(); i += PIECE) {
          String piece = reply.substring(i, Math.min(reply.length(), i + PIECE));
          out.write(("data: " + chunk(piece) + "\n\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
        out.write(("data: " + finalChunk() + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
      }
      return;
    }
    String json = anthropic ? anthropicMessage(reply) : openAiCompletion(reply);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String lastUserText(JsonNode messages) {
    String text = "";
    for (JsonNode message : messages) {
      if (!"user".equals(message.path("role").asText())) {
        continue;
      }
      JsonNode content = message.get("content");
      if (content.isTextual()) {
        text = content.asText();
      } else {
        StringBuilder parts = new StringBuilder();
        for (JsonNode part : content) {
          parts.append(part.path("text").asText(""));
        }
        text = parts.toString();
      }
    }
    return text;
  }

  private static String openAiCompletion(String reply) throws IOException {
    ObjectNode message = JSON.createObjectNode().put("role", "assistant").put("content", reply);
    ObjectNode choice = JSON.createObjectNode().put("index", 0).put("finish_reason", "stop");
    choice.set("message", message);
    choice.putNull("logprobs");
    ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-1")
        .put("object", "chat.completion").put("created", 1).put("model", "gpt-4o-mini");
    completion.putArray("choices").add(choice);
    completion.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
    return JSON.writeValueAsString(completion);
  }

  private static String anthropicMessage(String reply) throws IOException {
    ObjectNode message = JSON.createObjectNode().put("id", "msg_1").put("type", "message")
        .put("role", "assistant").put("model", "claude-test").put("stop_reason", "end_turn");
    message.putNull("stop_sequence");
    message.putArray("content").addObject().put("type", "text").put("text", reply);
    message.putObject("usage").put("input_tokens", 1).put("output_tokens", 1);
    return JSON.writeValueAsString(message);
  }

  private static String chunk(String piece) throws IOException {
    ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1")
        .put("object", "chat.completion.chunk").put("created", 1).put("model", "gpt-4o-mini");
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.putObject("delta").put("content", piece);
    choice.putNull("finish_reason");
    return JSON.writeValueAsString(chunk);
  }

  private static String finalChunk() throws IOException {
    ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-1")
        .put("object", "chat.completion.chunk").put("created", 1).put("model", "gpt-4o-mini");
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.putObject("delta");
    choice.put("finish_reason", "stop");
    return JSON.writeValueAsString(chunk);
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
