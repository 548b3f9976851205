package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCardDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111111", "4222000000006", "4000000000000000006", // Visa 16, 13, 19
    "5555555555554444", "2223000000000007", "2720000000000005", // Mastercard incl. 2-series
    "378282246310005", "6011000000000004", "6445000000000000", "6500000000000000003", // Amex, Discover
    "30569309025904", "3530000000000003", "3589000000000003", "180000000000002", // Diners, JCB
    "213100000000001", "62000000000000000", "501800000009", "6759000000000000", // JCB, UnionPay, Maestro
    "2200000000000004", "6070000000000002", "5089000000000003" // Mir, RuPay
  })
  void findsEveryBrandInItsLengths(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "card " + number + " exp 12/29"))
        .containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[settlement] batch 0042 closed: rrns=633012004410,633012004411", // retrieval reference numbers
    "23851234567890123,6312345678901,18234,412,127.40", // an ad id in a CSV export
    "id=4222000000006 status=ok", "501800000009"
  })
  void twelveOrThirteenDigitsWrittenTogetherAreACardOnlyNearACardWord(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
    String number = text.replaceAll(".*?(?<!\\d)(\\d{12,13})\\b.*", "$1");
    assertThat(Detected.values("PAYMENT_CARD", "Visa " + number)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "FP CC VI4111111111111111/0828*CV/AAPS1OK/P1 | 4111111111111111",
    "FOP-AX378282246310005\u20210927*Z123456 | 378282246310005",
    "5-*CA5555555555554444\u00a512/28 | 5555555555554444"
  })
  void aCardGluedToTheCardCodeOfAReservationSystemIsFound(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("PAYMENT_CARD", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "%B4111111111111111^DOE/JANE^2812101000000000000? | 4111111111111111",
    "swipe: track1=%B5555555555554444^SMITH/JOHN^2712? track2=;5555555555554444=2712? | 5555555555554444 5555555555554444",
    "\"track1\":\"%B4222222222222^DOE/JANE^2812\" | 4222222222222",
    "%B6759649826438453^MUSTERMANN/MAX^2812? | 6759649826438453"
  })
  void readsTheCardNumberOfATrackOne(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("PAYMENT_CARD", parts[0])).containsExactly(parts[1].split(" "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "%B4111111111111112^DOE/JANE^2812?", "%B4111111111111111 is no track", "%B123456789012^X^",
    "/search?q=%C3%A9t%C3%A9+2024&page=%B412", "%B41111111111111111111^DOE/JANE^2812?"
  })
  void aTrackOneStartBeforeNoCardNumberIsNothing(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "+49 30 1234567 4111 1111 1111 1111 | PHONE +49 30 1234567 | PAYMENT_CARD 4111 1111 1111 1111",
    "Tel 030 4111 1111 1111 1111 | PAYMENT_CARD 4111 1111 1111 1111 |",
    "call 415 555 2671 5555 5555 5555 4444 | PHONE 415 555 2671 | PAYMENT_CARD 5555 5555 5555 4444"
  })
  void aPhoneNumberBeforeACardDoesNotTakeTheCardsFirstGroup(String text, String first, String second) {
    List<String> expected = second == null ? List.of(first) : List.of(first, second);
    assertThat(Detected.in(text)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://shop.example/pay?q=card%3A4111111111111111&x=1", "q=my%20card%204111111111111111",
    "data=%7B%22pan%22%3A%224111111111111111%22%7D", "next=%2Fpay%3Fcard%3D4111111111111111",
    "q=card%0A4111111111111111", "q=card%C3%A94111111111111111"
  })
  void findsACardAfterAPercentEncodedByte(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111111111111111");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Tag 57: 4111111111111111D25122010000000000000F", "DE035=4111111111111111D2512101",
    "\"track2EquivalentData\":\"4111111111111111D2512201\"", "card 4111111111111111D"
  })
  void findsTheCardOfEmvTrackTwoEquivalentData(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111111111111111");
  }

  @ParameterizedTest
  @ValueSource(strings = {"002:4111111111111111", "DE 035:4111111111111111", "[002]:4111111111111111 x"})
  void findsACardAfterTheNumberOfAnIsoField(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111111111111111");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "card 4111111111111111-1225 | 4111111111111111",
    "4111111111111111-12/25-123 | 4111111111111111",
    "card 4111-1111-1111-1111-123 | 4111-1111-1111-1111",
    "card 3782-822463-10005-1234 | 3782-822463-10005"
  })
  void aDashAndMoreDigitsAfterACardKeepTheCard(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"card\":{\"holder\":\"Jane Doe\",\"number\":\"4222222222222\"}} | 4222222222222",
    "{\"number\":\"6205500000000000004\",\"cvc\":\"123\"} | 6205500000000000004",
    "{\"paymentMethod\":{\"type\":\"scheme\",\"number\":\"6205500000000000004\"}} | 6205500000000000004",
    "{\"PrimaryAccountNumber\":\"6205500000000000004\"} | 6205500000000000004",
    "6205500000000000004 exp 12/30 cvv 123 | 6205500000000000004",
    "5018008246289, 12/30 | 5018008246289"
  })
  void aBareCardOfAnUncommonLengthCountsWhenTheTextSaysItIsACard(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"number\":\"6205500000000000004\"}", "{\"id\":1790000000000000000,\"number\":\"4222222222222\"}",
    "%B4111111111111111 then %C3%A9", "time 12:30:4111111111111112",
    "card 6759-4454-8006-930322"
  })
  void anUncommonLengthOrAnEncodedByteAloneMakesNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"VI4111111111111112", "XY4111111111111111", "AX12345", "NAVI4111111111111111"})
  void aNumberGluedToOtherLettersOrFailingLuhnIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @Test
  void twelveOrThirteenDigitsInGroupsAreACardWithoutACardWord() {
    assertThat(Detected.values("PAYMENT_CARD", "reader: 5018 0000 0009 ok")).containsExactly("5018 0000 0009");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005", "5018 0000 0009",
    "4000 0000 0000 0000 006"
  })
  void findsGroupedNumbers(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "paid with " + number + ".")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "3056 930009 020004", "3622 720627 1667", "4222 2222 22222", "6799 9901 0000 0000 019",
    "3056-930009-020004", "5018 4217 6163 18"
  })
  void findsNumbersInTheLayoutsOfCardsAndPaymentForms(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "value " + number + " end")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4445 658 148385 174466", "3034 57238 98022", "4539 148803 436467", "5500 000000 000004",
    "4111 11111 11111 11110", "4539-148803-436467", "3929 172259 93766", "3530 111333 300000"
  })
  void numbersListedInOtherLayoutsAreNoCard(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "tokens 17 " + number + " 42")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"card 4539 148803 436467", "Visa: 4445 658 148385 174466",
    "4539 148803 436467 exp 09/28", "4539 148803 436467 09/28"})
  void aCardWordOrAnExpiryMakesAnyLayoutACard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111  1111  1111  1111", "4111-1111 1111-1111", "4111 1111-1111 1111", "4111 1111  1111 1111",
    "4111.1111.1111.1111", "4111 - 1111 - 1111 - 1111"
  })
  void findsSixteenDigitsInFoursWithDoubleSpacesOrSpacesAndDashesMixed(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "card " + number + " thanks")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "3782-822463 10005", "4111   1111   1111   1111", "4111-1111 1111-111", "3782  822463  10005",
    "3042  47363  187949", "5015  6713  8380", "4837  4246  834162  99958", "3782.822463.10005",
    "5015.6713.8380", "3782 - 822463 - 10005", "5015 - 6713 - 8380"
  })
  void staysQuietOnLooseSeparatorsOutsideFourGroupsOfFour(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "value " + number + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111_1111_1111_1111", "5555*5555*5555*4444", "4111 \u2014 1111 \u2014 1111 \u2014 1111",
    "5555 \u2013 5555 \u2013 5555 \u2013 4444", "3782_822463_10005", "3782*822463*10005"
  })
  void findsACardWhoseGroupsAreJoinedByAnUnderscoreAnAsteriskOrASpacedDash(String number) {
    assertThat(Detected.values("PAYMENT_CARD", number)).containsExactly(number);
    assertThat(Detected.values("PAYMENT_CARD", "Zahlung mit " + number + ", danke"))
        .containsExactly(number);
    assertThat(Detected.values("PAYMENT_CARD", "{\"pan\":\"" + number + "\"}"))
        .containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111_1111_1111_1112", "4111*1111*1111*1112", "4111 \u2014 1111 \u2014 1111 \u2014 1112", // Luhn
    "7612_0000_0000_0005", "1234*5678*9012*3452", // Luhn-valid, no brand
    "4111_1111*1111_1111", "4111 \u2014 1111_1111_1111", // separators not the same
    "4111_1111_1111_1111_2024", "2024 \u2014 4111 \u2014 1111 \u2014 1111 \u2014 1111", // longer rows
    "4111_111_1111_11111", "41111_1111_1111_111", "4111*11111111*1111", // other groupings
    "3782 \u2014 822463 \u2014 10005", "4111**1111**1111**1111", "4111********1111",
    "IMG_4111_1111_1111_1111.jpg", "4111_1111_1111_1111_final", "v4111_1111_1111_1111",
    "*4111*1111*1111*1111*", "2019 \u2014 2024 \u2014 2025", "Order 4111_1111_1111_1111",
    "tracking 4111*1111*1111*1111"
  })
  void staysQuietOnUnderscoresAsterisksAndDashesThatJoinNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
    assertThat(Detected.values("PAYMENT_CARD", "value " + text + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Gift card: 4111 1111 1111 1111", "Your gift code 4111111111111111 is ready",
    "Gutscheincode: 4111-1111-1111-1111", "voucher 5555555555554444", "carte cadeau 4111 1111 1111 1111",
    "tarjeta regalo 4111 1111 1111 1111", "{\"gift_card_number\": \"4111111111111111\"}"
  })
  void aNumberAfterAGiftCardsLabelIsStillACard(String text) {
    // Visa and Mastercard sell prepaid gift cards: a real PAN, under PCI DSS, after the same labels
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Gift card paid by Visa 4111 1111 1111 1111 | 4111 1111 1111 1111",
    "bought a gift with card 4111111111111111 | 4111111111111111",
    "Gift card: 4111 1111 1111 1111 exp 09/28 | 4111 1111 1111 1111",
    "Paid 4111 1111 1111 1111 for the gift card | 4111 1111 1111 1111",
    "voucher order paid, card 5555555555554444 | 5555555555554444"
  })
  void aCardThatPaidForAGiftCardIsStillACard(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "4111 1111 1111 1111 DE89 3704 0044 0532 0130 00 | PAYMENT_CARD 4111 1111 1111 1111"
        + " | IBAN DE89 3704 0044 0532 0130 00",
    "Zahlung 5555 5555 5555 4444 GB29 NWBK 6016 1331 9268 19 | PAYMENT_CARD 5555 5555 5555 4444"
        + " | IBAN GB29 NWBK 6016 1331 9268 19",
    "DE89 3704 0044 0532 0130 00 4111 1111 1111 1111 | IBAN DE89 3704 0044 0532 0130 00"
        + " | PAYMENT_CARD 4111 1111 1111 1111"
  })
  void aCardRightBeforeAnIbanIsFoundWithIt(String text, String first, String second) {
    assertThat(Detected.in(text)).containsExactly(first, second);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111 1111 1111 1111 DE89 3704 0044 0532 0130 01", // the check digits fail: a row of hex
    "0x00b0:  4111 1111 1111 1111 de89 3704 0044 0532", "4111 1111 1111 1111 DE89 3704 0044 0532"
  })
  void groupsAfterACardThatAreNoIbanStillMakeARowOfHex(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "4111111111111112", // Luhn fails
    "2721000000000004", // Luhn-valid, past the Mastercard 2-series
    "7612000000000005", // Luhn-valid, no brand
    "41110000000000001", // Visa prefix, 17 digits
    "4111 1111 1111 111", // Visa has no 15-digit numbers
    "4111-1111-1111-1111-22" // part of a longer dashed code
  })
  void staysQuietOnNumbersThatAreNotCards(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "value " + number + " end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "IMEI: 490154203237518", "imei 356938035643809", "Order number 4111111111111111",
    "Tracking 4111 1111 1111 1111", "invoice #4111111111111111"
  })
  void luhnValidNumbersThatAContextWordNamesAreNotCards(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Société : Exemple SARL, SIRET 38347481400019",
    "SIRET: 36704999600013", "N° SIRET 30103289200012",
    "id,name,SIRET,city\n1001,Exemple SARL,38347481400019,Paris",
    "id,name,N° SIRET,city\n1001,Exemple SARL,,Lyon\n1002,Autre SAS,38283038800015,Paris"})
  void aSiretIsNoDinersCard(String text) {
    // SIRETs are Luhn-valid; 14 digits from 300-305, 36, 38, 39 are in Diners' range
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Total incl. VAT 4111 1111 1111 1111",
    "Payment method: Visa (prices incl. VAT) 4111111111111111", "Cliente: ACME SL (IVA)\n4111 1111 1111 1111",
    "CPF 4111111111111111", "card incl VAT\n4111111111111111"})
  void aTaxWordBeforeACardKeepsTheCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }

  @Test
  void aCardUnderACardColumnBesideATaxNumberColumnIsACard() {
    assertThat(Detected.values("PAYMENT_CARD",
        "id,SIRET,card\n1001,38347481400019,38520000023237\n"))
        .containsExactly("38520000023237");
  }

  @Test
  void aCardWordNearerThanTheOrderWordKeepsTheCard() {
    assertThat(Detected.values("PAYMENT_CARD", "for order 1234 the card 4111111111111111"))
        .containsExactly("4111111111111111");
  }

  @Test
  void numbersGluedToLettersOrLongerNumbersAreNotCards() {
    assertThat(Detected.values("PAYMENT_CARD", "id_4111111111111111 x4111111111111111"))
        .isEmpty();
    assertThat(Detected.values("PAYMENT_CARD", "41111111111111110")).isEmpty();
  }

  @Test
  void aCardFollowedByMoreDigitsIsStillFound() {
    assertThat(Detected.values("PAYMENT_CARD", "4111 1111 1111 1111 123 and 4111111111111111 12/29"))
        .containsExactly("4111 1111 1111 1111", "4111111111111111");
  }

  @Test
  void epochMillisAndTimestampsAreNotCards() {
    assertThat(Detected.in("ts=1700000000000 at 2024-05-01T12:30:45.123Z took 1712345678901 ms"))
        .isEmpty();
  }

  @Test
  void aDashedCardFollowedByASpaceAndMoreDigitsIsStillFound() {
    assertThat(Detected.values("PAYMENT_CARD", "card 4111-1111-1111-1111 12/29"))
        .containsExactly("4111-1111-1111-1111");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"cardNumber\":\"1234526018159087\"}", "creditCard=1234526018159087",
    "{\"ccNumber\":\"1234526018159087\"}"})
  void aCamelCaseCardKeyNamesALuhnValidNumberOutsideTheBrandRanges(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("1234526018159087");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"orderAccountNumber\":\"4111 1111 1111 1111\"}",
    "{\"deviceOwnerAccount\":\"4111111111111111\"}"})
  void aCamelCaseKeyOnlyStartingWithANotACardWordKeepsTheCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"orderId\": \"5294580097365774\"}", "{\"trackingNumber\":\"4111111111111111\"}",
    "{\"deviceImei\":\"4111111111111111\"}"})
  void aCamelCaseIdKeyNamesANumberThatIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Bestellnummer 4012888888881881", "Auftragsnummer: 4012888888881881",
    "Rechnungsnummer 4012888888881881", "Rechnung Nr. 4012888888881881",
    "Bestell-Nr. 4012888888881881", "Kundennummer 4012888888881881",
    "Paketnummer: 4012 8888 8888 1881", "Sendungsnummer: 4012 8888 8888 1881",
    "N\u00b0 de commande 4012888888881881", "num\u00e9ro de commande : 4012888888881881",
    "Num\u00e9ro de suivi 4012888888881881", "N\u00famero de pedido 4012888888881881",
    "N\u00famero de seguimiento 4012888888881881", "Bestelnummer 4012888888881881",
    "Numero ordine 4012888888881881", "{\"numero_fattura\":\"4012888888881881\"}",
    "Order number is 4012888888881881", "Your tracking number is 4012 8888 8888 1881",
  })
  void anOrderInvoiceOrParcelNumberInOtherLanguagesIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Your USPS tracking number is 9205 4981 3135 6344 9927 16",
    "Tracking #: 9205 4981 3135 6344 9927 16", "Tracking 9205 4981 3135 6344 9927 16",
    "{\"carrier\":\"USPS\",\"tracking_number\":\"9205 4981 3135 6344 9927 16\"}",
    "{\"tracking\":\"9400 4953 8146 7272 9582 05\"}",
    "Your USPS package 9205 4981 3135 6344 9927 16 is on its way",
    "USPS 9400 4953 8146 7272 9582 05", "FedEx: 9205 4981 3135 6344 9927 16",
    "Sendungsnummer 0081 2569 3051 0088 8074", "Paketnummer 0081 2569 3051 0088 8074",
    "Sendungsverfolgung 0081 2569 3051 0088 8074", "DHL 0081 2569 3051 0088 8074",
    "num\u00e9ro de suivi 0081 2569 3051 0088 8074",
    "n\u00famero de seguimiento 0081 2569 3051 0088 8074"
  })
  void sixteenDigitsInsideAParcelNumberInGroupsAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Tracking #: 9205 1234 4111 1111 1111 1111 exp 12/27 | 4111 1111 1111 1111",
    "Tracking 9205 4981 3135 6344 9927 16, card 4111 1111 1111 1111 | 4111 1111 1111 1111",
    "Order 1234 5678 6258 6165 5104 9637 | 6258 6165 5104 9637",
    "Ref: 1234 5678 6258 6165 5104 9637 | 6258 6165 5104 9637",
    "Your tracking number is 1234, card 4111 1111 1111 1111 | 4111 1111 1111 1111"
  })
  void aParcelLabelDoesNotHideACardWithItsExpiryOrAfterAnOrdersRow(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "my card is 4828 0174 3642 5960", "my card is 4419 0925 0208 5696",
    "card 2221 8664 7083 3017", "{\"cardNumber\":\"6495 9301 9899 2206\"}",
    "my card is 4111 1111 1111 1121", "Gift card 6006 4912 3456 7890 123",
  })
  void threeGroupsOfAMistypedNumberInFoursAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Hi, my order #12345 was charged twice on 4111 1111 1111 1111 | 4111 1111 1111 1111",
    "Order 10023 was charged to 4111 1111 1111 1111, please refund | 4111 1111 1111 1111",
    "Transaction declined for 5555 5555 5555 4444 (insufficient funds) | 5555 5555 5555 4444",
    "I want to cancel my order, refund it to 4111-1111-1111-1111 | 4111-1111-1111-1111",
    "Booking 7781 confirmed, charged to 3782 822463 10005 | 3782 822463 10005",
    "Ticket #3345: customer says 4111 1111 1111 1111 was billed twice | 4111 1111 1111 1111",
    "Re: invoice 2024-118 - please use 4111 1111 1111 1111 this time | 4111 1111 1111 1111",
    "Device: iPhone 15; customer typed 4111 1111 1111 1111 into the chat | 4111 1111 1111 1111",
    "Your reference: ABC123. Please charge 4111 1111 1111 1111 exp 12/27 | 4111 1111 1111 1111",
    "order=991 amount=42.00 number=4111111111111111 cvv=123 | 4111111111111111",
    "{\"order_id\":991,\"source\":{\"number\":\"4242424242424242\",\"exp_month\":12}}"
        + " | 4242424242424242",
    "{\"orderId\":\"A-77\",\"billing\":{\"number\":\"4242 4242 4242 4242\"}} | 4242 4242 4242 4242",
    "{\"messages\":[{\"role\":\"user\",\"content\":\"Order 5521 never came. Refund to "
        + "4111 1111 1111 1111 please\"}]} | 4111 1111 1111 1111",
    "Payment failed for order 10023 using 4111 1111 1111 1111 | 4111 1111 1111 1111",
    "Payment for order 12345: 4111 1111 1111 1111 | 4111 1111 1111 1111",
    "Refund for invoice INV-2024-0042 to 5555 5555 5555 4444 | 5555 5555 5555 4444",
    "Reference number for my complaint is 77. I used 4111 1111 1111 1111 | 4111 1111 1111 1111",
  })
  void aWordThatNamesAnotherNumberOrStandsFurtherOffDoesNotHideACard(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"deviceSerialNumber\":\"4111111111111111\"}", "{\"bookingRefNo\":\"4111111111111111\"}",
    "{\"orderIdNumber\":\"4111111111111111\"}", "shipmentTrackingNumber: 4111111111111111",
    "orderReferenceNumber: 4111111111111111"})
  void theWordBeforeTheIdSuffixesOfAKeyNamesTheNumber(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"3622 7206 2716 67", "3056 9309 0259 04", "3622-7206-2716-67"})
  void findsDinersCardsGroupedInFours(String number) {
    assertThat(Detected.values("PAYMENT_CARD", "Diners " + number + " exp 12/27")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT /api/v1/orders/5598995200983086 HTTP/1.1", "GET /invoices/4111111111111111",
    "the transactions 4111111111111111 and more"})
  void anIdInACollectionOfOrdersOrInvoicesIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @Test
  void aCardInACardsPathIsStillACard() {
    assertThat(Detected.values("PAYMENT_CARD", "POST /customers/42/cards/4111111111111111"))
        .containsExactly("4111111111111111");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[dd.trace_id=4744311485456233713 dd.span_id=5012892327633262298] c.a.shop.AssistantClient",
    "RecordHeader(key = x-datadog-trace-id, value = 4787789328792174211)",
    "{\"variants\":[{\"id\":3544232322183407,\"price\":\"19.99\"}]}",
    "event 4744311485456233713 processed"
  })
  void longBareIdsOfTracersAndShopPlatformsAreNoCards(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @Test
  void aCardInsideAnHtmlSpanIsStillACard() {
    assertThat(Detected.values("PAYMENT_CARD", "<span>4111&nbsp;1111&nbsp;1111&nbsp;1111</span>"))
        .containsExactly("4111&nbsp;1111&nbsp;1111&nbsp;1111");
    assertThat(Detected.values("PAYMENT_CARD", "<span>4111 1111 1111 1111</span>"))
        .containsExactly("4111 1111 1111 1111");
  }

  @Test
  void nineteenBareDigitsCountNearACardWord() {
    assertThat(Detected.values("PAYMENT_CARD", "Paid with 4104332181960013384 yesterday"))
        .containsExactly("4104332181960013384");
    assertThat(Detected.values("PAYMENT_CARD", "card 4000000000000000006"))
        .containsExactly("4000000000000000006");
    assertThat(Detected.values("PAYMENT_CARD", "paid with 4000 0000 0000 0000 006"))
        .containsExactly("4000 0000 0000 0000 006");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Kreditkarte für die Bestellung: 4111 1111 1111 1111                  | 4111 1111 1111 1111",
    "Ma carte pour la commande : 4111 1111 1111 1111 exp 09/28            | 4111 1111 1111 1111",
    "Tarjeta del pedido: 4111 1111 1111 1111 caduca 09/28                 | 4111 1111 1111 1111",
    "Carta di credito per l'ordine: 4111 1111 1111 1111                   | 4111 1111 1111 1111",
    "Mijn kaart voor de bestelling: 4111 1111 1111 1111                   | 4111 1111 1111 1111",
    "Order: 4111 1111 1111 1111 09/28 CVV 123                             | 4111 1111 1111 1111",
    "Ticket: 4111 1111 1111 1111 exp 11/27 cvc 321                        | 4111 1111 1111 1111",
    "The card number for my order is 4111 1111 1111 1111                  | 4111 1111 1111 1111",
    "Credit card on the invoice: 5555 5555 5555 4444                      | 5555 5555 5555 4444",
    "{\"order\":{\"number\":\"4111111111111111\",\"cvc\":\"123\",\"exp\":\"12/27\"}} | 4111111111111111",
  })
  void aCardWordInAnotherLanguageOrItsExpiryOrCodeAfterItOutweighsAnOrderLabel(String text,
      String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Commande n° 4970 1012 3456 7893", "Pedido nº 4970101234567893",
    "Pedido número 4970101234567893", "Ordine n. 4970101234567893", "Bestellnr.: 4970101234567893",
    "Rechnungsnr. 4970101234567893", "Ordernummer: 4970101234567893",
    "Buchungsnummer: 4970101234567893", "Receipt #: 4970101234567893",
    "Reservation number 4970101234567893",
  })
  void aForeignOrderLabelWithItsOwnNumberWordLeadsToAnOrderNumber(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "id=4666176031372159", "userId=4111111111111111", "{\"id\":4111111111111111,\"ok\":true}",
    "Key{kind=Customer, id=5390364397928448}", "eventId: 5390364397928448"
  })
  void aLuhnValidNumberAfterAnIdLabelIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @Test
  void aCardWordNearerThanAnIdLabelKeepsTheCard() {
    assertThat(Detected.values("PAYMENT_CARD", "id 7, card 4111 1111 1111 1111"))
        .containsExactly("4111 1111 1111 1111");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "1 2 3 4 5 6 7 8 9 4111 1111 1111 1111", "0 0 0 0 0 0 0 0 0 4111 1111 1111 1111",
    "12345678901234567890 1234567890123456789 4111 1111 1111 1111",
    "1790000000000000000 1790000000000000001 4111 1111 1111 1111"
  })
  void aCardAfterALongRowOfNumbersIsFoundWhole(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111 1111 1111 1111");
  }

  @Test
  void aDigitGroupLongerThanTheChainsLimitDoesNotSkipTheTextAfterIt() {
    Detected.in("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 x");
    String text = "7".repeat(41) + " 1 jane.doe@example.com 4111 1111 1111 1111 then 12 34";
    assertThat(Detected.in(text))
        .containsExactly("EMAIL jane.doe@example.com", "PAYMENT_CARD 4111 1111 1111 1111");
    assertThat(Detected.values("PAYMENT_CARD", "7".repeat(41) + " 4111 1111 1111 1111"))
        .containsExactly("4111 1111 1111 1111");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "call me at 415 555 2671 4111 1111 1111 1111 | 415 555 2671 | 4111 1111 1111 1111",
    "call me at 791 799 6499 3549 5756 1752 4486 | 791 799 6499 | 3549 5756 1752 4486"
  })
  void aWholePhoneNumberKeepsItsGroupsWhenACardFollowsIt(String text, String phone, String card) {
    assertThat(Detected.in(text)).containsExactly("PHONE " + phone, "PAYMENT_CARD " + card);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "select * from cards where pan like '%4111111111111111%' | PAYMENT_CARD 4111111111111111",
    "WHERE pan LIKE '%4111 1111 1111 1111%' | PAYMENT_CARD 4111 1111 1111 1111",
    "ssn like '%123-45-6789%' | US_SSN 123-45-6789", "ip like '%10.42.3.17%' | IP_ADDRESS 10.42.3.17",
    "ip like '%192.168.1.20%' | IP_ADDRESS 192.168.1.20", "rate=5%4111111111111111 | PAYMENT_CARD 4111111111111111"
  })
  void aPercentSignBeforeAValueIsNoEncodedByte(String text, String finding) {
    assertThat(Detected.in(text)).containsExactly(finding);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Customer ID: 4111 1111 1111 1111", "customer id 4111-1111-1111-1111", "Card ID 4111 1111 1111 1111",
    "Kreditkarte ID 4111111111111111", "paid, id 4111 1111 1111 1111"
  })
  void anIdLabelHidesOnlyABareNumberWithNoCardWordBeforeIt(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "0x00b0:  226d 6573 7361 6765 7322 3a20 5b7b 2272  \"messages\": [{\"r", // tcpdump -X
    "0000000: 2e54 4820 5858 4420 3120 2241  .TH XXD 1 \"A", // xxd
    "0164020 6e61 2064 6577 6769 7468 6920 2073 6f62", // od -x
    "6573 7361 6765 7322 3a20 5b7b 2272",
    "5400 5401 5402 5403 5404 5405 5406 5407 5408 5409", // code points in a collation table
    "0000090 3520 3436 3638 2031 3438 3938 2032 3031", // hexdump's default rows
    "000d10 5127 1321 6814 5900 0329 2825 4571 3602", // od -A x
    "qdisc ets 1: root refcnt 2 bands 8 quanta 2650 1514 1514 1514 1514 1514 1514 1514 priomap 7"
  })
  void fourGroupsOfFourInALongerRowOfHexOrDigitGroupsAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2704240 6361 6563 7373 2d5c 6f74 656b 5c6e 662d", // od -x
    "0164020 6577 6769 7468 6920 2073 6f62 2066 6f72", // od -x, right after the offset
    "000015c0: 6320 6966 2062 6f74 6820 4152 4773 2061  c if both ARGs a", // xxd
    "000029d0: 2074 6f20 6368 616e 6765 2074 6865 206f   to change the o"
  })
  void fewerThanSixteenDigitsInFoursNextToAHexGroupAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "4111 1111 1111 1111 1225               | 4111 1111 1111 1111",
    "4111 1111 1111 1111 12/25 123          | 4111 1111 1111 1111",
    "card: 4111 1111 1111 1111 1225 123     | 4111 1111 1111 1111",
    "cafe 4111 1111 1111 1111               | 4111 1111 1111 1111",
    "4111 1111 1111 1111 dead beef          | 4111 1111 1111 1111",
    "Tel 6499 5555 5555 5555 4444           | 5555 5555 5555 4444",
    "20240501 4111 1111 1111 1111 1225      | 4111 1111 1111 1111",
    "12345670: 4111 1111 1111 1111          | 4111 1111 1111 1111"
  })
  void oneGroupBeforeOrAfterAndHexWordsMakeNoRow(String text, String card) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(card);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Tel: 030 1234 5678 4111 1111 1111 1111       | 030 1234 5678",
    "Tel: 0800 1234 5678 4111 1111 1111 1111 1225 | 0800 1234 5678"
  })
  void aPhoneNumberEndingInGroupsOfFourBeforeACardMakesNoRow(String text, String phone) {
    assertThat(Detected.in(text))
        .containsExactly("PHONE " + phone, "PAYMENT_CARD 4111 1111 1111 1111");
  }

  @Test
  void twoCardsWithOnlyASpaceBetweenAreBothFound() {
    assertThat(Detected.values("PAYMENT_CARD", "cards: 4111 1111 1111 1111 5500 0000 0000 0004"))
        .containsExactly("4111 1111 1111 1111", "5500 0000 0000 0004");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Card: 4111 1111 1111 1111 1234 5678", "4111 1111 1111 1111 1225 1234",
    "Visa 4111 1111 1111 1111 2025 0042", "John Smith 4111 1111 1111 1111 1225 0123 94105",
    "please refund 4111 1111 1111 1111 1234 5678 9012",
    "Tel: 030 1234 5678 4111 1111 1111 1111 1225 1234"
  })
  void aCardWithAnExpiryAndACodeOfFourDigitsAfterItIsNoRowOfGroups(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111 1111 1111 1111");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "cards: 4111 1111 1111 1111 5500 0000 0000 0004 5555 5555 5555 4444",
    "4111 1111 1111 1111 1225 5500 0000 0000 0004 0126 5555 5555 5555 4444",
    "4111 1111 1111 1111 1225 1234 5500 0000 0000 0004 0126 4567 5555 5555 5555 4444"
  })
  void theCardsOfAListAreNoRowOfGroups(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text))
        .containsExactly("4111 1111 1111 1111", "5500 0000 0000 0004", "5555 5555 5555 4444");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5401 5402 5403 5404", "1234 1235 1236 1237 1238"})
  void groupsCountedOneByOneAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", "table " + text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "P-990 1234 5678 9012 3456 7890 1234\nP-991 8246 6053 6258 6165 5104 9637",
    "P-991 8246 6053 6258 6165 5104 9637\nP-992 1234 5678 9012 3456 7890 1234\n",
    "P-991       8246  6053  6258  6165  5104  9637",
    "Region North  2395  5052  5681  7179  4642  9923  (units, Jan-Jun)",
    "1000 2000 3000 4000 5000 6000\n8246 6053 6258 6165 5104 9637",
    "1000 2000 3000 4000 5000 6000\n6258 6165 5104 9637 8246 6053",
    "[     6 24941  2518  3012  2379  6932  3636 12852  7869  7653 18359]"
  })
  void fourGroupsOfFourAmongOtherCellsOfATableRowAreNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "8246 6053 6258 6165 5104 9637", "Ref: 1234 5678 6258 6165 5104 9637",
    "6258 6165 5104 9637 2025 1234\n4111 1111 1111 1111 12/25",
    "Order 2024 0615 0001\n6258 6165 5104 9637 2025 1234"
  })
  void oneLineOfFourDigitGroupsIsACardWithWhatGoesWithIt(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).contains("6258 6165 5104 9637");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Card: 6258 6165 5104 9637 8246 6053", "6258 6165 5104 9637 1225 1234",
    "8246 6258 6165 5104 9637 1234", "6258 6165 5104 9637 exp 12/27 1234 5678",
    "Visa  6258  6165  5104  9637  123"
  })
  void aCardWithOneGroupBesideItOrNamedAsACardIsNoTableRow(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly(
        text.contains("  ") ? "6258  6165  5104  9637" : "6258 6165 5104 9637");
  }


  @ParameterizedTest
  @ValueSource(strings = {
    "node_network_receive_bytes_total{device=\"eth0\",instance=\"cart-5c6d7f8b9-48hm2:9100\"}"
        + " 3648715649828048",
    "go_memstats_alloc_bytes_total 36231983323899", "total_net_output_bytes:396053210669645",
    "| Innodb_data_read                  | 4102761612490652     |",
    "IF-MIB::ifHCInOctets.2 = Counter64: 5341533647176418",
    "kafka_log_log_end_offset{topic=\"orders.v2\",partition=\"3\"} 4457824646924699",
    "used_memory:4014190064589943", "{\"rx_bytes\": 4111111111111111}",
    "requests_total 4111111111111111", "bytesUsed=4111111111111111"
  })
  void countersNamedByWhatTheyMeasureAreNotCards(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Total paid with card 4111111111111111", "amount 12.50 card 4111111111111111",
    "Card used: 4111111111111111", "Payment total: 4111111111111111",
    "used_memory:4111111111111111 exp 12/28",
    // a total alone is a word of prose, which may lead to a card (in a key it names a counter)
    "Total: 4111111111111111", "Order total: 4111111111111111",
    // counters are not written in groups: a grouped number after a measurement word stays a card
    "Total: 4111 1111 1111 1111", "bytes 4111-1111-1111-1111", "memory 4111 1111 1111 1111"
  })
  void aCardWordNearerOrACardsLayoutKeepsTheCardAfterAMeasurementWord(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).hasSize(1);
  }


  @ParameterizedTest
  @ValueSource(strings = {"{\"messages\":[],\"seed\":4532015112830366}", "seed=4532015112830366"})
  void theRandomSeedOfAModelRequestIsNoCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).isEmpty();
    assertThat(Detected.values("PAYMENT_CARD", "card 4532015112830366, seed 17")).hasSize(1);
  }


  @ParameterizedTest
  @ValueSource(strings = {"card_read: 4111111111111111", "card_used=4111111111111111",
    "pos.card_read=4111111111111111", "card_number_received=4111111111111111",
    "pan_received=4111111111111111"})
  void aCardWordInTheNameOfAMeasurementKeepsTheCard(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111111111111111");
  }


  @ParameterizedTest
  @ValueSource(strings = {"4111  1111  1111  1111  1225", "1  4111  1111  1111  1111",
    "Order 42  4111  1111  1111  1111", "1  4111  1111  1111  1111  1225",
    "4111  1111  1111  1111  123  1225"})
  void aCardPaddedWithTwoSpacesBesideANumberOnOneSideOrAnExpiryIsNoTableCell(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text)).containsExactly("4111  1111  1111  1111");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024 0315 4111 1111 1111 1111\n2024 0316 5555 5555 5555 4444",
    "ID 1001 2001 4111 1111 1111 1111\nID 1002 2002 5555 5555 5555 4444"})
  void cardsListedAfterTheSameFieldsOnEachLineAreNoTableOfFigures(String text) {
    assertThat(Detected.values("PAYMENT_CARD", text))
        .containsExactly("4111 1111 1111 1111", "5555 5555 5555 4444");
  }
}
