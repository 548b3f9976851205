package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanEngineTest {
  /** How many chars the String loop copies at a time (the size of ScanContext.chunk). */
  private static final int STRING_CHUNK = 4096;

  /** Every finding as {@code "TYPE value"}, from a String, a StringBuilder and UTF-8 bytes. */
  private static List<List<String>> allPaths(ScanEngine engine, String text) {
    List<String> fromString = new ArrayList<>();
    engine.scan(text, (type, start, end) -> fromString.add(type + " " + text.substring(start, end)));
    List<String> fromBuilder = new ArrayList<>();
    engine.scan(new StringBuilder(text),
        (type, start, end) -> fromBuilder.add(type + " " + text.substring(start, end)));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    List<String> fromBytes = new ArrayList<>();
    engine.scanUtf8(utf8, 0, utf8.length, (type, start, end) ->
        fromBytes.add(type + " " + new String(utf8, start, end - start, StandardCharsets.UTF_8)));
    return List.of(fromString, fromBuilder, fromBytes);
  }

  @Test
  void extraSecretFormatsAreFoundWithoutTheBuiltInDetectors() {
    ScanEngine engine = ScanEngine.create(false, List.of(),
        List.of(new SecretFormat("acme-key", "acme_", "a-z0-9", 20, 20, false)));

    assertThat(Detected.in(engine, "jane@example.com acme_abcdefghij0123456789 4111111111111111"))
        .containsExactly("SECRET acme_abcdefghij0123456789");
  }

  @Test
  void aBuiltInMatchWinsOverACustomMatchOfTheSameSpan() {
    ScanEngine engine = ScanEngine.create(true,
        List.of(CustomPattern.of("CONTACT", "[a-z]+@[a-z]+\\.com")), List.of());

    assertThat(Detected.in(engine, "mail jane@example.com now"))
        .containsExactly("EMAIL jane@example.com");
  }

  @Test
  void ofTwoCustomMatchesOfTheSameSpanTheOneListedFirstWins() {
    ScanEngine engine = ScanEngine.create(false,
        List.of(CustomPattern.of("EMPLOYEE", "E-\\d{4}"), CustomPattern.of("ANY_ID", "[A-Z]-\\d+")),
        List.of());

    assertThat(Detected.in(engine, "badge E-1234, ticket T-98765"))
        .containsExactly("EMPLOYEE E-1234", "ANY_ID T-98765");
  }

  @Test
  void aSecretWhosePrefixReachesFartherBackThanOtherValuesStillWinsTheMatchesItOverlaps() {
    // the @ in the prefix is an anchor handled on the way, more than 256 chars after "Qa"
    String prefix = "Qa" + "b".repeat(260) + "@c" + "d".repeat(5) + "_";
    ScanEngine engine = ScanEngine.create(true, List.of(CustomPattern.of("QA", "Qa")),
        List.of(new SecretFormat("long-prefix", prefix, "a-z", 10, 10, false)));

    assertThat(Detected.in(engine, prefix + "abcdefghij end"))
        .containsExactly("SECRET " + prefix + "abcdefghij");
  }

  @Test
  void aColonThatEndsTheInputIsScannedWithoutReadingPastIt() {
    for (String text : List.of("cafe:", "1:", "see fe80::1 and 2001:")) {
      List<String> expected = text.contains("fe80") ? List.of("IP_ADDRESS fe80::1") : List.of();
      assertThat(allPaths(Detected.ENGINE, text)).as(text).containsOnly(expected);
    }
  }

  @Test
  void valuesAtAndAfterTheEndOfTheStringLoopsFirstChunkAreFound() {
    for (int before = STRING_CHUNK - 24; before <= STRING_CHUNK + 24; before++) {
      String text = "lorem ipsum dolor ".repeat(before / 18) + "x".repeat(before % 18)
          + " AKIAIOSFODNN7EXAMPLE jane@example.com 4111 1111 1111 1111 fe80::1";

      assertThat(Detected.in(text)).as("values after %d chars", before).containsExactly(
          "SECRET AKIAIOSFODNN7EXAMPLE", "EMAIL jane@example.com",
          "PAYMENT_CARD 4111 1111 1111 1111", "IP_ADDRESS fe80::1");
    }
  }

  @Test
  void valuesAreFoundInEveryChunkOfALongString() {
    String paragraph = "lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(40);
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      text.append(paragraph).append("mail user").append(i).append("@example.com now ");
      expected.add("EMAIL user" + i + "@example.com");
    }

    assertThat(text.length()).isGreaterThan(5 * STRING_CHUNK);
    assertThat(Detected.in(text.toString())).containsExactlyElementsOf(expected);
  }

  @Test
  void matchesAreReportedWhileTheScanGoesOnNotAllAtTheEnd() {
    String filler = "lorem ipsum dolor sit amet ".repeat(20);
    String text = "jane@example.com " + filler + "bob@example.org " + filler;
    ReadTrackingText chars = new ReadTrackingText(text);
    List<Integer> readWhenReported = new ArrayList<>();

    Detected.ENGINE.scan(chars, (type, start, end) -> readWhenReported.add(chars.farthest()));

    assertThat(readWhenReported).hasSize(2);
    assertThat(readWhenReported.get(0)).as("read when the first e-mail was reported")
        .isLessThan(text.length() - filler.length());
  }
}
