package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextWordsTest {
  private static final ContextWords PHONE = ContextWords.of("phone", "whatsapp");
  private static final ContextWords ORDER = ContextWords.strict("order", "version");

  private static int nearestBefore(ContextWords words, String text, int window) {
    Text view = new Text();
    view.reset(text, 0, text.length());
    return words.nearestBefore(view, text.length(), window);
  }

  @Test
  void aWindowWithoutLettersIsReadOnlyAsFarAsTheWindow() {
    // JSON escapes are not letters: without the bound every number in a long table of numbers
    // split by \n and \t read the text back to its start
    ReadTrackingText text = new ReadTrackingText("Sum:" + "\\n1234567\\t7654321".repeat(10_000));
    Text view = new Text();
    view.reset(text, 0, text.length());
    assertThat(PHONE.nearestBefore(view, text.length(), 24)).isEqualTo(-1);
    assertThat(text.reads()).isLessThan(200);
  }

  private static int nearestBeforeInUtf8(ContextWords words, String text, int window) {
    byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Text view = new Text();
    view.reset(utf8, 0, utf8.length);
    return words.nearestBefore(view, utf8.length, window);
  }

  @Test
  void accentedLettersAreReadWithoutTheirAccentsInCharsAndInUtf8() {
    ContextWords words = ContextWords.of("tel", "movil", "telefono");
    assertThat(nearestBefore(words, "Tél. : ", 24)).isEqualTo(3);
    assertThat(nearestBeforeInUtf8(words, "Tél. : ", 24)).isEqualTo(4);
    assertThat(nearestBefore(words, "MÓVIL: ", 24)).isEqualTo(5);
    assertThat(nearestBeforeInUtf8(words, "Móvil: ", 24)).isEqualTo(6);
    assertThat(nearestBefore(words, "número de teléfono ", 24)).isEqualTo(18);
    assertThat(nearestBeforeInUtf8(words, "número de teléfono ", 24)).isEqualTo(20);
    assertThat(nearestBefore(words, "Télévision ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(words, "Tæl ", 24)).as("æ stands for no one letter").isEqualTo(-1);
    assertThat(nearestBefore(words, "T×l ", 24)).as("× is no letter").isEqualTo(-1);
  }

  @Test
  void aWindowCountsAnAccentedLetterOnceInUtf8() {
    ContextWords words = ContextWords.of("tel");
    String text = "tel " + "é".repeat(10);
    assertThat(nearestBefore(words, text, 14)).isEqualTo(3);
    assertThat(nearestBeforeInUtf8(words, text, 14)).isEqualTo(3);
    assertThat(nearestBeforeInUtf8(words, text, 9)).isEqualTo(-1);
  }

  @Test
  void everyCamelCasePartAndTheWholeWordCount() {
    assertThat(nearestBefore(PHONE, "{\"phoneNumber\":\"", 24)).isEqualTo(7);
    assertThat(nearestBefore(PHONE, "customerPhone=", 24)).isEqualTo(13);
    assertThat(nearestBefore(PHONE, "WhatsApp: ", 24)).isEqualTo(8);
    assertThat(nearestBefore(PHONE, "phonetic ", 24)).isEqualTo(-1);
  }

  @Test
  void aStrictSetTakesTheWholeWordTheLastPartOrTheFirstPartBeforeAnId() {
    assertThat(nearestBefore(ORDER, "order ", 24)).isEqualTo(5);
    assertThat(nearestBefore(ORDER, "appVersion ", 24)).isEqualTo(10);
    assertThat(nearestBefore(ORDER, "orderId: ", 24)).isEqualTo(5);
    assertThat(nearestBefore(ORDER, "orderNumber: ", 24)).isEqualTo(5);
    assertThat(nearestBefore(ORDER, "orderAccountNumber: ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(ORDER, "orderHost: ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(ORDER, "versionHost: ", 24)).isEqualTo(-1);
  }

  @Test
  void aWordEndsAtAJsonEscape() {
    assertThat(nearestBefore(PHONE, "Name\\nPhone: ", 24)).isEqualTo(11);
    assertThat(nearestBefore(PHONE, "x\\nphone", 24)).isEqualTo(8);
  }
}
