package dev.piiguard.cli.report.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiTypeNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"EMAIL", "PII_TO_LOG", "EMPLOYEE_ID", "CUSTOMER_ID_V2", "ENTITY_1234567",
    "SAP_VENDOR_1000123", "BUILD_20261129", "ACME_HR_EMPLOYEE_NUMBER_2024_SCHEMA",
    "CONFIDENTIAL_INFO_2024_Q3_FINANCIAL_REPORT", "CVE_2021_44228", "NP_NULL_ON_SOME_PATH"})
  void idsWithNumbersOrYearsAreIds(String name) {
    // review s30d: the report's broad masking rules (seven digits, long tokens) refused these
    assertThat(PiiTypeNames.isId(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013000", "AKIAIOSFODNN7EXAMPLE", "X4111111111111111",
    "PII_DE89370400440532013000", "SSN_123456789012", "email", ""})
  void idsThatHoldAValueOrHaveAnotherShapeAreNot(String name) {
    assertThat(PiiTypeNames.isId(name)).isFalse();
  }
}
