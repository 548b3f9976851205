package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The windows the detectors read around a value are counted in characters, so that a text gives
 * the same findings as a {@code String}, another {@code CharSequence} and UTF-8 bytes, whose
 * non-ASCII characters take one, one or two, and two to four units ({@link Detected} checks the
 * three agree). Found by a fuzzer comparing the three paths (review s25).
 */
class CharacterWindowsTest {

  @Test
  void aPhoneObjectsKeyInCyrillicIsReadToItsQuote() {
    String json = "{\"phone\":{\"\u043d\u0430\u0446\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u044b"
        + "\u0439_number\":\"4085551234\"}}";
    assertThat(Detected.values("PHONE", json)).containsExactly("4085551234");
  }

  @Test
  void onlyJsonWhiteSpaceStandsBetweenAPhoneObjectsKeys() {
    assertThat(Detected.values("PHONE",
        "{\"phone_number\":{ \"national_number\":\"4085551234\"}}")).containsExactly("4085551234");
    // an em space is no JSON white space; read as one before, as chars but not as bytes
    assertThat(Detected.values("PHONE",
        "{\"phone_number\":{\u2003\"national_number\":\"4085551234\"}}")).isEmpty();
  }

  @Test
  void theUserOfAUriIsReadBackToItsSchemeInCharacters() {
    assertThat(Detected.values("EMAIL", "ftp://" + "\u044f".repeat(40) + ":jane@example.com"))
        .isEmpty();
    assertThat(Detected.values("EMAIL", "ftp://" + "\u044f".repeat(70) + ":jane@example.com"))
        .containsExactly("jane@example.com"); // farther than any user is read
  }

  @Test
  void noBreakSpacesBeforeAPasswordsColonCountOneEach() {
    assertThat(Detected.values("SECRET", "pwd \u00a0\u00a0\u00a0\u00a0:x1xxxx"))
        .containsExactly("x1xxxx");
    assertThat(Detected.values("SECRET", "pwd" + "\u00a0".repeat(9) + ":x1xxxx")).isEmpty();
  }

  @Test
  void aVersionOfPhraseIsReadBackInCharacters() {
    assertThat(Detected.values("IP_ADDRESS", "Current version of \u0441\u0445\u0435\u043c\u0430"
        + "\u0441\u0445\u0435\u043c\u0430\u0441\u0445\u0435\u043c\u0430\u0441\u0445\u0435\u043c"
        + "\u0430\u0441\u0445\u0435\u043c\u0430\u0441\u0445: 2.3.1.0")).isEmpty();
  }

  @Test
  void aCountersLabelsAreReadBackInCharacters() {
    assertThat(Detected.values("PAYMENT_CARD", "kafka_log_log_end_offset{topic=\""
        + "\u043c".repeat(150) + "\"} 4111111111111111")).isEmpty();
  }

  @Test
  void anAddressAfterTwoDotsAndALetterFollowsNoEllipsis() {
    // 1.2.3.4...1.2.3.5 is a compare range; here the letter stands where the third dot would
    assertThat(Detected.values("IP_ADDRESS", "see 1..\u0436192.0.2.1"))
        .containsExactly("192.0.2.1");
    assertThat(Detected.values("IP_ADDRESS", "see \u0436192.0.2.1")).containsExactly("192.0.2.1");
    assertThat(Detected.values("IP_ADDRESS", "1.2.3.4...1.2.3.5"))
        .containsExactly("1.2.3.4");
  }
}
