package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.piiguard.core.EntityTypes;
import dev.piiguard.core.Finding;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;
import dev.piiguard.core.redact.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensAndScannerTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PiiScanner scanner = PiiScanner.defaults();
  private final Tokenizer tokenizer = Tokenizer.withRandomKey();

  @Test
  void tokensOfEveryBuiltInTypeAreNotDetectedAsPersonalData() {
    StringBuilder text = new StringBuilder("Tokens: ");
    for (String type : EntityTypes.builtIn()) {
      for (int i = 0; i < 300; i++) {
        text.append(tokenizer.tokenFor(type, type + " value " + i)).append(i % 2 == 0 ? " " : ", tel ");
      }
    }

    assertThat(scanner.scan(text)).isEmpty();
  }

  @Test
  void placeholdersOfEveryBuiltInTypeAreNotDetectedAsPersonalData() {
    StringBuilder text = new StringBuilder();
    for (String type : EntityTypes.builtIn()) {
      text.append("tel ").append(PlaceholderRedaction.placeholder(type)).append(' ');
    }

    assertThat(scanner.scan(text)).isEmpty();
  }

  @Test
  void scannedTokenizedRequestIsCleanAndTheEchoedReplyRestores() throws Exception {
    byte[] request =
        ("{\"messages\":[{\"role\":\"user\",\"content\":\"I am john.doe@example.com, card 4111 1111 1111 1111,"
                + " IBAN DE89 3704 0044 0532 0130 00, call +1 415 555 2671\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    List<Finding> findings = scanner.scanUtf8(request, 0, request.length);
    assertThat(findings).extracting(Finding::type).contains(EntityTypes.EMAIL, EntityTypes.PAYMENT_CARD, EntityTypes.IBAN);

    byte[] tokenized = tokenizer.tokenizeUtf8(request, 0, request.length, findings, TextFormat.JSON);
    String content = JSON.readTree(tokenized).get("messages").get(0).get("content").asText();

    assertThat(scanner.scanUtf8(tokenized, 0, tokenized.length)).isEmpty();
    byte[] reply = JSON.writeValueAsBytes(JSON.createObjectNode().put("echo", "You said: " + content));
    byte[] restored = tokenizer.restoreUtf8(reply, 0, reply.length, TextFormat.JSON);
    assertThat(JSON.readTree(restored).get("echo").asText())
        .isEqualTo("You said: " + JSON.readTree(request).get("messages").get(0).get("content").asText());
  }
}
