package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsnDetectorTest {

  @ParameterizedTest
  @ValueSource(strings = {"123-45-6789", "123 45 6789", "001-01-0001", "899-99-9999"})
  void findsDashedAndSpacedNumbersAnywhere(String ssn) {
    assertThat(Detected.values("US_SSN", "number " + ssn + " on file")).containsExactly(ssn);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SSN: 123456789", "ssn 123456789", "Social Security number 123456789",
    "SS#: 123456789", "Social #: 123456789", "my social is 123456789",
    "Soc Sec #: 123456789", "Soc. Sec. No.: 123456789"})
  void findsBareNineDigitsAfterAContextWord(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("123456789");
  }

  @Test
  void bareNineDigitsWithoutAContextWordAreNotAnSsn() {
    assertThat(Detected.values("US_SSN", "ticket 123456789 was closed")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "000-12-3456", "666-12-3456", "900-12-3456", "999-12-3456", "123-00-4567", "123-45-0000",
    "123-45-67890", "123-45-6789-1", "123-456-789", "a123-45-6789", "123-45 6789"
  })
  void staysQuietOnNumbersTheSsaNeverIssues(String text) {
    assertThat(Detected.values("US_SSN", "SSN " + text + " end")).isEmpty();
  }

  @Test
  void bareNineDigitsGluedToAWordOrDashedToMoreDigitsAreNotAnSsn() {
    assertThat(Detected.values("US_SSN", "SSN 123456789abc")).isEmpty();
    assertThat(Detected.values("US_SSN", "SSN 123456789-1234")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"customerSsn\":\"123456789\"}", "applicantSSN=123456789", "{\"ssnNumber\":\"123456789\"}"
  })
  void aCamelCaseKeyWithSsnCounts(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"season\":\"SS24\",\"sku\":204332181}",
    "{\"utm_source\":\"social\",\"orderId\":417350583}", "SS24 collection, 204332181 sold",
    "social media reach 123456789", "social 412345678 followers", "tv_sec: 123456789",
    "timeout sec: 123456789"})
  void aSeasonCodeOrTheWordSocialAloneIsNoSsnContext(String text) {
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }

  @Test
  void socialSecurityNumberStillCounts() {
    assertThat(Detected.values("US_SSN", "Social Security No. 123456789"))
        .containsExactly("123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2778 155 50 4966", "[112 742 83 3287 -5469 -5366]"})
  void oneOfARowOfNumbersIsNoSsn(String text) {
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }

  @Test
  void aNumberBeforeAnSsnNearItsWordDoesNotMakeARow() {
    assertThat(Detected.values("US_SSN", "SSN for Jane, age 42 123 45 6789"))
        .containsExactly("123 45 6789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssn: 078.05.1120", "SSN 078.05.1120.", "my social security number is 078.05.1120"})
  void dottedNumbersCountNearAnSsnWord(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("078.05.1120");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id,name,SSN,city\n1001,Jane Doe,078.05.1120,Springfield",
    "id,name,Social Security Number\n1000,John Roe,\n1001,Jane Doe,078.05.1120"})
  void dottedNumbersCountUnderAnSsnColumn(String table) {
    assertThat(Detected.values("US_SSN", table)).containsExactly("078.05.1120");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "version 078.05.1120", "Part number 412-55-7890 is missing from my box", "order 412-55-7890",
    "Claim ref: 412 55 7890", "item #412-55-7890", "Security update 412.55.7890 installed"
  })
  void dottedNumbersElsewhereAndNumbersNamedAsSomethingElseAreNoSsn(String text) {
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Bestellung 123-45-6789 |", "Rechnung 123-45-6789 |", "Kundennummer 123-45-6789 |",
    "Auftrag 123-45-6789 |", "commande 123-45-6789 |", "pedido 123-45-6789 |",
    "Artikel-Nr. 123-45-6789 |", "Art.-Nr. 652-08-0784 |", "Artikelnummer 652-08-0784 |",
    "Bestellung 123 45 6789 |", "Num\u00e9ro de commande : 123-45-6789 |",
    "Bestelnummer 123-45-6789 |", "Numero ordine 123-45-6789 |",
    "{\"numero_fattura\":\"123-45-6789\"} |",
    // the label must lead to the number, and an SSN word nearer still names it
    "Bestellung storniert, SSN 123-45-6789 | 123-45-6789",
    "Kundennummer 4711, SSN: 123-45-6789 | 123-45-6789",
    "Art der Anfrage: Steuer, meine SSN ist 123-45-6789 | 123-45-6789",
    "Rechnung an Jane, 123-45-6789 | 123-45-6789"
  })
  void orderArticleAndCustomerNumbersInOtherLanguagesAreNoSsn(String text, String ssn) {
    List<String> expected = ssn == null ? List.of() : List.of(ssn);
    assertThat(Detected.values("US_SSN", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "thanks a lot, here it is: 078-05-1120", "my SSN, in case you need it: 078-05-1120",
    "Here is my SSN as part of the form: 078-05-1120", "my SSN for the order: 078-05-1120"
  })
  void everydayWordsThatDoNotLeadStraightToTheNumberKeepTheSsn(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("078-05-1120");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Social for the claim: 412-55-7890", "my social for the claim is 412-55-7890"})
  void theWordSocialBeforeAnotherLabelKeepsADashedSsn(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("412-55-7890");
  }

  @Test
  void theWordSocialDoesNotMakeADottedNumberAnSsn() {
    String text = "social media part number 412.55.7890";
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }

  @Test
  void anSsnWordNearerThanTheOtherWordStillCounts() {
    assertThat(Detected.values("US_SSN", "order form, SSN 412-55-7890"))
        .containsExactly("412-55-7890");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "To delete an organization security policy with ID \"123456789\", run:",
    "SecurityContext updated for principal 412345678", "Security event 412345678 raised",
    "security_policy_id=412345678", "Security code 412345678"
  })
  void theWordSecurityWithoutSocialIsNoContextForBareDigits(String text) {
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Social security number 123456789", "SOCIAL SECURITY: 123456789",
    "social_security_number=123456789", "{\"socialSecurityNumber\":\"123456789\"}",
    "Social-Security-Nr. 123456789", "Social - Security 123456789"
  })
  void theWordSecurityRightAfterSocialStillNamesBareDigits(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Social\u00a0Security Number: 123456789", "Social&nbsp;Security Number: 123456789",
    "Social\nSecurity Number: 123456789", "Social/Security: 123456789", "Soc. Security: 123456789",
    "social+security+number=123456789", "social%20security: 123456789",
    "{\"label\":\"Social\\u00a0Security Number: 123456789\"}", "Social<br>Security: 123456789",
    "social%C2%A0security=123456789", "Social&#xa0;Security: 123456789",
    "Social&nbsp;&nbsp;Security: 123456789"
  })
  void socialAndSecurityJoinedByOtherSignsStillNameBareDigits(String text) {
    assertThat(Detected.values("US_SSN", text)).containsExactly("123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOC 2 Security: 123456789", "Social 2024 Security: 123456789"})
  void aNumberBetweenSocialAndSecurityJoinsNoLabel(String text) {
    assertThat(Detected.values("US_SSN", text)).isEmpty();
  }
}
