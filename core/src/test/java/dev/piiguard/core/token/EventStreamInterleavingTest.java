package dev.piiguard.core.token;

import static dev.piiguard.core.token.EventStreamRestorerTest.contentOf;
import static dev.piiguard.core.token.EventStreamRestorerTest.dataOf;
import static dev.piiguard.core.token.EventStreamRestorerTest.events;
import static dev.piiguard.core.token.EventStreamRestorerTest.openAiEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens split across events with other events between their halves, streams that end oddly, and
 * values that need care in the event they are restored into.
 */
class EventStreamInterleavingTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Tokenizer tokenizer = Tokenizer.withRandomKey();
  private final String email = tokenizer.tokenFor("EMAIL", "john@example.com");

  @Test
  void eachChoiceOfAnNEqualsTwoStreamRestoresItsOwnSplitToken() throws Exception {
    String card = tokenizer.tokenFor("PAYMENT_CARD", "4111 1111 1111 1111");
    String stream = openAiEvent(0, "A mails " + email.substring(0, 8))
        + openAiEvent(1, "B pays " + card.substring(0, 15))
        + openAiEvent(0, email.substring(8) + " now")
        + openAiEvent(1, card.substring(15) + " today")
        + "data: [DONE]\n\n";

    String restored = restore(stream, stream.length());

    List<Integer> choices = new ArrayList<>();
    StringBuilder first = new StringBuilder();
    StringBuilder second = new StringBuilder();
    for (JsonNode data : dataOf(restored)) {
      JsonNode choice = data.get("choices").get(0);
      choices.add(choice.get("index").asInt());
      (choice.get("index").asInt() == 0 ? first : second).append(choice.get("delta").get("content").asText());
    }
    assertThat(choices).as("events keep their order").containsExactly(0, 1, 0, 1);
    assertThat(first.toString()).isEqualTo("A mails john@example.com now");
    assertThat(second.toString()).isEqualTo("B pays 4111 1111 1111 1111 today");
    assertThat(restored).endsWith("data: [DONE]\n\n");
  }

  @Test
  void anAnthropicPingBetweenTheHalvesOfATokenWaitsAndKeepsItsPlace() throws Exception {
    String ping = "event: ping\ndata: {\"type\": \"ping\"}\n\n";
    String stream = anthropicEvent("Mail " + email.substring(0, 9)) + ping
        + ": keep-alive comment\n\n" + anthropicEvent(email.substring(9) + ", thanks");

    for (int chunk = 1; chunk <= stream.length(); chunk += 7) {
      String restored = restore(stream, chunk);

      assertThat(contentOf(restored, data -> data.path("delta").path("text").asText(null)))
          .as("chunks of %d", chunk).isEqualTo("Mail john@example.com, thanks");
      assertThat(events(restored)).hasSize(4);
      assertThat(events(restored).get(1)).isEqualTo(ping);
    }
  }

  @Test
  void afterSixtyFourWaitingEventsTheHeldOneIsReleasedAsItCame() throws Exception {
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
    StringBuilder released = new StringBuilder(
        released(restorer, openAiEvent(0, "A says " + email.substring(0, 8))));
    for (int i = 0; i < EventStreamRestorer.MAX_WAITING_EVENTS - 1; i++) {
      released.append(released(restorer, openAiEvent(1, "b" + i)));
    }
    assertThat(released).as("all wait behind the held event").isEmpty();

    released.append(released(restorer, openAiEvent(1, "last")));

    assertThat(events(released.toString())).hasSize(EventStreamRestorer.MAX_WAITING_EVENTS + 1);
    assertThat(events(released.toString()).get(0)).contains("A says " + email.substring(0, 8));
    assertThat(restorer.finish()).isEmpty();
  }

  @Test
  void keepAliveCommentsBehindAHeldEventReleaseItAfterSixtyFour() {
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
    StringBuilder released = new StringBuilder(
        released(restorer, openAiEvent(0, "A says " + email.substring(0, 8))));
    for (int i = 0; i < EventStreamRestorer.MAX_WAITING_EVENTS; i++) {
      released.append(released(restorer, ": ping\n\n"));
    }
    assertThat(released).isEmpty();

    released.append(released(restorer, ": ping\n\n"));

    assertThat(events(released.toString())).hasSize(EventStreamRestorer.MAX_WAITING_EVENTS + 2);
    assertThat(events(released.toString()).get(0)).contains("A says " + email.substring(0, 8));
  }

  private static String released(EventStreamRestorer restorer, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    return new String(restorer.restoreUtf8(bytes, 0, bytes.length), StandardCharsets.UTF_8);
  }

  @Test
  void aTokenSplitIntoTheLastEventOfACarriageReturnStreamIsRestored() throws Exception {
    String stream = (openAiEvent(0, "Mail " + email.substring(0, 9))
        + openAiEvent(0, email.substring(9))).replace("\n", "\r");

    String restored = restore(stream, stream.length());

    assertThat(restored).doesNotContain("EMAIL_").endsWith("\r\r");
    assertThat(contentOf(restored.replace("\r", "\n"),
        data -> data.path("choices").path(0).path("delta").path("content").asText(null)))
        .isEqualTo("Mail john@example.com");
  }

  @Test
  void jsonNestedTooDeepForDeltasStillGetsItsValueEscaped() throws Exception {
    String key = tokenizer.tokenFor("SECRET", "line one\nline \"two\"");
    String data = "[".repeat(70) + "\"" + key + "\"" + "]".repeat(70);

    String restored = restore("data: " + data + "\n\n", 1 << 16);

    JsonNode parsed = JSON.readTree(restored.substring("data: ".length()).trim());
    for (int i = 0; i < 70; i++) {
      parsed = parsed.get(0);
    }
    assertThat(parsed.asText()).isEqualTo("line one\nline \"two\"");
  }

  @Test
  void aCarriageReturnInAValueRestoredIntoTextDataEndsADataLineNotTheField() {
    String key = tokenizer.tokenFor("SECRET", "one\rtwo\r\nthree");

    String restored = restore("data: key " + key + "\n\n", 1 << 16);

    assertThat(restored).isEqualTo("data: key one\ndata: two\ndata: three\n\n");
  }

  @Test
  void aToolCallsArgumentsGetTheValueEscapedForTheirOwnJson() throws Exception {
    String key = tokenizer.tokenFor("SECRET", "-----BEGIN KEY-----\nAbC\n-----END KEY-----");
    String arguments = "{\"key\":\"" + key + "\"}";
    String stream = toolCallEvent(arguments.substring(0, 14)) + toolCallEvent(arguments.substring(14));

    String restored = restore(stream, stream.length());

    StringBuilder joined = new StringBuilder();
    for (JsonNode data : dataOf(restored)) {
      joined.append(data.at("/choices/0/delta/tool_calls/0/function/arguments").asText());
    }
    assertThat(JSON.readTree(joined.toString()).get("key").asText())
        .isEqualTo("-----BEGIN KEY-----\nAbC\n-----END KEY-----");
  }

  @Test
  void structuredOutputStreamedAsContentGetsTheValueEscapedForItsJson() throws Exception {
    String address = tokenizer.tokenFor("ADDRESS", "1 Main St\nSpringfield \"North\"");
    String json = "{\"address\":\"" + address + "\"}";
    String stream = openAiEvent(0, json.substring(0, 15)) + openAiEvent(0, json.substring(15));

    String restored = restore(stream, stream.length());

    String content = contentOf(restored, data -> data.path("choices").path(0).path("delta").path("content").asText(null));
    assertThat(JSON.readTree(content).get("address").asText()).isEqualTo("1 Main St\nSpringfield \"North\"");
  }

  @Test
  void responsesApiFunctionCallArgumentsGetTheValueEscapedForTheirJson() throws Exception {
    String key = tokenizer.tokenFor("SECRET", "line one\nline two");
    String arguments = "{\"key\":\"" + key + "\"}";
    String stream = responsesArgumentsEvent(arguments.substring(0, 12))
        + responsesArgumentsEvent(arguments.substring(12));

    String restored = restore(stream, stream.length());

    String joined = contentOf(restored, data -> data.path("delta").asText(null));
    assertThat(JSON.readTree(joined).get("key").asText()).isEqualTo("line one\nline two");
  }

  @Test
  void proseThatStartsWithABracketGetsTheValueAsItIs() throws Exception {
    String address = tokenizer.tokenFor("ADDRESS", "1 Main St\nSpringfield");
    String event = openAiEvent(0, "[Ship to \"" + address + "\"] confirmed");
    String text = "data: [bot] Ship to " + address + "\n\n";

    String restored = restore(event, event.length());

    assertThat(contentOf(restored, data -> data.path("choices").path(0).path("delta").path("content").asText(null)))
        .isEqualTo("[Ship to \"1 Main St\nSpringfield\"] confirmed");
    assertThat(restore(text, text.length()))
        .isEqualTo("data: [bot] Ship to 1 Main St\ndata: Springfield\n\n");
  }

  @Test
  void manyEventsInOneChunkGiveWhatSmallChunksGive() {
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      stream.append(openAiEvent(i % 2, i % 3 == 0 ? email.substring(0, 10) : email.substring(10) + " x"));
    }

    assertThat(restore(stream.toString(), stream.length())).isEqualTo(restore(stream.toString(), 8192));
  }

  private String restore(String stream, int chunk) {
    EventStreamRestorer restorer = tokenizer.eventStreamRestorer();
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int at = 0; at < bytes.length; at += chunk) {
      out.writeBytes(restorer.restoreUtf8(bytes, at, Math.min(chunk, bytes.length - at)));
    }
    out.writeBytes(restorer.finish());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String anthropicEvent(String text) throws Exception {
    ObjectNode event = JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
    event.putObject("delta").put("type", "text_delta").put("text", text);
    return "event: content_block_delta\ndata: " + JSON.writeValueAsString(event) + "\n\n";
  }

  private static String responsesArgumentsEvent(String part) throws Exception {
    ObjectNode event = JSON.createObjectNode().put("type", "response.function_call_arguments.delta")
        .put("item_id", "fc_1").put("output_index", 0).put("delta", part);
    return "event: response.function_call_arguments.delta\ndata: "
        + JSON.writeValueAsString(event) + "\n\n";
  }

  private static String toolCallEvent(String argumentsPart) throws Exception {
    ObjectNode event = JSON.createObjectNode().put("id", "chatcmpl-1");
    ObjectNode delta = event.putArray("choices").addObject().put("index", 0).putObject("delta");
    ArrayNode calls = delta.putArray("tool_calls");
    calls.addObject().put("index", 0).putObject("function").put("arguments", argumentsPart);
    return "data: " + JSON.writeValueAsString(event) + "\n\n";
  }
}
