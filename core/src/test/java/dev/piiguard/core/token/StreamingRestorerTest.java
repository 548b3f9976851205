package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.piiguard.core.redact.TextFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamingRestorerTest {

  private final Tokenizer tokenizer = Tokenizer.withRandomKey();
  private final String token = tokenizer.tokenFor("EMAIL", "john@example.com");

  @Test
  void textThatCannotBeginATokenIsReleasedAtOnce() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    assertThat(restorer.restoreChars("Hello world, nothing to see here.")).isEqualTo("Hello world, nothing to see here.");
    assertThat(restorer.restoreChars("Words like EXAMPLE or email_x stay.")).isEqualTo("Words like EXAMPLE or email_x stay.");
    assertThat(restorer.held()).isZero();
  }

  @Test
  void onlyAPossibleTokenPrefixIsHeldBack() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    assertThat(restorer.restoreChars("Write to EM")).isEqualTo("Write to ");
    assertThat(restorer.held()).isEqualTo(2);
    assertThat(restorer.restoreChars("AIL_")).isEmpty();
    assertThat(restorer.restoreChars(token.substring(6, 10))).isEmpty();
    assertThat(restorer.restoreChars(token.substring(10) + " please")).isEqualTo("john@example.com please");
    assertThat(restorer.held()).isZero();
  }

  @Test
  void heldTextThatDoesNotBecomeATokenIsReleasedWithTheNextChunk() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    assertThat(restorer.restoreChars("EMAIL_abc")).isEmpty();
    assertThat(restorer.restoreChars("1 done")).isEqualTo("EMAIL_abc1 done");
  }

  @Test
  void finishReleasesWhatIsHeldBack() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    assertThat(restorer.restoreUtf8(bytes("bye EMAIL_ab"), 0, 12)).isEqualTo(bytes("bye "));
    assertThat(restorer.finish()).isEqualTo(bytes("EMAIL_ab"));
    assertThat(restorer.finish()).isEmpty();
  }

  @Test
  void tokenSplitAcrossByteChunksInsideMultiByteTextIsRestored() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();
    byte[] reply = bytes("Grüße → " + token + " ✓");
    int split = bytes("Grüße → EMAIL_kq").length;

    byte[] first = restorer.restoreUtf8(reply, 0, split - 1);
    byte[] second = restorer.restoreUtf8(reply, split - 1, reply.length - split + 1);

    assertThat(new String(concat(first, second, restorer.finish()), StandardCharsets.UTF_8))
        .isEqualTo("Grüße → john@example.com ✓");
  }

  @Test
  void jsonFormatWritesRestoredValuesEscaped() {
    String quoted = tokenizer.tokenFor("OTHER", "a\"b");
    StreamingRestorer restorer = tokenizer.streamingRestorer(TextFormat.JSON);

    String released = restorer.restoreChars("{\"m\":\"" + quoted.substring(0, 8)) + restorer.restoreChars(quoted.substring(8) + "\"}");

    assertThat(released + restorer.finishChars()).isEqualTo("{\"m\":\"a\\\"b\"}");
  }

  @Test
  void oneRestorerTakesEitherBytesOrChars() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();
    restorer.restoreChars("a");

    assertThatThrownBy(() -> restorer.restoreUtf8(new byte[1], 0, 1)).isInstanceOf(IllegalStateException.class);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  @Test
  void tailOneLetterShortOfTheLongestTokenIsHeldBack() {
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    assertThat(restorer.restoreChars("x " + token.substring(0, token.length() - 1))).isEqualTo("x ");
    assertThat(restorer.held()).isEqualTo(token.length() - 1);
    assertThat(restorer.restoreChars(token.substring(token.length() - 1))).isEqualTo("john@example.com");
  }

  @Test
  void tokensOfTypesThatStartWithAOrZAreRestoredWhenSplitAfterTheirFirstLetter() {
    String account = tokenizer.tokenFor("ACCOUNT", "12345678");
    String zip = tokenizer.tokenFor("ZIP", "90210");
    StreamingRestorer restorer = tokenizer.streamingRestorer();

    String released =
        restorer.restoreChars("no " + account.substring(0, 1))
            + restorer.restoreChars(account.substring(1) + " in " + zip.substring(0, 1))
            + restorer.restoreChars(zip.substring(1))
            + restorer.finishChars();

    assertThat(released).isEqualTo("no 12345678 in 90210");
  }

  @Test
  void finishingWithTheOtherKindIsRefusedSoNothingHeldIsLost() {
    StreamingRestorer chars = tokenizer.streamingRestorer();
    chars.restoreChars("bye EMAIL_ab");
    StreamingRestorer bytes = tokenizer.streamingRestorer();
    bytes.restoreUtf8(bytes("bye EMAIL_ab"), 0, 12);

    assertThatThrownBy(chars::finish).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(bytes::finishChars).isInstanceOf(IllegalStateException.class);
    assertThat(chars.finishChars()).isEqualTo("EMAIL_ab");
    assertThat(bytes.finish()).isEqualTo(bytes("EMAIL_ab"));
  }
}
