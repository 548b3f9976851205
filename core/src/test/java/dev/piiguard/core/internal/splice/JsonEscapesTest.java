package dev.piiguard.core.internal.splice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonEscapesTest {

  @Test
  void everySingleCharacterEscapeDecodesToItsCharacter() {
    assertThat(decode("a\\bb\\fc\\nd\\re\\tf\\/g\\\"h\\\\i"))
        .isEqualTo("a\bb\fc\nd\re\tf/g\"h\\i");
  }

  @Test
  void unicodeEscapesDecodeToTheirCharactersIncludingNulAndSurrogatePairs() {
    assertThat(decode("j\\u00f6rg")).isEqualTo("jörg");
    assertThat(decode("a\\u0000b")).isEqualTo("a\u0000b");
    assertThat(decode("smile \\ud83d\\ude00!")).isEqualTo("smile \uD83D\uDE00!");
  }

  @Test
  void bytesDecodeLikeChars() {
    byte[] utf8 = "Grüße \\u00e9\\n".getBytes(StandardCharsets.UTF_8);

    assertThat(JsonEscapes.decode(Units.ofUtf8(utf8, 0, utf8.length), 0, utf8.length))
        .isEqualTo("Grüße é\n");
  }

  @Test
  void brokenEscapesDecodeWithoutFailing() {
    assertThat(decode("ends with \\")).isEqualTo("ends with \\");
    assertThat(decode("cut \\u123")).isEqualTo("cut u123");
    assertThat(decode("not hex \\uzzzz")).isEqualTo("not hex uzzzz");
  }

  @Test
  void decodingReadsOnlyTheUnitsOfItsRange() {
    Units units = Units.of("ab\\n");

    assertThat(JsonEscapes.decode(units, 0, 2)).isEqualTo("ab");
    assertThat(JsonEscapes.decode(units, 0, 3)).isEqualTo("ab\\");
    assertThat(JsonEscapes.decode(Units.of("\"x\\u0041\""), 1, 3)).isEqualTo("x\\");
  }

  private static String decode(String content) {
    return JsonEscapes.decode(Units.of(content), 0, content.length());
  }
}
