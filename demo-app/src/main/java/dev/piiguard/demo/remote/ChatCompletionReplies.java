package dev.piiguard.demo.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds OpenAI chat-completion replies that echo the user's last message, as one JSON document or
 * as server-sent events.
 *
 * <p>Echoing is what makes the demo honest: whatever reached the server comes back, so the shopper
 * sees tokens unless the agent restores them, and sees raw values when nothing protected them.
 */
final class ChatCompletionReplies {
  static final String MODEL = "demo-echo-1";
  private static final String REPLY_PREFIX = "Thanks for your message. Here is what I received: ";

  private final ObjectMapper json = new ObjectMapper();
  private final int streamChunkLength;

  ChatCompletionReplies(int streamChunkLength) {
    if (streamChunkLength < 1) {
      throw new IllegalArgumentException("streamChunkLength < 1: " + streamChunkLength);
    }
    this.streamChunkLength = streamChunkLength;
  }

  /** The parsed request, or an exception when it is not a chat-completion request. */
  ChatRequest parse(String body) throws IOException {
    JsonNode root = json.readTree(body);
    JsonNode messages = root.path("messages");
    if (!messages.isArray() || messages.isEmpty()) {
      throw new IOException("request has no messages");
    }
    String lastUserMessage = "";
    for (JsonNode message : messages) {
      if ("user".equals(message.path("role").asText())) {
        lastUserMessage = textOf(message.path("content"));
      }
    }
    return new ChatRequest(lastUserMessage, root.path("stream").asBoolean(false));
  }

  String completion(ChatRequest request) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("id", "chatcmpl-demo");
    root.put("object", "chat.completion");
    root.put("created", 1_764_000_000L);
    root.put("model", MODEL);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.put("content", replyTo(request));
    choice.put("finish_reason", "stop");
    ObjectNode usage = root.putObject("usage");
    usage.put("prompt_tokens", 1);
    usage.put("completion_tokens", 1);
    usage.put("total_tokens", 2);
    return json.writeValueAsString(root);
  }

  /** The reply as server-sent events, cut into small pieces so that values span events. */
  List<String> completionEvents(ChatRequest request) throws IOException {
    String reply = replyTo(request);
    List<String> events = new ArrayList<>();
    for (int start = 0; start < reply.length(); start += streamChunkLength) {
      String piece = reply.substring(start, Math.min(reply.length(), start + streamChunkLength));
      events.add("data: " + chunk(piece, null) + "\n\n");
    }
    events.add("data: " + chunk(null, "stop") + "\n\n");
    events.add("data: [DONE]\n\n");
    return events;
  }

  private String chunk(String content, String finishReason) throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("id", "chatcmpl-demo");
    root.put("object", "chat.completion.chunk");
    root.put("created", 1_764_000_000L);
    root.put("model", MODEL);
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode delta = choice.putObject("delta");
    if (content != null) {
      delta.put("role", "assistant");
      delta.put("content", content);
    }
    if (finishReason == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finishReason);
    }
    return json.writeValueAsString(root);
  }

  private static String replyTo(ChatRequest request) {
    return REPLY_PREFIX + request.lastUserMessage();
  }

  private static String textOf(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    StringBuilder text = new StringBuilder();
    if (content instanceof ArrayNode parts) {
      for (JsonNode part : parts) {
        text.append(part.path("text").asText(""));
      }
    }
    return text.toString();
  }

  record ChatRequest(String lastUserMessage, boolean stream) {}
}
