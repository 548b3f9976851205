package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @Test
  void aWordInsideARandomIdOfMixedCaseWithDigitsBetweenItsLettersDoesNotCount() {
    ContextWords words = ContextWords.of("phone", "ph", "ssa", "ssn", "sms", "cel", "tin");
    assertThat(nearestBefore(words, "KsYGbLPNRt8OGNJM27ZbPH   3   1  ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(words, "X0ECqSsaQ2cveOQsV3QKYX   1   2  ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(words, "4Q_gsdrKtpa89cLnc8_sMS   4   1  ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(words, "Dd3fZYB8H9_CeL6EwMJbyy   1   2   ", 24)).isEqualTo(-1);
    assertThat(nearestBeforeInUtf8(words, "tUN6z72xGFN5kcjhTinEV7 ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(words, "6Y9kRyrlkDVbBslPhKeodx   3   1   ", 24))
        .as("one place with digits between letters, and Vb, Ph").isEqualTo(-1);
    assertThat(nearestBefore(words, "yXJWQhMJi8QsKNbqMnR-pH   3   2  ", 24)).isEqualTo(-1);
    assertThat(nearestBefore(ContextWords.strict("ssn"), "BVx7jXZt_SSN_sHHAT1vw5qn ", 24))
        .as("a strict set too").isEqualTo(-1);
    assertThat(nearestBefore(words, "phone: ", 24)).as("a word before the id still counts")
        .isEqualTo(5);
    assertThat(nearestBefore(words, "phone KsYGbLPNRt8OGNJM27ZbPH ", 40)).isEqualTo(5);
  }

  @Test
  void keysOfFormsWithDigitsBetweenTheirWordsStillCount() {
    ContextWords words = ContextWords.of("phone", "mobile", "ssn");
    assertThat(nearestBefore(words, "ctl00_ContentPlaceHolder1_txtPhone\":\"", 24)).isEqualTo(34);
    assertThat(nearestBefore(words, "ctl00_MainContent2_txtMobile=", 24)).isEqualTo(28);
    assertThat(nearestBefore(words, "Guardian1Phone2Mobile\":\"", 24)).isEqualTo(21);
    assertThat(nearestBefore(words, "Applicant2SSN1Value\":\"", 24)).isEqualTo(13);
  }

  @Test
  void keysWithDigitsOrInOneCaseStillCount() {
    ContextWords words = ContextWords.of("phone", "ssn");
    assertThat(nearestBefore(words, "customerPhone: ", 24)).isEqualTo(13);
    assertThat(nearestBefore(words, "phoneNumber=", 24)).isEqualTo(5);
    assertThat(nearestBefore(words, "ssnLast4=", 24)).isEqualTo(3);
    assertThat(nearestBefore(words, "user_SSN=", 24)).isEqualTo(8);
    assertThat(nearestBefore(words, "PHONE_NUMBER=", 24)).isEqualTo(5);
    assertThat(nearestBefore(words, "HomePhone: ", 24)).isEqualTo(9);
    assertThat(nearestBefore(words, "x-phone: ", 24)).isEqualTo(7);
    assertThat(nearestBefore(words, "e164Phone2: ", 24)).isEqualTo(9);
    assertThat(nearestBefore(words, "phone2Mobile: ", 24)).isEqualTo(5);
    assertThat(nearestBefore(words, "HOME_PHONE_2_V3: ", 24)).isEqualTo(10);
    assertThat(nearestBefore(words, "phoneNo2Mobile: ", 24)).isEqualTo(5);
    assertThat(nearestBefore(words, "homePhoneIPv4: ", 24)).isEqualTo(9);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "phone: 1                            | 8",
    "\\\\\\\"phone\\\\\\\": \\\\\\\"1   | 14",
    "T\\u00e9l: 1                       | 6",
    "line\\nphone                       | 10"
  })
  void aWindowCountsAnEscapeAsOneCharacterAndEscapingBackslashesAsNone(String text, int count) {
    Text view = new Text();
    view.reset(text, 0, text.length());
    assertThat(view.decodedLength(0, text.length())).isEqualTo(count);
  }
}
