package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewTest {

  @Test
  void eachTypeShowsOnlyASmallNonSecretPart() {
    Map<String, String[]> examples =
        Map.of(
            "EMAIL", new String[] {"john.doe@example.com", "j***@example.com"},
            "PHONE", new String[] {"+1 415 555 2671", "+* *** *** **71"},
            "PAYMENT_CARD", new String[] {"4111-1111-1111-1111", "****-****-****-1111"},
            "IBAN", new String[] {"DE89 3704 0044 0532 0130 00", "DE** **** **** **** **** 00"},
            "US_SSN", new String[] {"078-05-1120", "***-**-****"},
            "IP_ADDRESS", new String[] {"203.0.113.42", "203.*.*.*"},
            "SECRET", new String[] {"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", "ghp_****"});

    examples.forEach((type, example) -> assertThat(Preview.of(type, example[0])).as(type).isEqualTo(example[1]));
  }

  @Test
  void aCustomTypesPreviewKeepsItsFirstCharacterWhole() {
    assertThat(Preview.of("EMOJI_TAG", "\ud83d\ude00tag1234")).isEqualTo("\ud83d\ude00***");
  }

  @Test
  void anEmailWhoseFirstLetterIsOutsideTheBasicPlaneKeepsTheWholeLetter() {
    assertThat(Preview.of("EMAIL", "\ud835\udc23\ud835\udc1a\ud835\udc27@example.com"))
        .isEqualTo("\ud835\udc23***@example.com");
    assertThat(Preview.of("EMAIL", "jiří.dvořák@seznam.cz")).isEqualTo("j***@seznam.cz");
  }

  @Test
  void shortEmailLocalPartsAreNotShownAtAll() {
    assertThat(Preview.of("EMAIL", "jo@example.com")).isEqualTo("***@example.com");
  }

  @Test
  void bareCardNumbersKeepOnlyTheLastFour() {
    assertThat(Preview.of("PAYMENT_CARD", "378282246310005")).isEqualTo("***********0005");
  }

  @Test
  void escapedSpacesAndDashesBetweenGroupsShowAsTheCharacterTheyStandFor() {
    assertThat(Preview.of("PAYMENT_CARD", "4111\\u00a01111\\u00a01111\\u00a01111"))
        .isEqualTo("****\u00a0****\u00a0****\u00a01111");
    assertThat(Preview.of("PHONE", "415\\\\u2013555\\\\u20132671"))
        .isEqualTo("***\u2013***\u2013**71");
    assertThat(Preview.of("PAYMENT_CARD", "4111\\u22121111&minus;1111&thinsp;1111"))
        .isEqualTo("****\u2212****\u2212****\u2009" + "1111");
    assertThat(Preview.of("PAYMENT_CARD", "4111&nbsp;1111&#160;1111&#x2013;1111"))
        .isEqualTo("****\u00a0****\u00a0****\u2013" + "1111");
    assertThat(Preview.of("US_SSN", "123&#27;45&#99999999;6789"))
        .isEqualTo("***&#**;**&#********;****");
    assertThat(Preview.of("US_SSN", "123\\u001b45\\u0024789")).as("only separators are decoded")
        .isEqualTo("***\\*******\\********");
  }

  @Test
  void anEncodedAtSignOfAnAddressShowsAsTheCharacterSoThatTheDomainStaysReadable() {
    assertThat(Preview.of("EMAIL", "jane%40example.com")).isEqualTo("j***@example.com");
    assertThat(Preview.of("EMAIL", "jane&#64;example.com")).isEqualTo("j***@example.com");
    assertThat(Preview.of("EMAIL", "jane&#x40;example.com")).isEqualTo("j***@example.com");
    assertThat(Preview.of("EMAIL", "jane\\\\u0040example.com")).isEqualTo("j***@example.com");
  }

  @Test
  void anEscapedFullWidthNumberShowsAsTheDigitsItStandsForMasked() {
    String phone = "\\uff10\\uff19\\uff10\\uff0d\\uff11\\uff12\\uff13\\uff14\\uff0d"
        + "\\uff15\\uff16\\uff17\\uff18";

    assertThat(Preview.of("PHONE", phone)).isEqualTo("***－****－**７８");
    assertThat(Preview.of("PHONE", "０９０－１２３４－５６７８")).isEqualTo("***－****－**７８");
  }

  @Test
  void percentEncodedSpacesDashesAndPlusSignsShowAsTheCharacterTheyStandFor() {
    assertThat(Preview.of("PHONE", "%2B44%2020%207946%200958")).isEqualTo("+** ** **** **58");
    assertThat(Preview.of("PHONE", "%2b44+20+7946+0958")).isEqualTo("+**+**+****+**58");
    assertThat(Preview.of("PAYMENT_CARD", "4111%2D1111%2d1111%201111"))
        .isEqualTo("****-****-**** 1111");
    assertThat(Preview.of("US_SSN", "123%2F45%3A6789")).as("only separators are decoded")
        .isEqualTo("***%****%******");
  }

  @Test
  void ipv6ShowsItsFirstGroupOnly() {
    assertThat(Preview.of("IP_ADDRESS", "2001:db8::8a2e:370:7334")).isEqualTo("2001:****");
  }

  @Test
  void aCustomDetectorNamedAfterABuiltInTypeShowsNoMoreThanThatTypesPreview() {
    // a custom IP_ADDRESS detector for address and port, a custom IBAN one that matches otherwise
    assertThat(Preview.of("IP_ADDRESS", "203.0.113.77:8080")).isEqualTo("203.*.*.*");
    assertThat(Preview.of("IP_ADDRESS", "[2001:db8::1]:443")).isEqualTo("[2001:****");
    assertThat(Preview.of("IBAN", "acct canary.leak@example.com")).isEqualTo("a***");
    assertThat(Preview.of("IBAN", "de89-3704-0044-0532-0130-00")).isEqualTo("DE**-****-****-****-****-00");
  }

  @Test
  void secretsShowAtMostTheirPublicPrefix() {
    assertThat(Preview.of("SECRET", "AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA****");
    assertThat(Preview.of("SECRET", "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD")).isEqualTo("sk-proj-****");
    assertThat(Preview.of("SECRET", "sk-ant-api03-" + "a".repeat(80))).isEqualTo("sk-ant-****");
    assertThat(Preview.of("SECRET", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).isEqualTo("eyJ****");
  }

  @Test
  void aSecretWithoutABundledPrefixShowsNothingOfItself() {
    // an AWS secret access key is found after its name and has no public part
    assertThat(Preview.of("SECRET", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")).isEqualTo("****");
    assertThat(Preview.of("SECRET", "short123")).isEqualTo("****");
    assertThat(Preview.of("SECRET", "AKIAlrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
        .as("an AWS secret access key that happens to start like an access key id").isEqualTo("****");
    assertThat(Preview.of("SECRET", "ghp_")).as("no key after the prefix").isEqualTo("****");
  }

  @Test
  void otherTypesShowTheFirstCharOrNothing() {
    assertThat(Preview.of("EMPLOYEE_ID", "EMP-123456")).isEqualTo("E***");
    assertThat(Preview.of("EMPLOYEE_ID", "E-12")).isEqualTo("***");
  }

  @Test
  void noPreviewShowsMoreThanFourCharsOfTheSecretPart() {
    String[][] values = {
      {"PHONE", "+49 151 23456789"}, {"PAYMENT_CARD", "5555555555554444"}, {"IBAN", "GB82WEST12345698765432"},
      {"US_SSN", "123 45 6789"}, {"IP_ADDRESS", "192.168.100.200"}, {"SECRET", "xoxb-123456789012-abcdefghijkl"},
      {"OTHER", "some private note"},
    };
    for (String[] value : values) {
      String preview = Preview.of(value[0], value[1]);
      long shown = preview.chars().filter(Character::isLetterOrDigit).count();
      assertThat(shown).as(value[0]).isLessThanOrEqualTo(4);
      assertThat(preview).isNotEqualTo(value[1]);
    }
  }
}
