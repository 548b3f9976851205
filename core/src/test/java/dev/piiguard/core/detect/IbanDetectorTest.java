package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
    "NL91ABNA0417164300", "NO9386011117947", "CH9300762011623852957", "BE68539007547034",
    "MT84MALT011000012345MTLCAST001S", "gb82west12345698765432", "GB82 WEST 1234 5698 7654 32",
    "DE89 3704 0044 0532 0130 00"
  })
  void findsValidIbansInAnyCaseAndGrouping(String iban) {
    assertThat(Detected.values("IBAN", "IBAN: " + iban + ".")).containsExactly(iban);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "GB82WEST12345698765433", // check digits wrong
    "GB82WEST1234569876543", // one short for GB
    "GB82WEST123456987654321", // one long for GB
    "XX82WEST12345698765432", // no such country
    "GB82 WEST 1234 5698 765 432", // broken grouping
    "ABGB82WEST12345698765432" // glued to a word
  })
  void staysQuietOnNearMisses(String text) {
    assertThat(Detected.values("IBAN", "value " + text + " end")).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "GB82-WEST-1234-5698-7654-32", "DE89-3704-0044-0532-0130-00", "fr14-2004-1010-0505-0001-3m02-606"
  })
  void findsIbansGroupedWithDashes(String iban) {
    assertThat(Detected.values("IBAN", "IBAN " + iban + ", thanks")).containsExactly(iban);
  }

  @org.junit.jupiter.api.Test
  void aDashedIbanGoingOnWithMoreGroupsOrMixedSeparatorsIsNone() {
    assertThat(Detected.values("IBAN", "ref DE89-3704-0044-0532-0130-00-12 x")).isEmpty();
    assertThat(Detected.values("IBAN", "ref DE89-3704 0044-0532-0130-00 x")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "IBAN DE 89 3704 0044 0532 0130 00 | DE 89 3704 0044 0532 0130 00",
    "my iban: DE89 370400440532013000 | DE89 370400440532013000",
    "my iban is DE89 370400440532013000 thanks | DE89 370400440532013000",
    "IBAN  DE89  3704  0044  0532  0130  00     BIC  COBADEFFXXX | DE89  3704  0044  0532  0130  00",
    "IBAN: GB82 WEST 123456 98765432, BIC WESTGB2L | GB82 WEST 123456 98765432",
    "iban FR76-3000-6000-0112-3456-7890-189 | FR76-3000-6000-0112-3456-7890-189",
    "IBAN GB 29 NWBK 6016 1331 9268 19 | GB 29 NWBK 6016 1331 9268 19",
    "IBAN: NL 91 ABNA 0417 1643 00 | NL 91 ABNA 0417 1643 00",
    "{\"iban\":\"GB 82 WEST 1234 5698 7654 32\"} | GB 82 WEST 1234 5698 7654 32"
  })
  void nearTheWordIbanAnyGroupingCounts(String text, String iban) {
    assertThat(Detected.values("IBAN", text)).containsExactly(iban);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DE89 370400440532013000", "DE 89 3704 0044 0532 0130 00", "IBAN DE89 37040044 0532013000 12",
    "IBAN DE 88 3704 0044 0532 0130 00", "IBAN DE89   3704 0044 0532 0130 00"
  })
  void otherGroupingsNeedTheWordAndTheChecksum(String text) {
    assertThat(Detected.values("IBAN", text)).isEmpty();
  }

  @Test
  void anIbanInASubfieldOfAnMt940StatementLineIsFound() {
    // :86: lines of German statements put the other party's IBAN in subfield ?31, its name in ?32
    assertThat(Detected.values("IBAN",
        ":86:105?00SEPA-LASTSCHRIFT?20EREF+4711?30COBADEFFXXX?31DE89370400440532013000?32Klaus"))
        .containsExactly("DE89370400440532013000");
    assertThat(Detected.values("IBAN", "x1DE89370400440532013000 ?3DE89370400440532013000"))
        .as("glued to other digits").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"_id\":\"ad498c49e11f4c0584f39d0a\"", "request_id=ad498c49e11f4c0584f39d0a",
    "ref DE99513108355126270159"
  })
  void aStringThatPassesMod97WithCharactersOrCheckDigitsTheRegistryDoesNotGiveIsNoIban(String text) {
    assertThat(Detected.values("IBAN", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DE02513108355126270159", "AD1200012030200359100100", "BR1800360305000010009795493C1",
    "MU17BOMM0101101030300200000MUR", "SC18SSCB11010000000000001497USD"
  })
  void ibansOfTheRegistrysStructuresAreFound(String iban) {
    assertThat(Detected.values("IBAN", "IBAN " + iban + ".")).containsExactly(iban);
  }

  @Test
  void everyCountryOfTheRegistryHasItsLength() {
    String lengths = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24"
        + " DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28"
        + " HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21"
        + " LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25"
        + " QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26"
        + " UA29 VA22 VG24 XK20 YE30";
    int countries = 0;
    for (char first = 'A'; first <= 'Z'; first++) {
      for (char second = 'A'; second <= 'Z'; second++) {
        int length = IbanFormats.length(first, second);
        if (length > 0) {
          countries++;
          assertThat(lengths).contains("" + first + second + length);
        }
      }
    }
    assertThat(countries).isEqualTo(89);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Konto: DE89 37040044 0532013000 | DE89 37040044 0532013000",
    "Bankverbindung DE 89 3704 0044 0532 0130 00 | DE 89 3704 0044 0532 0130 00",
    "Rekening: NL91 ABNA 041716 4300 | NL91 ABNA 041716 4300"
  })
  void anIbanGroupedLooselyAfterAnAccountWordIsFound(String line) {
    String[] parts = line.split(" \\| ");
    assertThat(Detected.values("IBAN", parts[0])).containsExactly(parts[1]);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "IBAN: DE89 3704 0044\n0532 0130 00", "IBAN: DE89 3704 0044 \r\n0532 0130 00",
    "Bitte überweisen Sie auf Konto DE89 3704 0044 0532\n0130 00 bei der Commerzbank"
  })
  void anIbanWrappedOverALineBreakNearAnAccountWordIsFoundWhole(String text) {
    assertThat(Detected.values("IBAN", text)).singleElement()
        .satisfies(iban -> assertThat(iban.replaceAll("\\s", "")).isEqualTo("DE89370400440532013000"));
  }

  @Test
  void aLineBreakDoesNotJoinAnIbanToTheNumberOnTheNextLine() {
    assertThat(Detected.values("IBAN", "IBAN DE89 3704 0044 0532 0130 00\n42 items")).containsExactly(
        "DE89 3704 0044 0532 0130 00");
  }
}
