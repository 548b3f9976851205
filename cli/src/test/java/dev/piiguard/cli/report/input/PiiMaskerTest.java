package dev.piiguard.cli.report.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PiiMaskerTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "mail jane.doe+shop@example.co.uk now; mail [EMAIL] now",
      "card 4111111111111111; card [PAYMENT_CARD]",
      "card 4111 1111 1111 1111 ok; card [PAYMENT_CARD] ok",
      "card 4111-1111-1111-1111; card [PAYMENT_CARD]",
      "not Luhn-valid 4111111111111112; not Luhn-valid [NUMBER]",
      "ssn 123-45-6789; ssn [US_SSN]",
      "call +49 30 12345678; call [PHONE]",
      "account 0012 3456 789; account [NUMBER]",
      "born 1990-01-31; born [NUMBER]",
      "iban DE89370400440532013000; iban [IBAN]",
      "iban DE89 3704 0044 0532 0130 00; iban [IBAN]",
      "from 192.168.10.77; from [IP_ADDRESS]",
      "key sk-proj-abcdefghijklmnopqrstuvwx1234; key [SECRET]",
      "key AKIAIOSFODNN7EXAMPLE; key [SECRET]",
      "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl; token [SECRET]",
      "token Zr1bQ2xlYW4tZW1haWwtMQ29384756abcdXYZ; token [SECRET]",
      "rule_AKIAIOSFODNN7EXAMPLE; rule_[SECRET]",
      "key_AKIAIOSFODNN7EXAMPLE.jsonl; key_[SECRET].jsonl",
      "/v1/keys/key_AKIAIOSFODNN7EXAMPLE/acct_DE89370400440532013000; /v1/keys/key_[SECRET]/acct_[IBAN]",
      "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; AWS_SECRET_ACCESS_KEY=[SECRET]",
      "/v1/customers/123-45-6789-4111-1111-1111-1111; /v1/customers/[NUMBER]",
      "phone.212-555-0143.csv; phone.[NUMBER].csv",
  })
  void valuesThatLookLikePersonalDataBecomePlaceholders(String text, String masked) {
    assertThat(new PiiMasker().mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "com.example.shop.Checkout.pay(Customer)",
      "Sensitive Customer.email reaches org.slf4j.Logger.info in com.example.shop.Checkout.pay(Customer)",
      "At Checkout.java:[lines 9-33]",
      "PII_TO_LOG",
      "/v1/chat/completions",
      "java.net.http.HttpRequest$BodyPublishers.ofString(String)",
      "spotbugs 4.10.4, Java 17.0.15",
      "AbstractAutowireCapableBeanFactoryConfigurationProcessor",
      "@Sensitive",
  })
  void codeNamesAndShortNumbersStayAsTheyAre(String text) {
    PiiMasker masker = new PiiMasker();

    assertThat(masker.mask(text)).isEqualTo(text);
    assertThat(masker.maskedCount()).isZero();
  }

  @Test
  void usesTheDetectorsOfCoreFirstAndItsOwnBroaderRulesAfter() {
    PiiMasker masker = new PiiMasker();

    assertThat(masker.mask("card 4111111111111111, ref 4111111111111112"))
        .isEqualTo("card [PAYMENT_CARD], ref [NUMBER]");
    assertThat(masker.maskedCount()).isEqualTo(2);
  }

  @Test
  void countsEveryValueItMasks() {
    PiiMasker masker = new PiiMasker();

    masker.mask("a@example.com and b@example.com");
    masker.mask("4111111111111111");

    assertThat(masker.maskedCount()).isEqualTo(3);
  }

  @Test
  void nullAndEmptyBecomeEmpty() {
    assertThat(new PiiMasker().mask(null)).isEmpty();
    assertThat(new PiiMasker().mask("")).isEmpty();
  }

  @Test
  void looksSensitiveAnswersWithoutChangingAnything() {
    assertThat(PiiMasker.looksSensitive("jane@example.com")).isTrue();
    assertThat(PiiMasker.looksSensitive("tokenized")).isFalse();
    assertThat(PiiMasker.looksSensitive(null)).isFalse();
  }
}
