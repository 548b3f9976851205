package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableColumnLabelTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "id,name,email,phone\n1001,Jane Doe,jane.doe@example.com,07700 900357\n",
    "Customers:\nid;name;address;Mobile number\n1001;Jane Doe;Flat 4, 12 High Street;07700 900357\n",
    "id\tname\tphone_number\n1000\tNina Ng\t06 11 39 49 37\n1001\tJane Doe\t07700 900357",
    "\"id\",\"phone\",\"name\",\"city\"\n\"1\",\"07700 900357\",\"Doe, Jane\",\"Leeds\"",
    "| id | phone | name | address |\n|----|-------|------|---------|\n| 1001 | 07700 900357 | J | Leeds |",
    "Here are the customers, as you asked:\nid,phone,full_name,city\n1001,07700 900357,Jane,Leeds",
    "id,phone,full_name,email_address\r\n1001,07700900357,Jane Doe,jane@example.com\r\n"
  })
  void aNationalNumberUnderAPhoneColumnIsAPhoneNumber(String table) {
    assertThat(Detected.values("PHONE", table)).isNotEmpty().allMatch(v -> v.startsWith("07700")
        || v.startsWith("06 11"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"content\":\"Customers (CSV):\\nid,name,email,phone\\n1001,Jane Doe,jane@example.com,"
        + "07700 900357\\n1002,Nina Ng,nina@example.org,06 11 39 49 37\"}",
    "{\"content\":\"| id | name | phone |\\n|---|---|---|\\n| 1001 | Jane Doe | 07700 900357 |"
        + "\\n| 1002 | Nina Ng | 06 11 39 49 37 |\"}",
    "{\"arguments\":\"{\\\"csv\\\":\\\"id,name,email,phone\\\\n1001,Jane Doe,jane@example.com,"
        + "07700 900357\\\\n1002,Nina Ng,nina@example.org,06 11 39 49 37\\\"}\"}"
  })
  void aTableInAJsonStringHasEscapedLineBreaks(String json) {
    assertThat(Detected.values("PHONE", json)).containsExactly("07700 900357", "06 11 39 49 37");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "id,name,amount\n1001,Jane Doe,07700 900357\n",
    "phone,id,note\n+1 415 555 2671,1001,07700 900357",
    "| phone number of the customer | id |\n|---|---|\n| none given | 07700 900357 |",
    "phone,id\n,1001\nsome words, with a comma,07700 900357",
    "The phone, the order and the total: 1001,07700 900357"
  })
  void aNumberUnderAnotherColumnOrOutsideATableNeedsItsOwnWord(String table) {
    assertThat(Detected.values("PHONE", table)).noneMatch(v -> v.contains("07700"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ssn,name,state,email_address\n078051120,Jane Doe,CA,jane@example.com\n",
    "| SSN | name | email address |\n|---|---|---|\n| 078051120 | Jane | jane@example.com |"
  })
  void nineBareDigitsUnderAnSsnColumnAreAnSsn(String table) {
    assertThat(Detected.values("US_SSN", table)).containsExactly("078051120");
  }
}
