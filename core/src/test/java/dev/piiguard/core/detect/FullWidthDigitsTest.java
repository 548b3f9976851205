package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed in full-width digits, as Japanese, Chinese and Korean input methods write them. */
class FullWidthDigitsTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "電話番号：%s", "電話番号は%sです", "携帯：%s までご連絡ください", "TEL %s", "お電話 %s"
  })
  void findsAJapanesePhoneNumberInFullWidthDigitsAfterAPhoneWord(String template) {
    for (String phone : new String[] {"０９０－１２３４－５６７８", "０９０ー１２３４ー５６７８",
        "０３－１２３４－５６７８", "０９０１２３４５６７８"}) {
      assertThat(Detected.in(template.formatted(phone))).as(phone).containsExactly("PHONE " + phone);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"＋８１　９０－１２３４－５６７８", "+８１ ９０ １２３４ ５６７８",
      "（４１５）５５５－２６７１"})
  void findsInternationalAndNorthAmericanNumbersWithoutAPhoneWord(String phone) {
    assertThat(Detected.in("連絡先 " + phone + " です")).containsExactly("PHONE " + phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"４１１１ １１１１ １１１１ １１１１", "４１１１－１１１１－１１１１－１１１１",
      "４１１１１１１１１１１１１１１１", "５５５５　５５５５　５５５５　４４４４"})
  void findsACardNumberInFullWidthDigits(String card) {
    assertThat(Detected.in("カード番号：" + card + "でお願いします"))
        .containsExactly("PAYMENT_CARD " + card);
  }

  @Test
  void findsAnSsnAndAnIpAddressInFullWidthDigits() {
    assertThat(Detected.in("SSN: ０７８－０５－１１２０")).containsExactly("US_SSN ０７８－０５－１１２０");
    assertThat(Detected.in("IP：１９２．０．２．４４")).containsExactly("IP_ADDRESS １９２．０．２．４４");
  }

  @Test
  void aNumberWithFullWidthAndAsciiDigitsIsFoundOnceAndAsciiValuesAroundStayAsTheyWere() {
    String text = "mail jane@example.com, 電話：０９０－１２３４－５６７８, card 4111 1111 1111 1111, "
        + "携帯：０８０－９８７６－５４３２";

    assertThat(Detected.in(text)).containsExactly("EMAIL jane@example.com",
        "PHONE ０９０－１２３４－５６７８", "PAYMENT_CARD 4111 1111 1111 1111",
        "PHONE ０８０－９８７６－５４３２");
  }

  @ParameterizedTest
  @ValueSource(strings = {"注文番号：１２３４５６７８", "価格：１，２８０円", "２０２４年５月１日",
      "数量 ３ 個", "４１１１ １１１１ １１１１ １１１２", "第１２３４５６７８９号",
      "ポイント ０９０１２３４５６７８"})
  void staysQuietOnOrdinaryFullWidthNumbers(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @Test
  void aControlCharacterThatSharesAFullWidthDigitsLowByteIsNoNumber() {
    assertThat(Detected.in("a\u0011b \u0010 4111 1111 1111 1111")).containsExactly(
        "PAYMENT_CARD 4111 1111 1111 1111");
  }

  @Test
  void cjkTextWhoseCharsShareTheLowBytesOfFullWidthDigitsStaysQuiet() {
    // U+4E11, U+4F10, U+5B19: low bytes 0x11, 0x10, 0x19; U+9F90 in UTF-8 is E9 BE 90
    assertThat(Detected.in("丑 伐 嬙 龐 電話番号")).isEmpty();
  }

  @Test
  void findsFullWidthNumbersWrittenAsJsonEscapesAsPythonWritesThem() {
    String phone = escaped("\uff10\uff19\uff10\uff0d\uff11\uff12\uff13\uff14\uff0d\uff15\uff16\uff17\uff18");
    String card = escaped("\uff14\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11\u3000"
        + "\uff11\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11");
    String label = escaped("\u96fb\u8a71\u756a\u53f7\uff1a");

    assertThat(Detected.in("{\"message\": \"" + label + phone + "\"}"))
        .containsExactly("PHONE " + phone);
    assertThat(Detected.in("{\"card\": \"" + card + "\"}")).containsExactly("PAYMENT_CARD " + card);
    String nested = phone.replace("\\u", "\\\\u");
    assertThat(Detected.in("{\"body\": \"{\\\"message\\\": \\\"" + label.replace("\\u", "\\\\u")
        + nested + "\\\"}\"}")).containsExactly("PHONE " + nested);
  }

  @Test
  void anEscapedFullWidthOrdinaryNumberStaysQuiet() {
    assertThat(Detected.in("{\"message\": \"" + escaped("\u6ce8\u6587\u756a\u53f7\uff1a"
        + "\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18") + "\"}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"０９０―１２３４―５６７８", "０９０─１２３４─５６７８"})
  void findsANumberWhoseGroupsAreJoinedByOtherDashes(String phone) {
    assertThat(Detected.in("電話番号：" + phone)).containsExactly("PHONE " + phone);
  }

  @Test
  void findsASecondNumberListedAfterAnIdeographicComma() {
    assertThat(Detected.in("電話番号：０９０－１２３４－５６７８、０８０－９８７６－５４３２"))
        .containsExactly("PHONE ０９０－１２３４－５６７８", "PHONE ０８０－９８７６－５４３２");
  }

  @Test
  void businessHoursAfterAFullWidthNumberAreNotPartOfIt() {
    assertThat(Detected.in("TEL：０３－１２３４－５６７８（１０：００～１８：００）"))
        .containsExactly("PHONE ０３－１２３４－５６７８");
  }

  /** The text with every character above ASCII written as a JSON unicode escape. */
  private static String escaped(String text) {
    StringBuilder json = new StringBuilder();
    for (char c : text.toCharArray()) {
      json.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return json.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uff11:", "\uff11\u30001", "\uff11@", "\uff10\uff19\uff10\uff0d"})
  void numbersCloseTogetherAreCopiedOnceNotOncePerNumber(String unit) {
    // each full-width digit copied the 64 characters around it again and scanned the copy (review
    // s25: 9,000 chars of "１:" took 0.4 s); a run of close numbers is copied and scanned once
    String text = unit.repeat(20_000 / unit.length());
    ReadTrackingText tracked = new ReadTrackingText(text);
    Detected.ENGINE.scan(tracked, (type, start, end) -> { });
    assertThat((double) tracked.reads() / text.length()).isLessThan(40); // was 129 to 186
  }
}
