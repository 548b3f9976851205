package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: scans a text with the built-in detectors as a String, as another CharSequence and
 * as UTF-8 bytes (three separate scan loops), checks all agree, and returns the findings as
 * {@code "TYPE value"} strings.
 */
final class Detected {
  static final ScanEngine ENGINE = ScanEngine.create(true, List.of(), List.of());

  private Detected() {}

  /** Every finding in {@code text}, as {@code "TYPE value"}. */
  static List<String> in(String text) {
    return in(ENGINE, text);
  }

  static List<String> in(ScanEngine engine, String text) {
    List<String> fromChars = new ArrayList<>();
    engine.scan(text, (type, start, end) -> fromChars.add(type + " " + text.substring(start, end)));
    List<String> fromBuilder = new ArrayList<>();
    engine.scan(new StringBuilder(text),
        (type, start, end) -> fromBuilder.add(type + " " + text.substring(start, end)));
    assertThat(fromBuilder).as("CharSequence path agrees with String path").isEqualTo(fromChars);
    List<String> fromBytes = new ArrayList<>();
    byte[] utf8 = ("xy" + text + "z").getBytes(StandardCharsets.UTF_8);
    engine.scanUtf8(utf8, 2, utf8.length - 3, (type, start, end) ->
        fromBytes.add(type + " " + new String(utf8, start, end - start, StandardCharsets.UTF_8)));
    assertThat(fromBytes).as("byte path agrees with char path").isEqualTo(fromChars);
    return fromChars;
  }

  /** The values of the findings of {@code type} in {@code text}. */
  static List<String> values(String type, String text) {
    List<String> values = new ArrayList<>();
    for (String finding : in(text)) {
      if (finding.startsWith(type + " ")) {
        values.add(finding.substring(type.length() + 1));
      }
    }
    return values;
  }
}
