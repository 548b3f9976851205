package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    "415 555 2671", "(415)-555-2671", "1 (415) 555-2671", "1 (415)555-2671", "1 (415)-555-2671"
  })
  void findsNorthAmericanNumbersAnywhere(String number) {
    assertThat(Detected.values("PHONE", "they said " + number + " yesterday"))
        .containsExactly(number);
    assertThat(Detected.values("PHONE", number)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Tel: 020 7946 0958", "phone 030 901820", "Mobile: 06 12 34 56 78", "call me at 0491 570 156",
    "Fax: 01 42 68 53 00"
  })
  void findsNationalFormatsNearAContextWord(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Tél. : 06 12 34 56 78", "TÉL : 06.12.34.56.78", "Móvil: 612 34 56 78",
    "Telemóvel: 912 345 678", "komórka: 512 345 678", "Rückrufnummer: 030 901820",
    "N° de téléphone : 01 23 45 67 89", "Móvil número: 612345678", "Telefonnr.: 030 901820",
    "mobiel 06 12345678", "GSM: 0470 12 34 56", "Gsm: 06-12-34-56-78", "GSM 0612345678",
    "Fixe : 01 42 68 53 00", "Room 101 0044 20 7946 0958", "Office 5 00 44 20 7946 0958"
  })
  void findsNationalFormatsNearAContextWordOfAnotherLanguage(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "T\\u00e9l. : 06 12 34 56 78", "{\"T\\u00e9l\\u00e9phone\": \"01 23 45 67 89\"}",
    "M\\u00f3vil: 612 34 56 78", "Telem\\u00f3vel: 912 345 678", "T\\u00C9L : 06 12 34 56 78",
    "bitte zur\\u00fcckrufen: 0301234567", "mon num\\u00e9ro 0301234567", "\\u200bphone 0301234567",
    "\\u200eTel: 0301234567", "{\"\\u200bphone\": \"0301234567\"}",
    "{\"args\":\"{\\\"t\\\\u00e9l\\\":\\\"06 12 34 56 78\\\"}\"}"
  })
  void findsNationalFormatsAfterAContextWordWhoseAccentedLetterIsAJsonEscape(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<sms protocol=\"0\" address=\"+447700900789\" date=\"1764165802118\" type=\"1\" />",
    "88123041,jane.doe@example.com,+447700900123,GB,1284.50", "|+44 7700900123|", "+44 7700 900000"
  })
  void findsNumbersOfTheUkRangeForDramaAnywhereLikeOtherInternationalNumbers(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hoi, bel me even terug op 020-1234567 aub", "Ruf mich bitte unter 030 12345678 an",
    "Können Sie mich zurückrufen: 030 12345678", "Rappelez-moi au 06 12 34 56 78 svp",
    "Llámame al 612 34 56 78", "Ligue para 912 345 678", "Chiamami al 347 123 4567",
    "Llame al 912 345 678", "appelle-moi au 06 12 34 56 78",
    "CUSTOMER: yeah my number's 07911 123 456", "my number's 07911123456"
  })
  void findsNationalFormatsAfterAVerbForCallingOrAContraction(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Rappelez-moi au 0612345678 svp | 0612345678", "Appelez-moi au 0612345678 | 0612345678",
    "Llámame al 612345678 por la tarde | 612345678", "Llámenos al 912345678 | 912345678",
    "Escríbeme por WhatsApp al 612345678 | 612345678", "chiamami al 3471234567 | 3471234567",
    "Ligue-me para o 912345678 | 912345678", "Ruf mich unter 015123456789 an | 015123456789",
    "Rufen Sie mich an unter 015123456789 | 015123456789",
    "bel me terug op 0201234567 | 0201234567", "Ring mig på 0701234567 | 0701234567",
    "Mitt nummer är 0701234567 | 0701234567", "Telefon komórkowy: 512345678 | 512345678",
    "{\"content\":\"Ll\\u00e1mame al 612345678\"} | 612345678",
    "Please call me back on 07700900256, after 5pm | 07700900256",
    "Ring me back on 07700900256 tonight | 07700900256", "Call me back at 4155552671 | 4155552671",
    "please call back on 02079460326 | 02079460326", "Ruf mich zurück unter 015123456789 | 015123456789"
  })
  void aCallBackPhraseOfAnotherLanguageLeadsToABareNumber(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Sie erreichen mich unter 0176/12345678. | 0176/12345678",
    "Sie erreichen mich unter 0176 12345678 | 0176 12345678",
    "Natel: 079 123 45 67 | 079 123 45 67",
    "Vous pouvez me joindre au 06 12 34 56 78. | 06 12 34 56 78",
    "Pour nous joindre : 01 42 68 53 00 | 01 42 68 53 00",
    "Mi chiami al 333 123 4567 | 333 123 4567", "tlm 912 345 678 | 912 345 678",
    "Me liga no (11) 91234-5678 | (11) 91234-5678", "Liga para 912 345 678 | 912 345 678",
    "Cep telefonum: 0532 123 45 67 | 0532 123 45 67", "Cep: 0532 123 45 67 | 0532 123 45 67",
    "Cep: 0(532) 123 45 67 | 0(532) 123 45 67",
    "Telefonum: 0532 123 45 67 | 0532 123 45 67", "Cep numaram: 05321234567 | 05321234567",
    "Benim numaram 0532 123 45 67 | 0532 123 45 67",
    "Zadzwoń do mnie: 512 345 678 | 512 345 678", "Zadzwoń: 512 345 678 | 512 345 678",
    "Proszę dzwonić 512 345 678 | 512 345 678", "Dzwoń pod 512345678 | 512345678",
    "{\"content\":\"Zadzwo\\u0144 do mnie: 512 345 678\"} | 512 345 678"
  })
  void commonPhoneWordsOfOtherLanguagesCount(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CEP 01310-100, São Paulo", "CEP: 01310100", "Come ti chiami? 06 12 34 56 78",
    "YI SYLLABLE CEP\nA2C4  ; [.4725.0020.0002]",
    "Merci de joindre la facture 0612345678", "Liga 1 saison 2023/2024",
    "Ziel erreichen 0176123456",
    "Bundesliga 2023/2024, Liga 06 12 34 56 78"
  })
  void phoneWordsOfOtherLanguagesThatAreAlsoOtherWordsNeedTheirCompany(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Số điện thoại: 0912 345 678 | 0912 345 678", "SĐT 0912345678 | 0912345678",
    "ĐT: 0283 823 4567 | 0283 823 4567", "sdt: 0987.654.321 | 0987.654.321",
    "Dien thoai 0912 345 678, giao giờ hành chính | 0912 345 678",
    "ĐIỆN THOẠI: 0912-345-678 | 0912-345-678",
    "no. HP 0812-3456-7890 | 0812-3456-7890", "Nomor HP: 0812 3456 7890 | 0812 3456 7890",
    "telepon 021 2345 6789 | 021 2345 6789", "WA 0812-3456-7890 | 0812-3456-7890",
    "No. Telp: (021) 2345-6789 | (021) 2345-6789", "ponsel: 081234567890 | 081234567890",
    "No. HP: 012-345 6789 | 012-345 6789", "{\"hp\":\"0812-3456-7890\"} | 0812-3456-7890"
  })
  void vietnameseIndonesianAndMalayLabelsLeadToANationalNumberOfTheirRegion(String text,
      String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SĐT 0812-3456-7890", // an Indonesian number after a Vietnamese label
    "HP 0123 4567", "WA 0912 345 678 0001", "HP LaserJet 0812 3456 7890", "Mã đơn hàng 0912345678",
    "Order 0812-3456-7890", "HP0812-3456-7890", "CHIP 0812-3456-7890", "swa 0812-3456-7890",
    "bandwidth 0912 345 678", "WA 98101-1234", "version 0.8.12-3456", "dt=0123456789"
  })
  void theseLabelsLeadToNothingElse(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @Test
  void aTurkishWordForMyNumberBeforeACardLeavesItACard() {
    assertThat(Detected.in("Kart numaram 4111 1111 1111 1111, son kullanma 12/28"))
        .containsExactly("PAYMENT_CARD 4111 1111 1111 1111");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Bestellung an 0612345678", "Mitt ordernummer är 0701234567", "Commande au 0612345678",
    "Pedido al 612345678", "Rappelez-moi, commande au 0612345678", "numéro de commande 0612345678"
  })
  void fillerWordsOfOtherLanguagesLeadToABareNumberOnlyFromAPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "> > Please call me on +44 20 7946 0958 or 020 7946 0959 between 9 and 5. | 020 7946 0959",
    "Telefon: +49 30 12345678 oder 0176 12345678 | 0176 12345678",
    "Phone: 020 7946 0958 / 07911 123456 | 07911 123456",
    "Tél. : +33 1 23 45 67 89, 06 12 34 56 78 | 06 12 34 56 78",
    // Japanese and Chinese list numbers with a full-width or ideographic comma (review s25-diff)
    "\u643a\u5e2f 080-9876-5432\uff0c090-1234-5678\u500b | 090-1234-5678",
    "\u643a\u5e2f 080-9876-5432\u3001 090-1234-5678 | 090-1234-5678",
    "\u7535\u8bdd +86 10 6552 9988\uff1b 010 6552 9989 | 010 6552 9989"
  })
  void aNationalNumberListedRightAfterAPhoneNumberIsOneToo(String text, String second) {
    assertThat(Detected.values("PHONE", text)).hasSize(2).last().isEqualTo(second);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "+44 20 7946 0958 (ref 020 7946 0959)", "Order 020 7946 0958 or 07911 123456",
    "+44 20 7946 0958 then after a long pause of words 07911 123456"
  })
  void aNumberAfterAPhoneNumberNeedsToBeListedRightAfterIt(String text) {
    assertThat(Detected.values("PHONE", text)).hasSizeLessThan(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Ligue 1 saison 2023/2024 : 38 journées", "Bel Air Hotel, booking 2023/2024",
    "L'entreprise s'appelle Dupont SARL, SIREN 732 829 320", "un bel appartement de 120 m2, 06 12 34 56",
    "Die Firma hat einen guten Ruf, seit 030 12345678", "que se llame 612 34 56 78"
  })
  void verbsForCallingThatAreAlsoOtherWordsNeedWhomToCall(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CALLER: my NHS number is 943 476 5919 and date of birth", "NHS No: 943-476-5919",
    "{\"nhsNumber\":\"943 476 5919\"}"
  })
  void aNorthAmericanLayoutAfterAnNhsLabelIsAHealthServiceNumber(String text) {
    assertThat(Detected.values("PHONE", "NHS Direct 415-555-2671, nhs.uk 415 555 2671")).hasSize(2);
    assertThat(Detected.values("PHONE", text)).isEmpty();
    assertThat(Detected.values("PHONE", "NHS trust, phone " + text.replaceAll("[^0-9 -]", "").strip()))
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"T\\u00e9l\\u00e9vision 06 12 34 56 78", "T\\u00e9l\\u00e0 06 12 34 56 78"})
  void otherWordsWithEscapedLettersAreNoPhoneWords(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Réseau GSM 900/1800 MHz", "Quad-band GSM 850/900/1800/1900 MHz", "Prix fixe 12 345 678",
    "Montant fixe : 1\u00a0250\u00a0000 €",
    "Mobile strategy 2019-2024", "Kontakt (1990-2024)", "Call center 2015-2023 report",
    "695 005 341 336 104", "300 003 261 450 671 rows", "Total\u202f: 695\u202f005\u202f341\u202f336"
  })
  void bandsAmountsAndRangesOfYearsNearAPhoneWordAreNoPhones(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Hi, my number is 07700 900123, please call back.", "my number is 07700900123",
    "You can reach me on 020 7946 0958 after 5pm.", "reach us at 0612345678",
    "Meine Nummer ist 030 12345678.", "Mon numéro : 06 12 34 56 78", "Mi número es 612 34 56 78",
    "Il mio numero è 333 123 4567", "Our number: 020 7946 0958", "mijn nummer is 06 12345678",
    "Ich bin unter 030 12345678 erreichbar", "I'm reachable on 07700 900123",
    "{\"content\":\"Hi! My number is 07700 900123\"}", "Phone Number: 0612345678",
    "call about the order number 020 7946 0958"
  })
  void aPossessiveBeforeNumberOrReachBeforeAPronounSaysAPhoneNumberFollows(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Order number 020 7946 0958", "Invoice number 0612345678",
    "My order number is 06 12 34 56 78", "your account number is 12345678",
    "Your number of orders: 0612345678", "We reach 120 000 000 customers",
    "sales reach 0612345678 units", "reach out on 06 12 34 56 78", "mynumber 06 12 34 56 78"
  })
  void numberAfterAnotherWordOrReachWithoutAPronounIsNoPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "IPH15-CASE-BLK;Phone case for iPhone 15 Pro Max 256GB;UPC 0 36000 29145 2;19,99",
    "the iPhone 15 Pro I ordered (UPC 0 36000 29145 2) arrived broken",
    "HH-IP15;Handyhülle für iPhone 15, Art.-Nr. 100 234 567;24,90",
    "MPH-01;Mobile phone holder;GTIN 00 012345 678905;9,99",
    "Customer(name=Jane Doe, phone=null, vatId=GB 123 4567 89)",
    "Customer[id=7, mobile=null, customerNumber=0151 2345 6789]",
    "{\"phone\":null,\"vatId\":\"GB 123 4567 89\"}", "GTIN 00 012345 678905", "+0 12345 678905",
    "orderNumberRef: 030 12345678", "orderNumberHash=030 12345678", "reachOut: 030 12345678",
    "Your number of orders: 06 12 34 56 78"
  })
  void aNumberLabelledAsSomethingElseAfterThePhoneWordIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Celular novo, CPF 529.982.247-25", "Atualizei meu celular. CPF 529.982.247-25",
    "Meu telefone mudou, segue CPF 529.982.247-25", "Zmiana telefonu, NIP 526-104-08-28",
    "Faktura na firmę (kontakt tel. w profilu), NIP 526-104-08-28",
    "Nowy telefon: proszę o fakturę, NIP 526-104-08-28", "Zmiana telefonu, NIP: 526 104 08 28",
    "Phone: see profile, RG 12.345.678-9", "Телефон сменил, ИНН 500100732259"
  })
  void aTaxOrIdentityNumberLabelledAfterThePhoneWordIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Celular (11) 91234-5678, CPF 529.982.247-25 | (11) 91234-5678",
    "Proszę o fakturę na firmę, NIP 526-104-08-28, tel. 512 345 678 | 512 345 678",
    "Tél. 01 42 68 53 00 – SIRET 732 829 320 00074 | 01 42 68 53 00",
    "Tel. 8 916 123-45-67, ИНН 7707-083-893 | 8 916 123-45-67"
  })
  void thePhoneNumberNextToATaxNumberIsStillFound(String text, String number) {
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Phone home: 020 7946 0958", "Customer(name=Jane Doe, phone=020 7946 0958)",
    "{\"phone\":\"020 7946 0958\"}", "Phone number: 020 7946 0958", "myPhone=020 7946 0958",
    "Telefon geschäftlich: 030 1234567", "tel no=020 7946 0958",
    "<input name=\"phone\" value=\"07400 123456\">", "<input type=\"tel\" value=\"07400 123456\">",
    "{\"type\":\"mobile\",\"value\":\"07400 123456\"}", "app.support.phone.national=020 7946 0958",
    "TEL;TYPE=work,voice:020 7946 0958", "TEL;TYPE=HOME:020 7946 0958",
    "<input name=\"tel\" size=\"20\" value=\"020 7946 0958\">",
    "<input name=\"phone\" id=\"p1\" value=\"020 7946 0958\">",
    "customer_phone_home=020 7946 0958"
  })
  void theNumberOfAPhoneKeyOrLabelIsStillFound(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEL;WORK;VOICE:0338150393", "TEL;CELL;PREF:0338150393",
    "TEL;type=CELL;type=VOICE;type=pref:0338150393", "item1.TEL;type=CELL:0338150393",
    "BEGIN:VCARD\nVERSION:2.1\nTEL;HOME;VOICE:0338150393\nEND:VCARD"})
  void aBareNumberOfAVCardTelPropertyIsAPhoneWhateverItsParameters(String vCard) {
    assertThat(Detected.values("PHONE", vCard)).containsExactly("0338150393");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HOTEL;ROOM:0338150393", "TEL;X-ORDER:20240501 shipped",
    "TELEX;WORK:0338150393", "TEL;VALUE:20240501", "TEL;TYPE:20240501"})
  void otherPropertiesAreNoVCardTelephones(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @Test
  void oneLetterLabelsOfASignatureCountBeforeATrunkZeroOrPlus() {
    assertThat(Detected.values("PHONE",
        "Jane Doe<br>T: 020 7946 0958 | M: 07911 123456 | jane.doe@example.com"))
        .containsExactly("020 7946 0958", "07911 123456");
    assertThat(Detected.values("PHONE", "F. 030 12345678")).containsExactly("030 12345678");
    assertThat(Detected.values("PHONE", "t: 1718439831")).isEmpty();
    assertThat(Detected.values("PHONE", "Plan B: 020 7946 0958")).isEmpty();
    assertThat(Detected.values("PHONE", "AT: 020 7946 0958")).isEmpty();
  }

  @Test
  void aCountryCodeInParenthesesBelongsToTheNumber() {
    assertThat(Detected.values("PHONE", "you can call me on (+44) 20 7946 0958 after 6pm"))
        .containsExactly("(+44) 20 7946 0958");
  }

  @Test
  void accentedWordsThatAreNoPhoneWordsAreNoContext() {
    assertThat(Detected.values("PHONE", "Télévision 06 12 34 56 78, Numéro 01 23 45 67 89"))
        .isEmpty();
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

  @ParameterizedTest
  @ValueSource(strings = {
    "Call scheduled 2024-05-01 12:30:45 UTC", "call on 05/01/2024 14:00",
    "Phone log: 01.05.2024 09 15", "phone 12 01.05.2024 x"
  })
  void datesWithATimeOrAnotherNumberAreNotPhonesEvenNearAPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0044 20 7946 0958", "011 44 20 7946 0958", "011 49 1512 3456789"})
  void findsNumbersDialledWithAnInternationalPrefix(String number) {
    assertThat(Detected.values("PHONE", "reach " + number + " today")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+49 30 12345678", "415-255-2671", "1-212-234-5678"})
  void findsEightDigitGroupsAndExchangesStartingWithTwo(String number) {
    assertThat(Detected.values("PHONE", "reach " + number + " today")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone 4155552671", "phone 2125552671"})
  void findsTenNorthAmericanDigitsWrittenTogetherNearAPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly(text.substring(6));
  }

  @Test
  void aNumberFollowedByAnotherSmallNumberIsFoundWithoutIt() {
    assertThat(Detected.values("PHONE", "they said 415-555-2671 7 days a week"))
        .containsExactly("415-555-2671");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dial 415-555-2671 7 days a week", "call (415) 555-2671 24 hours",
      "phone 415 555 2671 7 days a week", "Dial +1 415-555-2671 7 days a week"})
  void aNorthAmericanNumberNearAPhoneWordEndsBeforeTheNextNumber(String text) {
    String number = text.substring(text.indexOf(' ') + 1, text.lastIndexOf(' ', text.indexOf("2671") + 5));
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Call 415-555-2671-12", "Call 415.555.2671.5", "phone: 415 555 2671-22",
      "Call (415) 555-2671-12", "Call 1-800-555-0199-1"})
  void aNorthAmericanNumberGoingOnWithADashOrDotStaysOneNumber(String text) {
    String number = text.substring(text.indexOf(' ') + 1);
    assertThat(Detected.values("PHONE", text)).containsExactly(number);
  }

  @Test
  void anExtensionHasAtMostSixDigits() {
    assertThat(Detected.values("PHONE", "Desk: 415-555-2671 x1234567 ok"))
        .containsExactly("415-555-2671");
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
    "Order 415-55-52671", "+99 123", "999-234-5678", // no area code 999
    "011 2345 6789 0123" // 011 and no country code after it
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
  void anItalianLeadingZeroInParenthesesStaysPartOfTheNumber() {
    assertThat(Detected.values("PHONE", "reach +39 (0)2 1234 5678 today"))
        .containsExactly("+39 (0)2 1234 5678");
  }

  @Test
  void aTrunkZeroWrittenAfterTheCountryCodeIsDropped() {
    assertThat(Detected.values("PHONE", "reach +44 020 7946 0958 today"))
        .containsExactly("+44 020 7946 0958");
  }

  @Test
  void invalidNorthAmericanNumbersNeedAContextWord() {
    assertThat(Detected.values("PHONE", "they said 984-182-0190 yesterday")).isEmpty();
    assertThat(Detected.values("PHONE", "phone 984-182-0190")).containsExactly("984-182-0190");
  }

  @Test
  void numbersValidInNoRegionAreNotPhonesEvenNearAPhoneWord() {
    assertThat(Detected.values("PHONE", "phone 0000 000 000")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"phone 9018201", "Tel: 901-8201"})
  void sevenDigitLocalNumbersNearAPhoneWordAreFound(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly(text.substring(text.indexOf('9')));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "call me at 9018201", "Phone no. 9018201", "{\"phone\":\"9018201\"}",
    "phone: my number is 9018201", "Call us on 9018201", "tel #9018201", "9018201 (mobile)",
    "phone1=9018201", "{\"phone_2\":\"9018201\"}"
  })
  void aBareShortNumberIsFoundWhenThePhoneWordLeadsToIt(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly("9018201");
  }

  @Test
  void aShortNumberInGroupsNeedsThePhoneWordOnlyNearby() {
    assertThat(Detected.values("PHONE", "call and see 901 8201")).containsExactly("901 8201");
    assertThat(Detected.values("PHONE", "call and see 9018201")).isEmpty();
    assertThat(Detected.values("PHONE", "call and see 020 7946 0958")).containsExactly("020 7946 0958");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "to explicitly call that out (see CR 6178365)",
    "special case for non-text components (bug ID 4144840)",
    "is a cell editor in JTable. See 6348946.",
    "digit text (e.g., \"20010704\") with a pattern"
  })
  void aBareShortNumberFartherFromThePhoneWordIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "xxxx: 00 11 22 33 44 55 66 77   88 99 aa bb", "bytes 00 11 22 33 44 55 66 77 88"
  })
  void aHexDumpIsNoNumberDialledAbroad(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @Test
  void aDateWithATwoDigitYearAndSlashesIsNoPhone() {
    assertThat(Detected.values("PHONE", "then a time text \"07/10/96 4:5 PM, PDT\" is parsed"))
        .isEmpty();
    assertThat(Detected.values("PHONE", "call on 31/12/99 12:30")).isEmpty();
    assertThat(Detected.values("PHONE", "tel 06-12-34-56-78")).containsExactly("06-12-34-56-78");
  }

  @Test
  void aSpacedDashAfterTheCountryCodeKeepsTheNumberTogether() {
    assertThat(Detected.values("PHONE", "reach +44 - 20 7946 0958 today"))
        .containsExactly("+44 - 20 7946 0958");
  }

  @Test
  void aNumberThatFollowsAnotherNumberAfterASpaceIsFound() {
    assertThat(Detected.values("PHONE", "room 12 415-555-2671 x")).containsExactly("415-555-2671");
    assertThat(Detected.values("PHONE", "Room 12 (415) 555-2671 x")).containsExactly("(415) 555-2671");
    assertThat(Detected.values("PHONE", "room 12 1-415-555-2671 x")).containsExactly("1-415-555-2671");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Telephone: 020 7946 0958", "my cellphone: 020 7946 0958"})
  void theLongestPhoneWordsCountAtTheStartAndInTheMiddle(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly("020 7946 0958");
  }

  @Test
  void aPhoneWordCountsUpToTwentyFourCharactersBeforeTheNumber() {
    assertThat(Detected.values("PHONE", "phone" + " ".repeat(24) + "020 7946 0958"))
        .containsExactly("020 7946 0958");
    assertThat(Detected.values("PHONE", "phone" + " ".repeat(25) + "020 7946 0958")).isEmpty();
    assertThat(Detected.values("PHONE", "phone" + " ".repeat(22) + "\u2013 020 7946 0958"))
        .as("a dash of three UTF-8 bytes counts once").containsExactly("020 7946 0958");
    assertThat(Detected.values("PHONE", "Call me later. Meanwhile we counted 020 7946 0958 items"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "020 7946 0958 landline", "020 7946 0958 - fax", "020 7946 0958 \u2013 fax"
  })
  void aWordAfterTheNumberCountsWithinThreeCharacters(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly("020 7946 0958");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "020 7946 0958 -  fax", "we counted 020 7946 0958 items at the office",
    "counted 020 7946 0958\nFax machines: 2", "we counted 020 7946 0958 containers"
  })
  void wordsFartherAfterTheNumberOnTheNextLineOrNotInTheListDoNotCount(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"messages\":[\"0688 872 49 99\"]}", "text\":\"0688 872 49 99\"}"})
  void messagesAndTextAsJsonKeysAreNotPhoneWords(String json) {
    assertThat(Detected.values("PHONE", json)).isEmpty();
  }

  @Test
  void textingCountsAsAPhoneWord() {
    assertThat(Detected.values("PHONE", "keep texting 0688 872 49 99"))
        .containsExactly("0688 872 49 99");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"phoneNumber\":\"020 7946 0958\"}", "{\"customerPhone\":\"020 7946 0958\"}",
    "Customer(name=Jane Doe, mobileNumber=020 7946 0958)", "<PhoneNumber>020 7946 0958</PhoneNumber>",
    "{\"contactPhone\":\"020 7946 0958\"}", "billingPhone=020 7946 0958", "WhatsApp: 020 7946 0958",
    "phone1=020 7946 0958", "{\"phone2\":\"020 7946 0958\"}", "Contact: 020 7946 0958"
  })
  void aCamelCaseKeyWithAPhoneWordCounts(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly("020 7946 0958");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"phonetic\":\"020 7946 0958\"}", "{\"telemetryId\":\"020 7946 0958\"}"})
  void aWordThatOnlyStartsLikeAPhoneWordDoesNotCount(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Processed message 48213377 from topic orders.v1",
    "Received message key=abc offset=6442652840 partition=3",
    "INFO c.s.sms.SmsGateway - Order 848205047 transitioned",
    "{\"channel\":\"mobile\",\"createdAt\":\"1709712338484\"}",
    "message sent 1706311348",
    "38472915 Office Chair Ergonomic",
    "{\"id\":48213377,\"phone\":null}"
  })
  void aBareRunOfDigitsInLogsAndProductTextIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fax: 9498777106", "Desk: 5403926876", "3660170548-Fax", "9018201 (mobile)",
    "phone 0612345678"})
  void aBareNumberWithItsPhoneWordRightBeforeOrAttachedAfterIsFound(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"lat\":-14.6462265,\"lng\":67.34445566},\"phone\":null",
    "\"phone\": null, \"fax\": null, \"lat\": 48.85661234",
    "{\"input\": \"gold ring 18k\", \"embedding\": [0.1207547, 0.5]"
  })
  void aDecimalNumberNextToAPhoneWordIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"gtin\": \"0078000873597\"}", "IMEI 011913813014942", "[0.0495 -0.3530 -0.5191 -0.6012]",
    "code 00627319199876 ok"
  })
  void aDiallingPrefixCountsOnlyAsItsOwnGroupOrNearAPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reach 0044 20 7946 0958 today", "reach 00 44 20 7946 0958 today",
    "phone 00442079460958"})
  void aNumberDialledWithAPrefixIsStillFound(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "ref 0035 8472 8568 |", "Sendungsnummer: 0035 8472 8568 |", "DHL 0035 8472 8568 |",
    "{\"tracking\":\"0035 8472 8568\"} |", "{\"shipmentId\":\"0035 8472 8568\"} |",
    "Sendung 9537 8310 0035 8472 8568 |", "Reference no. 0035-8472-8568 |",
    // a phone word nearer, or a label that does not lead to the number, keeps the phone
    "Sendungsnummer 4711, Tel. 0035 8472 8568 | 0035 8472 8568",
    "Tracking: 0035 8472 8568. Call us at 0044 20 7946 0958 | 0044 20 7946 0958",
    "ref 12, reach 0044 20 7946 0958 today | 0044 20 7946 0958",
    "Ref: +358 8472 8568 | +358 8472 8568"
  })
  void aZeroPaddedIdThatAParcelOrReferenceLabelLeadsToIsNoPhone(String text, String phone) {
    List<String> expected = phone == null ? List.of() : List.of(phone);
    assertThat(Detected.values("PHONE", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1 2 4 8 16 32 64 128 256 512 1024 2048 4096", "520 488 1535 3582 3811 8279"})
  void aRowOfNumbersIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @Test
  void aSpacedNorthAmericanNumberAloneOrNearAPhoneWordIsFound() {
    assertThat(Detected.values("PHONE", "they said 415 555 2671 yesterday")).containsExactly("415 555 2671");
    assertThat(Detected.values("PHONE", "call 415 555 2671 7 days a week")).containsExactly("415 555 2671");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+91 9876543210", "+86 13800138000", "+49 15123456789", "+91-9876543210",
    "+1 4155552671", "+33 612345678"})
  void anInternationalNumberWithItsNationalPartInOneBlockIsFound(String number) {
    assertThat(Detected.values("PHONE", "Kunde " + number + " hat angerufen")).containsExactly(number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jane Doe (415-555-2671)", "Jane (415.555.2671)", "Jane (1-415-555-2671)"})
  void aWholeNumberInParenthesesIsFoundWithoutThem(String text) {
    assertThat(Detected.values("PHONE", text))
        .containsExactly(text.substring(text.indexOf('(') + 1, text.length() - 1));
  }

  @Test
  void anArgumentOfAFunctionCallIsNoPhone() {
    assertThat(Detected.values("PHONE", "Tool call get_order(6953-8875-5987) returned")).isEmpty();
  }

  @Test
  void aNationalNumberInParenthesesNearAPhoneWordLeavesThemOut() {
    assertThat(Detected.values("PHONE", "call (020 7946 0958)")).containsExactly("020 7946 0958");
    assertThat(Detected.values("PHONE", "call (020) 7946 0958")).containsExactly("(020) 7946 0958");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Telefonnummer: 030 1234567", "Mobil: 0151 23456789", "Celular: 612 34 56 78",
    "Rufnummer 030 1234567", "Tlf. 32 12 34 56", "telefoon 020 123 4567", "Kontakt: 030 1234567",
    "Mobilfunk: 0151 23456789", "Fon: 030 1234567", "Telf. 612 34 56 78", "Tfn. 08 123 456 78"})
  void phoneWordsOfOtherLanguagesCount(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"m\":\"Phone: \\n 4155552671\"}", "{\"m\":\"Mobile:\\n07700900123\"}",
    "{\"notes\":\"Phone\\t4155552671\"}", "\"Tel.:\\u00a04155552671\""})
  void aPhoneWordLeadsToABareNumberAcrossJsonEscapes(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Text me at 4155552671", "keep texting me on 4155552671",
    "message me at 4155552671"})
  void prosePhoneWordsLeadToABareNumberThroughFillerWords(String text) {
    assertThat(Detected.values("PHONE", text)).containsExactly("4155552671");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tel. 030.12345678", "Tel.: 06.12345678"})
  void aDottedNumberStartingWithZeroNearAPhoneWordIsAPhone(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @Test
  void aHouseNumberAfterASpacedNumberIsNoRow() {
    assertThat(Detected.values("PHONE", "Jane Doe 415 555 2671 42 Main Street"))
        .containsExactly("415 555 2671");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Processed message (48213377)", "Items (38472915) Office Chair",
    "call that out (6178365)"})
  void aBareNumberInParenthesesStillNeedsItsPhoneWord(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }


  @ParameterizedTest
  @ValueSource(strings = {"Processed message number 48213377", "Deleted message no. 48213377",
    "message nr 20240511", "message is 48213377", "text on 1709712338", "{\"text\":\"message no 48213377\"}"})
  void aProsePhoneWordNeedsSomeoneToReach(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @Test
  void onlyNumbersOfOneOrTwoDigitsMayStandBetweenTheWordAndABareNumber() {
    assertThat(Detected.values("PHONE", "phone 12, 4155552671")).containsExactly("4155552671");
    assertThat(Detected.values("PHONE", "phone 123, 4155552671")).isEmpty();
  }

  @Test
  void aProseWordRightBeforeABareNumberIsNoPhoneWord() {
    assertThat(Detected.values("PHONE", "Processed message 4155552671 from topic")).isEmpty();
  }

  @Test
  void aBareNumberWithNoWordAttachedAfterItIsNoPhone() {
    assertThat(Detected.values("PHONE", "ref 4155552671 shipped")).isEmpty();
    assertThat(Detected.values("PHONE", "ref 4155552671-fax")).containsExactly("4155552671");
    assertThat(Detected.values("PHONE", "ref 4155552671-abc")).isEmpty();
  }

  @Test
  void twoNumbersAroundASpacedNumberMakeARow() {
    assertThat(Detected.values("PHONE", "values 12 415 555 2671 34 end")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"payer\":{\"phone\":{\"phone_type\":\"MOBILE\",\"phone_number\":{\"national_number\":\"%s\"}}}}",
    "{\"phone_number\": {\n    \"national_number\": \"%s\"\n  }}",
    "{\"phone\":{\"number\":\"%s\"}}", "{\"mobilePhone\":{\"nationalNumber\":\"%s\"}}"
  })
  void findsANationalNumberNestedInAnObjectOfAPhoneAsPaymentApisWriteIt(String template) {
    assertThat(Detected.in(template.formatted("4085551234"))).containsExactly("PHONE 4085551234");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"order\":{\"number\":\"4085551234\"}}", "{\"phone\":\"none\",\"invoice\":{\"number\":\"4085551234\"}}",
    "{\"national_number\":\"4085551234\"}", "{\"phone\":{\"type\":\"x\"},\"account\":{\"number\":\"4085551234\"}}"
  })
  void aNumberKeyInAnObjectOfSomethingElseIsNoPhoneWord(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEL: 03-1234-5678(10:00~18:00)", "TEL: 03-1234-5678 (10:00-18:00)",
      "Tel: 03-1234-5678 (9am-5pm)", "phone 0120-987-654(10:00~17:00)"})
  void businessHoursInParenthesesAfterANumberAreNotPartOfIt(String text) {
    String number = text.substring(text.indexOf(' ') + 1, text.indexOf('(')).strip();

    assertThat(Detected.in(text)).containsExactly("PHONE " + number);
  }

  @Test
  void aGroupInParenthesesThatClosesStaysPartOfTheNumber() {
    assertThat(Detected.in("Tel: +44(0)20 7946 0958")).containsExactly("PHONE +44(0)20 7946 0958");
    assertThat(Detected.in("call +1 (415) 555-2671")).containsExactly("PHONE +1 (415) 555-2671");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SKU 520-277-9427", "SKU: 520-277-9427", "UPC 520-277-9427", "Part number 520-277-9427",
    "Part # 520-277-9427", "Item #520-277-9427", "Model 520-277-9427", "ISBN 520-277-9427",
    "Artikelnummer 520-277-9427", "Invoice 912-508-7502", "Invoice #: 912-508-7502",
    "Rechnung 912-508-7502", "Rechnungsnummer 912-508-7502", "Rechnung Nr. 912-508-7502",
    "facture 912-508-7502", "N\u00b0 de facture : 912-508-7502", "factura 912-508-7502",
    "Fattura n. 912-508-7502", "Factuurnummer 912-508-7502", "{\"invoice_number\":\"912-508-7502\"}",
  })
  void aNorthAmericanLayoutThatAnotherLabelLeadsToIsNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Order #12345, call me at 415-555-2671", "Ref: +1 415 555 2671", "ticket opened by 415-555-2671",
    "Case 18: phone 415-555-2671", "Case (415) 555-2671", "Item: 415 555 2671",
    "Reference 415.555.2671", "Ticket: 415-555-2671 called twice about refund",
    "Order ID: 415-555-2671 (customer's cell)", "Callback for case: 415-555-2671",
    "Invoice questions? Call 415-555-2671", "Rechnung: Tel. 415-555-2671",
    "Invoice sent by text to 415-555-2671", "Order 612-798-1374", "Case 612-798-1374 opened",
  })
  void aLabelOfAnotherNumberThatDoesNotLeadToThePhoneLeavesItFound(String text) {
    assertThat(Detected.values("PHONE", text)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Tel (mobile, preferred for delivery): 07911 123456 | 07911 123456",
    "Phone number for delivery questions: 07911 123456 | 07911 123456",
    "Mobile phone of the customer who ordered: 07911 123456 | 07911 123456",
    "mon num\u00e9ro c'est le 06 12 34 56 78 | 06 12 34 56 78",
  })
  void aPhoneWordStartingALongLabelBeforeAColonCounts(String text, String phone) {
    assertThat(Detected.values("PHONE", text)).containsExactly(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Phone: none given. Customer reference number: 07911 123456",
    "Phone 2 of the customer, item count and codes: 07911 123456",
    "phone=none; order reference for the shipment: 07911 123456",
    "Phone support hours for delivery questions today: 1715948884",
  })
  void aLongLabelThatAnotherFieldOrANumberBreaksIsNoPhoneLabel(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "Contact (+4915123456789) for help | +4915123456789",
    "Jane (+447911123456)              | +447911123456",
    "+1 415 555 2671 extension 204     | +1 415 555 2671 extension 204",
    "tel:+1-415-555-2671;ext=204       | +1-415-555-2671;ext=204",
    "(+44) 20 7946 0958                | (+44) 20 7946 0958",
  })
  void aWholeNumberInParenthesesAndAWrittenOutExtensionHaveExactEdges(String text, String phone) {
    assertThat(Detected.values("PHONE", text)).containsExactly(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Customer phone updated: 4155552671 | 4155552671", "phone changed to 07911123456 | 07911123456",
    "msisdn=14155552671 | 14155552671", "Phone verified: 0033612345678 | 0033612345678"
  })
  void findsABareNumberAfterAPhoneWordAndTheVerbOfAnAuditLog(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("PHONE", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "{\"contacts\":[{\"wa_id\":\"14155552671\",\"profile\":{\"name\":\"Jane\"}}]} | 14155552671",
    "{\"wa_id\":\"4915123456789\"} | 4915123456789",
    "{\"waId\": \"447911123456\"} | 447911123456",
    "{'waid': '4915123456789'} | 4915123456789",
    "wa_id=14155552671&type=text | 14155552671",
    "{\"body\":\"{\\\"wa_id\\\":\\\"4915123456789\\\"}\"} | 4915123456789",
    // not a key of its own, nor an id that only ends in the letters
    "`swa_id: 4915123456789` |", "`wa_id_hash: 4915123456789` |", "`Kiwa id 4915123456789` |"
  })
  void findsTheNumberOfAWhatsAppIdKey(String text, String phone) {
    List<String> expected = phone == null ? List.of() : List.of(phone);
    assertThat(Detected.values("PHONE", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "name=Jane+Doe&phone=%28415%29+555-2671&submit=1 | %28415%29+555-2671",
    "phone=%28415%29%20555-2671&x=1 | %28415%29%20555-2671",
    "phone=%2B1+%28415%29+555-2671&x=1 | %2B1+%28415%29+555-2671",
    "{\"callback\":\"https://shop.example.com/cb?phone=%2B1+%28415%29+555-2671\"} | %2B1+%28415%29+555-2671",
    "q=call%20+44%2020%207946%200958 | +44%2020%207946%200958"
  })
  void findsANumberWithItsParenthesesAndPlusPercentEncodedInAUrl(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("PHONE", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=%28415%29", "size=%2812%29+345", "x%28415%29+555-2671"})
  void encodedParenthesesAroundOtherNumbersAreNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"desk updated: 20240501", "call set 20240501", "ring set 16777216 entries"})
  void anAuditVerbCountsOnlyAfterAWordThatNamesAPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  /**
   * libphonenumber logs through java.util.logging when asked about the region "001" of the
   * non-geographic codes (+800, +882, …); inside the agent that would write to the host
   * application's log on every scan of such text.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "0000060 00 00 00 80 00 00 20 00 00 00 ff ff ff ff 00 00", "phone: +882 1234",
    "0000100 ff ff ff ff 00 00 00 00 20 80 00 00 20 80 00 00", "call me: +800 1234 5670",
    "Inmarsat: +870 12", "toll-free +800 123", "Tel: 00 882 1234 5678", "phone: +979 1234 5678"
  })
  void scanningANonGeographicCountryCodeWritesNothingToTheLog(String text) {
    Logger logger = Logger.getLogger("com.google.i18n.phonenumbers");
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try {
      Detected.in(text);
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(records).extracting(LogRecord::getMessage).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "|00000140| 61 74 74 61 63 68 65 64 20 74 65 78 74 20 61 62 |attached text ab|\n"
        + "|00000150| 6f 75 74 20 74 68 65 20 72 65 6c 65 61 73 65 20 |out the release |",
    "0000100 ff ff ff ff 00 00 00 00 20 80 00 00 20 80 00 00",
    "phone 0000100 ff ff ff ff 00 20 80 00 00 20 80 00 00",
    "00002190: 2829 2063 616c 6c20 7769 6c6c 2066 6972  () call will fir\n"
        + "000021a0: 7374 2061 736b 2066 616b 6564 2066 6f72  st ask faked for", // xxd
    "00000e20: 7920 6865 6c70 206d 6573 7361 6765 2061  y help message a\n"
        + "00000e30: 6e64 2065 7869 745c 262e 0a2e 5245 0a2e  nd exit\\&...RE..",
    "0000dd70: 3d68 695c 6652 0a4c 6973 7473 2066 6f6e  =hi\\fR.Lists fon\n" // at a row's start
        + "0000dd80: 7420 6661 6365 7320 7468 6174 2063 6f76  t faces that cov",
    "0000b690  63 63 65 73 73 66 75 6c  20 63 61 6c 6c 2c 20 73  |ccessful call, s|\n" // -C
        + "0000b6a0  75 62 73 65 71 75 65 6e  74 20 72 65 61 64 73 20  |ubsequent reads |",
    "0035200 0a3e 5c2e 2022 6e61 2064 6c43 6e69 2074\n" // od's offset and the first group
        + "0035220 6441 6d61 2073 633c 696c 746e 6440 6265",
    "\t0x0020:  2829 2063 616c 6c20 7769 6c6c 2066 6972  () call will fir\n" // tcpdump -X
        + "\t0x0030:  7374 2061 2020 2020 2020 2020  st a        ",
    "tel\n|000009b0| 34 39 51 28 25 66 87 22 00 98 87 66 21 94 90 79 |49Q(%f.\"...f!..y|", // Netty
    "tel\n000009b0  34 39 51 28 25 66 87 22  00 98 87 66 21 94 90 79  |49Q(%f.\"...f!..y|",
    "tel\n0000620 20 80 00 00 20 80 00 00 20 80 00 00 48 80 00 04" // od
  })
  void groupsOfDigitsInARowOfHexGroupsAreBytesOfADump(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Tel: 06 12 34 56 78         | 06 12 34 56 78",
    "Tel. 01 42 68 53 00 ab      | 01 42 68 53 00",
    "call 00 33 6 12 34 56 78    | 00 33 6 12 34 56 78"
  })
  void pairsOfDigitsOutsideARowOfHexPairsStayAPhoneNumber(String text, String phone) {
    assertThat(Detected.values("PHONE", text)).containsExactly(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Received messages 1000-1999 from partition 3", "consumer fetched messages 4000-4999 (lag 12)",
    "Messages from 1000-1199 are kernel messages", "$Id: TextUtils.java,v 1.12 2004/03/15 10:20:30 bob Exp $",
    "$Id: contact.c,v 1.4 2002/10/24 17:40:16 bob Exp $",
    "function l(e){return\"[object Number]\"===t.call(e)&&-2147483648<=e&&e<=2147483647}",
    "For example, a cell with date 11/3/2020 has the raw value \"44138\".",
    "\"temp_delta\": \"+35236450.6\"", "ExtendedContext.quantize(Decimal('+35236450.6'))"
  })
  void rangesRevisionsNegativeNumbersDatesAndSignedDecimalsAreNoPhone(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "phone: 5550-1234                     | 5550-1234",
    "phoneNumber: '+1.8005550123'         | +1.8005550123",
    "Tel: +44 20 7946 0958, -             | +44 20 7946 0958",
    "Tel. 030 1234567 since 11/3/2020     | 030 1234567"
  })
  void numbersNearThoseShapesStayPhoneNumbers(String text, String phone) {
    assertThat(Detected.values("PHONE", text)).containsExactly(phone);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Tel. (90)(212) 344 1265, fax (90)(212) 344 1270 | (90)(212) 344 1265 | (90)(212) 344 1270",
    "Tel. (90) (212) 344 1265 or (44)(20) 7946 0958  | (90) (212) 344 1265 | (44)(20) 7946 0958"
  })
  void aCountryCodeInParenthesesBeforeAnAreaCodeInParenthesesIsReadWithTheWholeNumber(
      String text, String first, String second) {
    assertThat(Detected.values("PHONE", text)).containsExactly(first, second);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Tel 0800 1234 5678 0800 1234 5679                  | 0800 1234 5679",
    "Tel: 0800 1234 5678  0800 1234 5679                | 0800 1234 5679",
    "Tel: 0800 1234 5678 0171 2345 6789                 | 0171 2345 6789",
    "Tel: +33 1 42 68 53 00 06 12 34 56 78              | 06 12 34 56 78"
  })
  void aPhoneNumberRightAfterAnotherIsNoRowOfGroups(String text, String second) {
    assertThat(Detected.values("PHONE", text)).contains(second);
  }

  @ParameterizedTest
  @CsvSource({"phone_number, 4155552671, PHONE", "social_security_number, 536221948, US_SSN"})
  void aKeyThreeJsonStringLevelsDeepLabelsItsValue(String key, String value, String type) {
    // a tool's result in a tool message in a transcript, with Python's ": " separators: seven
    // backslashes before each quote of the innermost object
    String json = "{\"" + key + "\": \"" + value + "\", \"id\": 17}";
    for (int level = 0; level < 3; level++) {
      json = "{\"role\": \"tool\", \"content\": \"" + json.replace("\\", "\\\\")
          .replace("\"", "\\\"") + "\"}";
    }
    assertThat(json).contains("\\\\\\\"" + key);
    assertThat(Detected.values(type, json)).containsExactly(value);
  }

  @Test
  void aPlusGluedAfterAWordIsTheSpaceOfAFormBeforeANumberWithoutItsPlus() {
    assertThat(Detected.values("PHONE", "text=Call+4155552671+or+mail+jane%40example.com"))
        .containsExactly("4155552671");
    assertThat(Detected.values("PHONE", "q=phone+07911123456&x=1")).containsExactly("07911123456");
    assertThat(Detected.values("PHONE", "total=a+4155552671")).isEmpty();
    assertThat(Detected.values("PHONE", "sum 1+4155552671")).isEmpty();
  }


  @ParameterizedTest
  @ValueSource(strings = {"The min number is 1000000 rows", "min number: 1000000",
    "Default min number = 2000000", "set the min number to 5000000"})
  void theAbbreviationMinBeforeNumberIsNoPossessive(String text) {
    assertThat(Detected.values("PHONE", text)).isEmpty();
  }
}
