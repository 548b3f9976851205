package dev.piiguard.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

  private static final byte[] KEY = "fingerprint-key-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void fingerprintIsUnpaddedBase64UrlOfAFullHmac() {
    String fingerprint = Fingerprints.withKey(KEY).of("EMAIL", "john@example.com");

    assertThat(fingerprint).matches("[A-Za-z0-9_-]{43}").doesNotContain("john").doesNotContain("example");
  }

  @Test
  void equalValuesGiveEqualFingerprintsUnderOneKey() {
    Fingerprints fingerprints = Fingerprints.withKey(KEY);

    assertThat(fingerprints.of("EMAIL", "john@example.com"))
        .isEqualTo(fingerprints.of("EMAIL", new StringBuilder("john@example.com")))
        .isEqualTo(Fingerprints.withKey(KEY).of("EMAIL", "john@example.com"))
        .isNotEqualTo(fingerprints.of("EMAIL", "jane@example.com"))
        .isNotEqualTo(fingerprints.of("OTHER", "john@example.com"));
  }

  @Test
  void oneValueWrittenInTwoLayoutsHasOneFingerprint() {
    Fingerprints fingerprints = Fingerprints.withKey(KEY);

    assertThat(fingerprints.of("PAYMENT_CARD", "4111 1111 1111 1111"))
        .isEqualTo(fingerprints.of("PAYMENT_CARD", "4111-1111-1111-1111"))
        .isEqualTo(fingerprints.of("PAYMENT_CARD", "4111111111111111"))
        .isNotEqualTo(fingerprints.of("PAYMENT_CARD", "5555555555554444"));
    assertThat(fingerprints.of("US_SSN", "123-45-6789")).isEqualTo(fingerprints.of("US_SSN", "123 45 6789"))
        .isNotEqualTo(fingerprints.of("US_SSN", "123-45-6780"));
    assertThat(fingerprints.of("IBAN", "de89 3704 0044 0532 0130 00"))
        .isEqualTo(fingerprints.of("IBAN", "DE89370400440532013000"));
    assertThat(fingerprints.of("EMAIL", "John@Example.com")).isEqualTo(fingerprints.of("EMAIL", "john@example.com"))
        .isEqualTo(fingerprints.of("EMAIL", "john%40example.com"))
        .isEqualTo(fingerprints.of("EMAIL", "john&#64;example.com"))
        .isEqualTo(fingerprints.of("EMAIL", "john&#X40;example.com"))
        .isEqualTo(fingerprints.of("EMAIL", "john\\u0040example.com"))
        .isEqualTo(fingerprints.of("EMAIL", "john\\\\u0040example.com"));
    assertThat(fingerprints.of("IP_ADDRESS", "2001:DB8::1")).isEqualTo(fingerprints.of("IP_ADDRESS", "2001:db8::1"));
    assertThat(fingerprints.of("PHONE", "+1 (415) 555-2671")).isEqualTo(fingerprints.of("PHONE", "+14155552671"))
        .isNotEqualTo(fingerprints.of("PHONE", "14155552671"));
    assertThat(fingerprints.of("SECRET", "sk_live_AbC")).isNotEqualTo(fingerprints.of("SECRET", "sk_live_abc"));
  }

  @Test
  void otherKeysGiveOtherFingerprints() {
    String fingerprint = Fingerprints.withKey(KEY).of("EMAIL", "john@example.com");

    assertThat(Fingerprints.withRandomKey().of("EMAIL", "john@example.com")).isNotEqualTo(fingerprint);
  }

  @Test
  void fingerprintIsNotTheTokenizersSuffix() {
    Tokenizer tokenizer = Tokenizer.withKey(KEY);
    String token = tokenizer.tokenFor("EMAIL", "john@example.com");

    assertThat(Fingerprints.withKey(KEY).of("EMAIL", "john@example.com")).doesNotContain(token.substring(6));
  }

  @Test
  void shortKeysAreRefused() {
    assertThatThrownBy(() -> Fingerprints.withKey(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key.length < 16: 8");
  }

  @Test
  void everyRandomKeyIsItsOwnAndSixteenByteKeysAreEnough() {
    String first = Fingerprints.withRandomKey().of("EMAIL", "john@example.com");
    String second = Fingerprints.withRandomKey().of("EMAIL", "john@example.com");
    byte[] shortest = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    assertThat(first).isNotEqualTo(second);
    assertThat(Fingerprints.withKey(shortest).of("EMAIL", "john@example.com"))
        .isEqualTo(Fingerprints.withKey(shortest.clone()).of("EMAIL", "john@example.com"))
        .isNotEqualTo(Fingerprints.withKey("0123456789abcdeg".getBytes(StandardCharsets.US_ASCII))
            .of("EMAIL", "john@example.com"));
    assertThatThrownBy(() -> Fingerprints.withKey(new byte[15])).isInstanceOf(IllegalArgumentException.class);
  }
}
