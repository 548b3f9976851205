package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "+1 415 555 2671", "+1-415-555-2671", "+14155552671", "+44 20 7946 0958", "+442079460958",
    "+49 30 901820", "+33 1 42 68 53 00", "+46 (0)8 928 571 38", "+41 44 668 18 00"
  })
  void findsValidInternationalNumbersAnywhere(String number) {
    assertThat(Detected.values("PHONE", "reach " + number + " today")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "(415) 555-2671", "415-555-2671", "415.555.2671", "1-415-555-2671", "(212)456-7890",
    "415 555 2671"
  })
  void findsNorthAmericanNumbersAnywhere(String number) {
    assertThat(Detected.values("PHONE", "they said " + number + " yesterday"))
        .containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Tel: 020 7946 0958", "phone 030 901820", "Mobile: 06 12 34 56 78", "call me at 0491 570 156",
    "Fax: 01 42 68 53 00"
  })
  void findsNationalFormatsNearAContextWord(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @Test
  void nationalFormatsWithoutAContextWordAreNotPhones() {
    assertThat(Detected.values("PHONE", "we counted 020 7946 0958 items and 06 12 34 56 78"))
        .isEmpty();
  }

  @Test
  void datesAreNotPhonesEvenNearAPhoneWord() {
    assertThat(Detected.values("PHONE", "Phone call on 2024-05-01, fax sent 01.05.2024 and 05/01/2024"))
        .isEmpty();
  }

  @Test
  void aJsonKeyNamesItsOwnValue() {
    assertThat(Detected.values("PHONE", "{\"phone\":\"020 7946 0958\"}"))
        .containsExactly("020 7946 0958");
    assertThat(Detected.values("PHONE",
        "{\"messages\":[{\"role\":\"user\",\"content\":\"On 12 34 56 78 we met\"}]}"))
        .isEmpty();
  }

  @Test
  void messagesInProseCountAsAPhoneWord() {
    assertThat(Detected.values("PHONE", "stop sending messages to 0688 872 49 99"))
        .containsExactly("0688 872 49 99");
  }

  @Test
  void aContextWordRightAfterTheNumberCounts() {
    assertThat(Detected.values("PHONE", "020 7946 0958 office\n030 901820-Fax"))
        .containsExactly("020 7946 0958", "030 901820");
  }

  @Test
  void extensionsBelongToTheNumber() {
    assertThat(Detected.values("PHONE", "Desk: 415-555-2671x123, or (415) 555-2671 ext. 45"))
        .containsExactly("415-555-2671x123", "(415) 555-2671 ext. 45");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "123-456-7890", // no area code starts with 1
    "+1 415 555", // too short
    "2024-05-01", "12/05/2024", "1,234,567", "v1.2.3", "415-555-26712", "415-555-2671-99",
    "Order 415-55-52671", "+99 123"
  })
  void staysQuietOnNumbersThatAreNotPhones(String text) {
    assertThat(Detected.values("PHONE", "value " + text + " end")).isEmpty();
  }

  @Test
  void invalidInternationalNumbersNeedAContextWord() {
    assertThat(Detected.values("PHONE", "code +1 984 182 0190 here")).isEmpty();
    assertThat(Detected.values("PHONE", "mobile: +1 984 182 0190")).containsExactly("+1 984 182 0190");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+353 1 234 5678", "+358 9 1234567", "+39 02 1234 5678", "+44 (0)20 7946 0958"})
  void findsNumbersWithThreeDigitCountryCodesLeadingZerosAndTrunkPrefixes(String number) {
    assertThat(Detected.values("PHONE", "reach " + number + " today")).containsExactly(number);
  }

  @Test
  void numbersValidInNoRegionAreNotPhonesEvenNearAPhoneWord() {
    assertThat(Detected.values("PHONE", "phone 0000 000 000")).isEmpty();
  }
}
