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
        .isEqualTo(Fingerprints.withKey(shortest.clone()).of("EMAIL", "john@example.com"));
  }
}
