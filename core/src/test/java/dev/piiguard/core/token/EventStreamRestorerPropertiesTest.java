package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EventStreamRestorerPropertiesTest {

  private static final Tokenizer TOKENIZER =
      Tokenizer.withKey("event-stream-key-0123456789".getBytes(StandardCharsets.US_ASCII));
  private static final List<String> TOKENS =
      List.of(
          TOKENIZER.tokenFor("EMAIL", "john@example.com"),
          TOKENIZER.tokenFor("PAYMENT_CARD", "4111 1111 1111 1111"),
          TOKENIZER.tokenFor("OTHER", "Grüße \"quoted\" \\ ✓"));

  @Property(tries = 300)
  void deltasCarryTheFullyRestoredTextHoweverTextAndBytesAreSplit(
      @ForAll("replies") String reply,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 30) Integer> textCuts,
      @ForAll @IntRange(min = 1, max = 200) int byteChunk)
      throws Exception {
    String stream = EventStreamRestorerTest.openAiStream(0, split(reply, textCuts));
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);

    EventStreamRestorer restorer = TOKENIZER.eventStreamRestorer();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int at = 0; at < bytes.length; at += byteChunk) {
      out.writeBytes(restorer.restoreUtf8(bytes, at, Math.min(byteChunk, bytes.length - at)));
    }
    out.writeBytes(restorer.finish());
    String restored = out.toString(StandardCharsets.UTF_8);

    assertThat(EventStreamRestorerTest.contentOf(restored, data -> {
          var content = data.path("choices").path(0).path("delta").path("content");
          return content.isTextual() ? content.asText() : null;
        }))
        .isEqualTo(TOKENIZER.restore(reply));
    assertThat(EventStreamRestorerTest.events(restored)).hasSameSizeAs(EventStreamRestorerTest.events(stream));
  }

  private static String[] split(String text, List<Integer> cuts) {
    String[] parts = new String[cuts.size() + 1];
    int at = 0;
    for (int i = 0; i < cuts.size(); i++) {
      int end = Math.min(text.length(), at + cuts.get(i));
      parts[i] = text.substring(at, end);
      at = end;
    }
    parts[cuts.size()] = text.substring(at);
    return parts;
  }

  @Provide
  Arbitrary<String> replies() {
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> tokenPrefix =
        token.flatMap(t -> Arbitraries.integers().between(1, t.length() - 1).map(n -> t.substring(0, n)));
    Arbitrary<String> words = Arbitraries.strings().withChars("abcEMAIL_ \n\"\\é✓").ofMaxLength(8);
    return Arbitraries.frequencyOf(Tuple.of(3, token), Tuple.of(1, tokenPrefix), Tuple.of(3, words))
        .list()
        .ofMaxSize(10)
        .map(parts -> String.join("", parts));
  }
}
