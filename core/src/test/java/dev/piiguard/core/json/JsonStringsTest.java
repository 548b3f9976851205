package dev.piiguard.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void plainTextIsCopiedBetweenQuotes() {
    StringBuilder out = new StringBuilder();
    JsonStrings.appendQuoted(out, "order 1234 shipped");
    assertThat(out).hasToString("\"order 1234 shipped\"");
  }

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertThat(JsonStrings.escape("a\"b\\c\nd\re\tf\bg\fh\u0001i\u007Fj"))
        .isEqualTo("a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u007fj");
  }

  @Test
  void lineSeparatorsAndLoneSurrogatesAreEscapedButPairsAreKept() {
    assertThat(JsonStrings.escape("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
    assertThat(JsonStrings.escape("x\u0085y\u009fz\u00a0")).isEqualTo("x\\u0085y\\u009fz\u00a0");
    assertThat(JsonStrings.escape("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
    assertThat(JsonStrings.escape("a\uD83Db")).isEqualTo("a\\ud83db");
    assertThat(JsonStrings.escape("a\uDE00")).isEqualTo("a\\ude00");
  }

  @Property
  void anyTextReadsBackAsItselfAndStaysOnOneLine(@ForAll String text) throws Exception {
    StringBuilder out = new StringBuilder();
    JsonStrings.appendQuoted(out, text);
    String json = out.toString();
    assertThat(json).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029");
    String read = new ObjectMapper().readValue(json.getBytes(StandardCharsets.UTF_8), String.class);
    assertThat(read).isEqualTo(text);
  }
}
