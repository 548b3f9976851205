package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.TextFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Values in JSON that is itself the content of a JSON string (tool-call arguments, tool results,
 * structured output): tokenized from their real value and restored escaped as often as they are
 * nested.
 */
class NestedJsonTokensTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "-----BEGIN RSA PRIVATE KEY-----\n"
      + "MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\n"
      + "-----END RSA PRIVATE KEY-----";
  private static final String PASSWORD_VALUE = "Qu0te\"and\\slash!";

  private final Tokenizer tokenizer = Tokenizer.withRandomKey();

  @Test
  void proseThatQuotesAWordComesBackAsItWasSent() {
    // tokenizing added \" around the number, and restoring kept them (review s33c)
    String body = "{\"content\":\"Order \\\"A1\\\" card: 4111111111111111, thanks\"}";
    String tokenized = tokenizer.tokenize(body, PiiScanner.defaults().scan(body), TextFormat.JSON);

    assertThat(tokenized).doesNotContain("4111").doesNotContain("card: \\\"");
    assertThat(tokenizer.restore(tokenized, TextFormat.JSON)).isEqualTo(body);
  }

  @Test
  void aValueRestoredIntoToolCallArgumentsKeepsThemJson() throws Exception {
    String token = tokenizer.tokenFor("SECRET", KEY);
    String reply = toolCallReply(JSON.writeValueAsString(JSON.createObjectNode().put("key", token)));

    for (String restored : new String[] {tokenizer.restore(reply, TextFormat.JSON), streamed(reply)}) {
      String arguments = JSON.readTree(restored).at("/choices/0/message/tool_calls/0/function/arguments").asText();
      assertThat(JSON.readTree(arguments).get("key").asText()).isEqualTo(KEY);
    }
  }

  @Test
  void aValueRestoredTwoStringsDeepOrInProseIsEscapedAsOftenAsItIsNested() throws Exception {
    String token = tokenizer.tokenFor("SECRET", PASSWORD_VALUE);
    ObjectNode innermost = JSON.createObjectNode().put("password", token);
    ObjectNode inner = JSON.createObjectNode().put("payload", JSON.writeValueAsString(innermost))
        .put("note", "he said \"use " + token + "\"");
    ObjectNode outer = JSON.createObjectNode().put("content", JSON.writeValueAsString(inner))
        .put("text", "plain " + token);
    String reply = JSON.writeValueAsString(outer);

    for (String restored : new String[] {tokenizer.restore(reply, TextFormat.JSON), streamed(reply)}) {
      JsonNode outerRead = JSON.readTree(restored);
      JsonNode innerRead = JSON.readTree(outerRead.get("content").asText());
      assertThat(outerRead.get("text").asText()).isEqualTo("plain " + PASSWORD_VALUE);
      assertThat(innerRead.get("note").asText()).isEqualTo("he said \"use " + PASSWORD_VALUE + "\"");
      assertThat(JSON.readTree(innerRead.get("payload").asText()).get("password").asText())
          .isEqualTo(PASSWORD_VALUE);
    }
  }

  @Test
  void proseInAStringThatStartsWithABracketGetsTheValueEscapedOnce() throws Exception {
    String token = tokenizer.tokenFor("ADDRESS", "1 Main St\nSpringfield");
    String reply = JSON.writeValueAsString(JSON.createObjectNode()
        .put("content", "[Ship to \"" + token + "\"] confirmed"));

    for (String restored : new String[] {tokenizer.restore(reply, TextFormat.JSON), streamed(reply)}) {
      assertThat(JSON.readTree(restored).get("content").asText())
          .isEqualTo("[Ship to \"1 Main St\nSpringfield\"] confirmed");
    }
  }

  @Test
  void aKeySentInsideAToolResultIsTokenizedFromItsRealValue() throws Exception {
    String toolResult = JSON.writeValueAsString(JSON.createObjectNode().put("key", KEY));
    ObjectNode message = JSON.createObjectNode().put("role", "tool").put("content", toolResult);
    String request = JSON.writeValueAsString(JSON.createObjectNode().set("messages",
        JSON.createArrayNode().add(message)));

    String sent = tokenizer.tokenize(request, PiiScanner.defaults().scan(request), TextFormat.JSON);
    String token = sent.replaceAll("(?s).*(SECRET_[a-z]{12}).*", "$1");

    assertThat(sent).doesNotContain("MIIEow");
    assertThat(tokenizer.restore("The key is " + token)).isEqualTo("The key is " + KEY);
  }

  private String streamed(String reply) {
    StreamingRestorer restorer = tokenizer.streamingRestorer(TextFormat.JSON);
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int at = 0; at < bytes.length; at += 7) {
      out.append(new String(restorer.restoreUtf8(bytes, at, Math.min(7, bytes.length - at)),
          StandardCharsets.UTF_8));
    }
    return out.append(new String(restorer.finish(), StandardCharsets.UTF_8)).toString();
  }

  private static String toolCallReply(String arguments) throws Exception {
    ObjectNode reply = JSON.createObjectNode();
    reply.putArray("choices").addObject().putObject("message").putArray("tool_calls").addObject()
        .putObject("function").put("name", "save").put("arguments", arguments);
    return JSON.writeValueAsString(reply);
  }
}
