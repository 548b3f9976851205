package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EventStreamRestorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tokenizer tokenizer = Tokenizer.withRandomKey();
  private final String email = tokenizer.tokenFor("EMAIL", "john@example.com");
  private final String card = tokenizer.tokenFor("PAYMENT_CARD", "4111 1111 1111 1111");

  @Test
  void tokenSplitBetweenTwoOpenAiChatEventsIsRestored() throws Exception {
    String stream =
        openAiStream(0, "Contact ", "EMA", "IL_" + email.substring(6, 11), email.substring(11) + " now.");

    String restored = restoreInOneChunk(stream);

    assertThat(contentOf(restored, EventStreamRestorerTest::openAiContent)).isEqualTo("Contact john@example.com now.");
    assertThat(restored).doesNotContain("EMAIL_");
    assertThat(events(restored)).hasSameSizeAs(events(stream));
    assertThat(restored).endsWith("data: [DONE]\n\n");
  }

  @Test
  void tokenSplitAcrossEventsIsRestoredWhateverTheByteChunks() throws Exception {
    String stream = openAiStream(0, "Card ", card.substring(0, 3), card.substring(3, 20), card.substring(20), ", mail " + email.substring(0, 9), email.substring(9));
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    String whole = restoreInOneChunk(stream);

    for (int chunk = 1; chunk < 40; chunk++) {
      EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int at = 0; at < bytes.length; at += chunk) {
        out.writeBytes(restorer.restoreUtf8(bytes, at, Math.min(chunk, bytes.length - at)));
      }
      out.writeBytes(restorer.finish());
      assertThat(out.toString(StandardCharsets.UTF_8)).as("chunks of %d bytes", chunk).isEqualTo(whole);
    }
    assertThat(contentOf(whole, EventStreamRestorerTest::openAiContent))
        .isEqualTo("Card 4111 1111 1111 1111, mail john@example.com");
  }

  @Test
  void heldTextThatNeverBecomesATokenGoesBackIntoItsEvent() throws Exception {
    String stream = openAiStream(0, "Hello ", "EMAIL_ab");

    String restored = restoreInOneChunk(stream);

    assertThat(restored).isEqualTo(stream);
  }

  @Test
  void eventsWithoutTokensPassByteForByte() throws Exception {
    String stream = openAiStream(0, "Hello", " EMAIL", " world é \\\" ✓");

    assertThat(restoreInOneChunk(stream)).isEqualTo(stream);
  }

  @Test
  void onlyTheEventWithAPossibleTokenPrefixWaitsForTheNextOne() throws Exception {
    String stream = openAiStream(0, "Hello ", "mail EM", "AIL_" + email.substring(6));
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    List<String> events = events(stream);
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();

    String first = released(restorer, events.get(0) + events.get(1));
    String second = released(restorer, events.get(2));
    String third = released(restorer, events.get(3));

    assertThat(events(first)).hasSize(2);
    assertThat(contentOf(first, EventStreamRestorerTest::openAiContent)).isEqualTo("Hello ");
    assertThat(second).isEmpty();
    assertThat(contentOf(third, EventStreamRestorerTest::openAiContent)).isEqualTo("mail john@example.com");
    assertThat(bytes).isNotEmpty();
  }

  @Test
  void anthropicTextDeltasSplitAcrossEventsAreRestored() throws Exception {
    StringBuilder stream = new StringBuilder();
    stream.append("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"content\":[]}}\n\n");
    stream.append("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n");
    for (String text : List.of("Your card is ", card.substring(0, 10), card.substring(10), ". Bye EMA")) {
      stream.append("event: content_block_delta\ndata: ")
          .append(JSON.writeValueAsString(anthropicDelta(0, text)))
          .append("\n\n");
    }
    stream.append(": ping\n\n");
    stream.append("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n");
    stream.append("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");

    String restored = restoreInOneChunk(stream.toString());

    assertThat(contentOf(restored, EventStreamRestorerTest::anthropicText))
        .isEqualTo("Your card is 4111 1111 1111 1111. Bye EMA");
    assertThat(events(restored)).hasSameSizeAs(events(stream.toString()));
    assertThat(restored).contains("event: content_block_stop").endsWith("data: {\"type\":\"message_stop\"}\n\n");
  }

  @Test
  void openAiResponsesApiDeltasSplitAcrossEventsAreRestored() throws Exception {
    StringBuilder stream = new StringBuilder();
    int sequence = 0;
    for (String delta : List.of("Mail ", email.substring(0, 4), email.substring(4, 15), email.substring(15) + "!")) {
      ObjectNode event = JSON.createObjectNode().put("type", "response.output_text.delta").put("item_id", "msg_1")
          .put("output_index", 0).put("content_index", 0).put("delta", delta).put("sequence_number", sequence++);
      stream.append("event: response.output_text.delta\ndata: ").append(JSON.writeValueAsString(event)).append("\n\n");
    }

    String restored = restoreInOneChunk(stream.toString());

    assertThat(contentOf(restored, data -> data.path("delta").asText(null))).isEqualTo("Mail john@example.com!");
    assertThat(dataOf(restored)).extracting(data -> data.get("sequence_number").asInt()).containsExactly(0, 1, 2, 3);
  }

  @Test
  void geminiPartsSplitAcrossEventsAreRestored() throws Exception {
    StringBuilder stream = new StringBuilder();
    for (String text : List.of("Card " + card.substring(0, 5), card.substring(5) + " ok")) {
      ObjectNode event = JSON.createObjectNode();
      ObjectNode candidate = event.putArray("candidates").addObject();
      candidate.putObject("content").put("role", "model").putArray("parts").addObject().put("text", text);
      candidate.put("index", 0);
      stream.append("data: ").append(JSON.writeValueAsString(event)).append("\r\n\r\n");
    }

    String restored = restoreInOneChunk(stream.toString());

    assertThat(contentOf(restored, data -> data.path("candidates").path(0).path("content").path("parts").path(0).path("text").asText(null)))
        .isEqualTo("Card 4111 1111 1111 1111 ok");
  }

  @Test
  void deltasOfTwoChoicesNeverMixTheirText() throws Exception {
    List<String> events = new ArrayList<>();
    events.add(openAiEvent(0, "A says EMA"));
    events.add(openAiEvent(1, "B says IL_"));
    events.add(openAiEvent(0, "IL_" + email.substring(6)));
    String stream = String.join("", events);

    String restored = restoreInOneChunk(stream);

    List<String> choice0 = new ArrayList<>();
    List<String> choice1 = new ArrayList<>();
    for (JsonNode data : dataOf(restored)) {
      JsonNode choice = data.get("choices").get(0);
      (choice.get("index").asInt() == 0 ? choice0 : choice1).add(choice.get("delta").get("content").asText());
    }
    assertThat(String.join("", choice0)).as("split around the other choice's event")
        .isEqualTo("A says john@example.com");
    assertThat(String.join("", choice1)).isEqualTo("B says IL_");
  }

  @Test
  void tokensInOtherStringsAndWholeTextsAreRestoredInPlace() throws Exception {
    String done =
        "event: response.output_text.done\ndata: "
            + JSON.writeValueAsString(
                JSON.createObjectNode()
                    .put("type", "response.output_text.done")
                    .put("text", "Reach " + email + " today")
                    .put("note", "card " + card))
            + "\n\n";

    JsonNode data = dataOf(restoreInOneChunk(done)).get(0);

    assertThat(data.get("text").asText()).isEqualTo("Reach john@example.com today");
    assertThat(data.get("note").asText()).isEqualTo("card 4111 1111 1111 1111");
  }

  @Test
  void crlfLinesCommentsAndMultiLineDataAreHandled() throws Exception {
    String stream =
        "data: {\"choices\":[{\"index\":0,\r\ndata: \"delta\":{\"content\":\"x " + email.substring(0, 7) + "\"}}]}\r\n\r\n"
            + ": keep-alive\r\n\r\n"
            + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + email.substring(7) + "!\"}}]}\r\n\r\n"
            + "data: [DONE]\r\n\r\n";

    String restored = restoreInOneChunk(stream);

    assertThat(contentOf(restored, EventStreamRestorerTest::openAiContent)).isEqualTo("x john@example.com!");
    assertThat(restored).contains(": keep-alive\r\n\r\n").endsWith("data: [DONE]\r\n\r\n").doesNotContain("\n\n");
  }

  @Test
  void streamCutInTheMiddleOfAnEventIsReleasedByFinish() {
    String stream = openAiEvent(0, "Hi " + email) + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Bye " + email;
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);

    String released = new String(restorer.restoreUtf8(bytes, 0, bytes.length), StandardCharsets.UTF_8);
    String rest = new String(restorer.finish(), StandardCharsets.UTF_8);

    assertThat(released).contains("Hi john@example.com").doesNotContain("Bye");
    assertThat(rest).isEqualTo("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Bye john@example.com");
  }

  @Test
  void eventsWithoutDataAndNonJsonDataPassInOrder() throws Exception {
    String stream =
        ": ping\n\n"
            + "data: hello " + email + "\n\n"
            + openAiEvent(0, "mail EM")
            + ": keep-alive\n\n"
            + openAiEvent(0, "AIL_" + email.substring(6))
            + "data: [DONE]\n\n";

    List<String> restored = events(restoreInOneChunk(stream));

    assertThat(restored).hasSize(6);
    assertThat(restored.get(0)).isEqualTo(": ping\n\n");
    assertThat(restored.get(1)).isEqualTo("data: hello john@example.com\n\n");
    assertThat(contentOf(restored.get(2), EventStreamRestorerTest::openAiContent)).isEqualTo("mail ");
    assertThat(restored.get(3)).isEqualTo(": keep-alive\n\n");
    assertThat(contentOf(restored.get(4), EventStreamRestorerTest::openAiContent)).isEqualTo("john@example.com");
    assertThat(restored.get(5)).isEqualTo("data: [DONE]\n\n");
  }

  @Test
  void finishReleasesTheHeldEventAndTheCutOneOnlyOnce() throws Exception {
    String cut = "data: {\"choices\":[{\"index\":0,";
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();

    String released = released(restorer, openAiEvent(0, "Hi EM") + cut);
    String finished = new String(restorer.finish(), StandardCharsets.UTF_8);

    assertThat(released).isEmpty();
    assertThat(finished).isEqualTo(openAiEvent(0, "Hi EM") + cut);
    assertThat(restorer.finish()).isEmpty();
  }

  @Test
  void eventLargerThanOneMebibyteSwitchesTheRestOfTheStreamToPlainRestoring() {
    String held = openAiEvent(0, "Hi EM");
    String padding = "x".repeat(EventStreamRestorer.MAX_EVENT_BYTES);
    String large = "data: {\"content\":\"" + padding + " " + email + " " + email.substring(0, 8);
    String rest = email.substring(8) + " " + card.substring(0, 5);
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();

    String first = released(restorer, held + large);
    String second = released(restorer, rest);
    String last = new String(restorer.finish(), StandardCharsets.UTF_8);

    assertThat(first)
        .startsWith(held + "data: {\"content\":\"" + padding + " john@example.com ")
        .doesNotContain("EMAIL_");
    assertThat(first + second + last)
        .isEqualTo(held + "data: {\"content\":\"" + padding + " john@example.com john@example.com " + card.substring(0, 5));
  }

  @Test
  void heldTextThatStartsNoTokenWithTheNextDeltaStaysInItsOwnEvent() throws Exception {
    List<String> beforeWholeToken = deltas(restoreInOneChunk(openAiStream(0, "Hi EM", email + "!")));
    List<String> beforeAnotherPrefix = deltas(restoreInOneChunk(openAiStream(0, "Hi EM", "EM", "!")));

    assertThat(beforeWholeToken).containsExactly("", "Hi EM", "john@example.com!");
    assertThat(beforeAnotherPrefix).containsExactly("", "Hi EM", "EM", "!");
  }

  @Test
  void rewrittenEventsKeepTheirLineTerminators() {
    assertThat(restoreInOneChunk("data: hello " + email + "\r\n\r\n"))
        .isEqualTo("data: hello john@example.com\r\n\r\n");
    assertThat(restoreInOneChunk("data: hello " + email + "\r\rdata: [DONE]\r\r"))
        .isEqualTo("data: hello john@example.com\r\rdata: [DONE]\r\r");
  }

  private static List<String> deltas(String stream) throws Exception {
    List<String> deltas = new ArrayList<>();
    for (JsonNode data : dataOf(stream)) {
      String content = openAiContent(data);
      if (content != null) {
        deltas.add(content);
      }
    }
    return deltas;
  }

  private String restoreInOneChunk(String stream) {
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
    return released(restorer, stream) + new String(restorer.finish(), StandardCharsets.UTF_8);
  }

  private static String released(EventStreamRestorer restorer, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    return new String(restorer.restoreUtf8(bytes, 0, bytes.length), StandardCharsets.UTF_8);
  }

  static String openAiStream(int choice, String... deltas) throws Exception {
    StringBuilder stream = new StringBuilder();
    stream.append(openAiEvent(choice, ""));
    for (String delta : deltas) {
      stream.append(openAiEvent(choice, delta));
    }
    stream.append("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
    stream.append("data: [DONE]\n\n");
    return stream.toString();
  }

  static String openAiEvent(int choice, String content) {
    ObjectNode event = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "gpt-4o-mini");
    ObjectNode choiceNode = event.putArray("choices").addObject();
    choiceNode.put("index", choice);
    choiceNode.putObject("delta").put("content", content);
    choiceNode.putNull("finish_reason");
    try {
      return "data: " + JSON.writeValueAsString(event) + "\n\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode anthropicDelta(int index, String text) {
    ObjectNode event = JSON.createObjectNode().put("type", "content_block_delta").put("index", index);
    event.putObject("delta").put("type", "text_delta").put("text", text);
    return event;
  }

  static List<String> events(String stream) {
    List<String> events = new ArrayList<>();
    for (String event : stream.split("(?<=\r?\n\r?\n)")) {
      if (!event.isEmpty()) {
        events.add(event);
      }
    }
    return events;
  }

  static List<JsonNode> dataOf(String stream) throws Exception {
    List<JsonNode> data = new ArrayList<>();
    for (String event : events(stream)) {
      StringBuilder json = new StringBuilder();
      for (String line : event.split("\r?\n")) {
        if (line.startsWith("data: ")) {
          json.append(json.length() > 0 ? "\n" : "").append(line.substring(6));
        }
      }
      if (json.length() > 0 && !json.toString().equals("[DONE]")) {
        data.add(JSON.readTree(json.toString()));
      }
    }
    return data;
  }

  static String contentOf(String stream, Function<JsonNode, String> text) throws Exception {
    StringBuilder content = new StringBuilder();
    for (JsonNode data : dataOf(stream)) {
      String part = text.apply(data);
      if (part != null) {
        content.append(part);
      }
    }
    return content.toString();
  }

  private static String openAiContent(JsonNode data) {
    JsonNode content = data.path("choices").path(0).path("delta").path("content");
    return content.isTextual() ? content.asText() : null;
  }

  private static String anthropicText(JsonNode data) {
    JsonNode text = data.path("delta").path("text");
    return text.isTextual() ? text.asText() : null;
  }
}
