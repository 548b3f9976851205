package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.redact.TextFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import dev.piiguard.core.Finding;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StreamingRestorerPropertiesTest {

  private static final Tokenizer TOKENIZER = Tokenizer.withKey("property-test-key-0123456789".getBytes(StandardCharsets.US_ASCII));
  private static final List<String> TOKENS =
      List.of(
          TOKENIZER.tokenFor("EMAIL", "john@example.com"),
          TOKENIZER.tokenFor("PAYMENT_CARD", "4111 1111 1111 1111"),
          TOKENIZER.tokenFor("US_SSN", "123-45-6789"),
          TOKENIZER.tokenFor("SSN", "078-05-1120"),
          TOKENIZER.tokenFor("OTHER", "Grüße \"quoted\" ✓"));

  @Property(tries = 500)
  void streamingRestoreOfCharsEqualsFullRestoreForAnyChunking(
      @ForAll("replies") String reply, @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> cuts) {
    StreamingRestorer restorer = TOKENIZER.streamingRestorer();
    StringBuilder streamed = new StringBuilder();
    int at = 0;
    for (int cut : cuts) {
      int end = Math.min(reply.length(), at + cut);
      streamed.append(restorer.restoreChars(reply.substring(at, end)));
      at = end;
    }
    streamed.append(restorer.restoreChars(reply.substring(at))).append(restorer.finishChars());

    assertThat(streamed.toString()).isEqualTo(TOKENIZER.restore(reply));
  }

  @Property(tries = 500)
  void streamingRestoreOfBytesEqualsFullRestoreForAnyChunking(
      @ForAll("replies") String reply,
      @ForAll boolean json,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 40) Integer> cuts) {
    TextFormat format = json ? TextFormat.JSON : TextFormat.PLAIN;
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    StreamingRestorer restorer = TOKENIZER.streamingRestorer(format);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    int at = 0;
    for (int cut : cuts) {
      int end = Math.min(bytes.length, at + cut);
      streamed.writeBytes(restorer.restoreUtf8(bytes, at, end - at));
      at = end;
    }
    streamed.writeBytes(restorer.restoreUtf8(bytes, at, bytes.length - at));
    streamed.writeBytes(restorer.finish());

    assertThat(streamed.toByteArray())
        .isEqualTo(TOKENIZER.restore(reply, format).getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void restoringTokenizedTextGivesTheOriginalBack(@ForAll("textsWithValues") List<String> parts) {
    StringBuilder text = new StringBuilder();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i % 2 == 1 && !parts.get(i).isEmpty()) {
        findings.add(new Finding("OTHER", text.length(), text.length() + parts.get(i).length()));
      }
      text.append(parts.get(i));
    }

    String tokenized = TOKENIZER.tokenize(text, findings);

    assertThat(TOKENIZER.restore(tokenized)).isEqualTo(text.toString());
  }

  @Provide
  Arbitrary<List<String>> textsWithValues() {
    Arbitrary<String> plain = Arbitraries.strings().withChars("abc xyz,.\n\"é").ofMaxLength(10);
    Arbitrary<String> value = Arbitraries.strings().withChars("0123456789@.-+ abcdefgé✓\"\\").ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(plain, value).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> replies() {
    Arbitrary<String> token = Arbitraries.of(TOKENS);
    Arbitrary<String> tokenPrefix = token.flatMap(t -> Arbitraries.integers().between(1, t.length() - 1).map(n -> t.substring(0, n)));
    Arbitrary<String> lookalike = Arbitraries.of("EMAIL_", "EMAIL_abcdefghijkl", "US_", "SSN", "PAYMENT", "E", "_", "é", "€", "\uD83D\uDE00");
    Arbitrary<String> words = Arbitraries.strings().withChars("abcxyzEMAILSN_ \n\"").ofMaxLength(8);
    return Arbitraries.frequencyOf(
            Tuple.of(4, token), Tuple.of(2, tokenPrefix), Tuple.of(2, lookalike), Tuple.of(4, words))
        .list()
        .ofMaxSize(16)
        .map(parts -> String.join("", parts));
  }
}
