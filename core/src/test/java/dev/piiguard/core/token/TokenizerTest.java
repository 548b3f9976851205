package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.piiguard.core.Finding;
import dev.piiguard.core.redact.TextFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class TokenizerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final Tokenizer tokenizer = Tokenizer.withKey(KEY);

  @Test
  void tokenIsTheTypeAnUnderscoreAndTwelveLowerCaseLetters() {
    assertThat(tokenizer.tokenFor("EMAIL", "john@example.com")).matches("EMAIL_[a-z]{12}");
    assertThat(tokenizer.tokenFor("PAYMENT_CARD", "4111111111111111")).matches("PAYMENT_CARD_[a-z]{12}");
    assertThat(tokenizer.tokenFor("employee-id", "E-1234")).matches("EMPLOYEE_ID_[a-z]{12}");
  }

  @Test
  void sameValueGetsTheSameTokenAndOtherValuesOtherTokens() {
    String first = tokenizer.tokenFor("EMAIL", "john@example.com");

    assertThat(tokenizer.tokenFor("EMAIL", new StringBuilder("john@example.com"))).isEqualTo(first);
    assertThat(tokenizer.tokenFor("EMAIL", "jane@example.com")).isNotEqualTo(first);
    assertThat(tokenizer.tokenFor("OTHER", "john@example.com")).doesNotEndWith(first.substring(6));
  }

  @Test
  void sameKeyGivesTheSameTokensInAnotherTokenizerAndAnotherKeyDoesNot() {
    String token = tokenizer.tokenFor("EMAIL", "john@example.com");

    assertThat(Tokenizer.withKey(KEY).tokenFor("EMAIL", "john@example.com")).isEqualTo(token);
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertThat(Tokenizer.withKey(otherKey).tokenFor("EMAIL", "john@example.com")).isNotEqualTo(token);
    assertThat(Tokenizer.withRandomKey().tokenFor("EMAIL", "john@example.com")).isNotEqualTo(token);
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> Tokenizer.withKey(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key.length < 16: 15");
  }

  @Test
  void tokenizedTextRestoresToTheOriginal() {
    String text = "Hi, I am john@example.com, card 4111 1111 1111 1111, mail john@example.com again.";
    List<Finding> findings =
        List.of(new Finding("EMAIL", 9, 25), new Finding("PAYMENT_CARD", 32, 51), new Finding("EMAIL", 58, 74));

    String tokenized = tokenizer.tokenize(text, findings);

    assertThat(tokenized)
        .doesNotContain("john@example.com")
        .doesNotContain("4111")
        .matches("Hi, I am EMAIL_[a-z]{12}, card PAYMENT_CARD_[a-z]{12}, mail EMAIL_[a-z]{12} again\\.");
    assertThat(tokenizer.restore(tokenized)).isEqualTo(text);
  }

  @Test
  void tokenizedUtf8RestoresToTheOriginal() {
    byte[] utf8 = "Grüße, jörg@example.com!".getBytes(StandardCharsets.UTF_8);
    int start = "Grüße, ".getBytes(StandardCharsets.UTF_8).length;
    int end = start + "jörg@example.com".getBytes(StandardCharsets.UTF_8).length;

    byte[] tokenized = tokenizer.tokenizeUtf8(utf8, 0, utf8.length, List.of(new Finding("EMAIL", start, end)));

    assertThat(new String(tokenized, StandardCharsets.UTF_8)).matches("Grüße, EMAIL_[a-z]{12}!");
    assertThat(tokenizer.restoreUtf8(tokenized, 0, tokenized.length, TextFormat.PLAIN)).isEqualTo(utf8);
  }

  @Test
  void jsonFormatTokenizesTheDecodedValueAndRestoresItEscaped() throws Exception {
    String json = "{\"a\":\"j\\u006fhn@example.com\",\"b\":\"john@example.com\",\"card\":4111111111111111}";
    int aStart = json.indexOf("j\\u006f");
    int bStart = json.indexOf("john@");
    int cardStart = json.indexOf("4111");
    List<Finding> findings =
        List.of(
            new Finding("EMAIL", aStart, aStart + 21),
            new Finding("EMAIL", bStart, bStart + 16),
            new Finding("PAYMENT_CARD", cardStart, cardStart + 16));

    String tokenized = tokenizer.tokenize(json, findings, TextFormat.JSON);

    JsonNode tree = JSON.readTree(tokenized);
    assertThat(tree.get("a").asText()).isEqualTo(tree.get("b").asText()).matches("EMAIL_[a-z]{12}");
    assertThat(tree.get("card").asText()).matches("PAYMENT_CARD_[a-z]{12}");
    JsonNode restored = JSON.readTree(tokenizer.restore(tokenized, TextFormat.JSON));
    assertThat(restored.get("a").asText()).isEqualTo("john@example.com");
    assertThat(restored.get("card").asText()).isEqualTo("4111111111111111");
  }

  @Test
  void jsonRestoreEscapesValuesThatNeedIt() throws Exception {
    String token = tokenizer.tokenFor("OTHER", "say \"hi\"\n\\");

    String restored = tokenizer.restore("{\"m\":\"<" + token + ">\"}", TextFormat.JSON);

    assertThat(JSON.readTree(restored).get("m").asText()).isEqualTo("<say \"hi\"\n\\>");
  }

  @Test
  void tokenInsideALongerWordIsRestored() {
    String token = tokenizer.tokenFor("EMAIL", "john@example.com");

    assertThat(tokenizer.restore("x" + token + "y")).isEqualTo("xjohn@example.comy");
  }

  @Test
  void textThatOnlyLooksLikeATokenIsLeftAlone() {
    tokenizer.tokenFor("EMAIL", "john@example.com");
    String text = "EMAIL_abcdefghijkl and EMAIL_ and PHONE_abcdefghijkl";

    assertThat(tokenizer.restore(text)).isSameAs(text.toString()).isEqualTo(text);
  }

  @Test
  void tokensOfAnotherTokenizerAreNotRestored() {
    Tokenizer other = Tokenizer.withRandomKey();
    String foreign = other.tokenFor("EMAIL", "john@example.com");

    assertThat(tokenizer.restore("to " + foreign)).isEqualTo("to " + foreign);
  }

  @Test
  void vaultDropsTheLeastRecentlyUsedTokenBeyondItsCapacity() {
    Tokenizer small = Tokenizer.builder().key(KEY).vaultCapacity(2).build();
    String first = small.tokenFor("EMAIL", "a@example.com");
    String second = small.tokenFor("EMAIL", "b@example.com");
    assertThat(small.restore(first)).isEqualTo("a@example.com");

    String third = small.tokenFor("EMAIL", "c@example.com");

    assertThat(small.vaultSize()).isEqualTo(2);
    assertThat(small.restore(second)).isEqualTo(second);
    assertThat(small.restore(first + " " + third)).isEqualTo("a@example.com c@example.com");
    assertThat(small.tokenFor("EMAIL", "b@example.com")).isEqualTo(second);
    assertThat(small.restore(second)).isEqualTo("b@example.com");
  }

  @Test
  void vaultDropsOldTokensBeyondItsCharBound() {
    Tokenizer small = Tokenizer.builder().key(KEY).vaultMaxChars(30).build();
    String first = small.tokenFor("EMAIL", "aaaaaaaaaa@example.com");
    String second = small.tokenFor("EMAIL", "bbbbbbbbbb@example.com");
    String huge = small.tokenFor("OTHER", "x".repeat(31));

    assertThat(small.restore(first)).isEqualTo(first);
    assertThat(small.restore(second)).isEqualTo("bbbbbbbbbb@example.com");
    assertThat(small.restore(huge)).isEqualTo(huge);
  }

  @Test
  void differentValuesNeverShareASuffixInTheVault() {
    TokenVault vault = new TokenVault(10, 100);

    assertThat(vault.remember("abcdefghijkl", "EMAIL", "a@example.com")).isEqualTo(TokenVault.Outcome.REMEMBERED);
    assertThat(vault.remember("abcdefghijkl", "EMAIL", "a@example.com")).isEqualTo(TokenVault.Outcome.REMEMBERED);
    assertThat(vault.remember("abcdefghijkl", "EMAIL", "b@example.com")).isEqualTo(TokenVault.Outcome.TAKEN);
    assertThat(vault.remember("abcdefghijkl", "PHONE", "a@example.com")).isEqualTo(TokenVault.Outcome.TAKEN);
  }

  @Test
  void tokensHoldNothingThatLooksLikeAnEmailPhoneCardOrKey() {
    for (int i = 0; i < 2_000; i++) {
      String token = tokenizer.tokenFor("EMAIL", "user" + i + "@example.com");
      assertThat(token.chars().noneMatch(Character::isDigit)).isTrue();
      assertThat(token).doesNotContain("@").doesNotContain(".").doesNotContain("-");
    }
  }

  @Test
  void tokensAreSpreadOverTheLetters() {
    int[] counts = new int[26];
    for (int i = 0; i < 2_000; i++) {
      String token = tokenizer.tokenFor("EMAIL", "user" + i + "@example.com");
      token.substring(6).chars().forEach(c -> counts[c - 'a']++);
    }
    assertThat(Arrays.stream(counts).min().getAsInt()).isGreaterThan(24_000 / 26 / 2);
  }

  @Test
  void tokenLettersAreTheFirstSixtyFourBitsOfTheHmacInBaseTwentySix() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    long number =
        ByteBuffer.wrap(mac.doFinal("EMAIL\0john@example.com".getBytes(StandardCharsets.UTF_8))).getLong();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      letters.insert(0, (char) ('a' + Long.remainderUnsigned(number, 26)));
      number = Long.divideUnsigned(number, 26);
    }

    assertThat(tokenizer.tokenFor("EMAIL", "john@example.com")).isEqualTo("EMAIL_" + letters);
  }

  @Test
  void everyRandomKeyIsItsOwn() {
    String first = Tokenizer.withRandomKey().tokenFor("EMAIL", "john@example.com");
    String second = Tokenizer.withRandomKey().tokenFor("EMAIL", "john@example.com");
    String allZeroKey = Tokenizer.withKey(new byte[32]).tokenFor("EMAIL", "john@example.com");

    assertThat(first).isNotEqualTo(second).isNotEqualTo(allZeroKey);
  }

  @Test
  void sixteenByteKeysAreEnough() {
    byte[] key = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    String token = Tokenizer.withKey(key).tokenFor("EMAIL", "john@example.com");

    assertThat(token).matches("EMAIL_[a-z]{12}")
        .isEqualTo(Tokenizer.withKey(key.clone()).tokenFor("EMAIL", "john@example.com"))
        .isNotEqualTo(Tokenizer.withKey("0123456789abcdeg".getBytes(StandardCharsets.US_ASCII))
            .tokenFor("EMAIL", "john@example.com"));
  }

  @Test
  void aValueLargerThanTheWholeVaultGetsATokenThatIsNeverRestored() {
    Tokenizer small = Tokenizer.builder().key(KEY).vaultMaxChars(10).build();

    String token = small.tokenFor("SECRET", "longer than ten chars");

    assertThat(token).startsWith("SECRET_");
    assertThat(small.restore("key " + token)).isEqualTo("key " + token);
  }

  @Test
  void aVaultEntryNeverShowsItsValue() {
    assertThat(new TokenVault.Entry("EMAIL", "john@example.com").toString())
        .isEqualTo("Entry[type=EMAIL, value=(16 chars)]").doesNotContain("john");
  }

  @Test
  void vaultBoundsOfOneAreAllowed() {
    Tokenizer oneToken = Tokenizer.builder().key(KEY).vaultCapacity(1).build();
    Tokenizer oneChar = Tokenizer.builder().key(KEY).vaultMaxChars(1).build();

    assertThat(oneToken.restore(oneToken.tokenFor("EMAIL", "a@example.com"))).isEqualTo("a@example.com");
    assertThat(oneChar.restore(oneChar.tokenFor("OTHER", "x"))).isEqualTo("x");
    assertThatThrownBy(() -> Tokenizer.builder().vaultCapacity(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vaultCapacity < 1: 0");
    assertThatThrownBy(() -> Tokenizer.builder().vaultMaxChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vaultMaxChars < 1: 0");
  }

  @Test
  void valuesThatFillTheCharBoundExactlyAreAllKept() {
    Tokenizer small = Tokenizer.builder().key(KEY).vaultMaxChars(30).build();
    String first = small.tokenFor("OTHER", "a".repeat(15));
    String second = small.tokenFor("OTHER", "b".repeat(15));
    Tokenizer exact = Tokenizer.builder().key(KEY).vaultMaxChars(30).build();
    String whole = exact.tokenFor("OTHER", "c".repeat(30));

    assertThat(small.restore(first + " " + second)).isEqualTo("a".repeat(15) + " " + "b".repeat(15));
    assertThat(exact.restore(whole)).isEqualTo("c".repeat(30));
  }
}
