package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Raw JSON is what the agent scans: a chat message's line breaks arrive as {@code \n}, Gson writes
 * {@code <} and {@code =} as {@code \\u003c} and {@code \\u003d}, and a no-break space may come as
 * {@code \\u00a0}. A value right after such an escape is found as if the escape were the character
 * it stands for.
 */
class JsonEscapedTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "EMAIL        | jane.doe@example.com",
    "PHONE        | +44 20 7946 0958",
    "PHONE        | (415) 555-2671",
    "PHONE        | 415-555-2671",
    "PAYMENT_CARD | 4111 1111 1111 1111",
    "PAYMENT_CARD | 4111111111111111",
    "IBAN         | DE89 3704 0044 0532 0130 00",
    "US_SSN       | 123-45-6789",
    "IP_ADDRESS   | 203.0.113.7",
    "IP_ADDRESS   | 2001:db8::1",
    "SECRET       | AKIAIOSFODNN7EXAMPLE",
    "SECRET       | ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
    "SECRET       | ya29.a0AfH6SMBxAbCdEfGhIjKlMnOpQr",
  })
  void aValueAfterAnEscapedLineBreakIsFound(String type, String value) {
    for (String escape : new String[] {"\\n", "\\r\\n", "\\t", "\\u00a0", "\\u003c", "\\u2013"}) {
      String json = "{\"content\":\"Thanks," + escape + value + escape + "bye\"}";
      assertThat(Detected.values(type, json)).as(json).containsExactly(value);
    }
  }

  @Test
  void aMultiLineChatMessageGivesUpEveryValue() {
    String json = "{\"messages\":[{\"role\":\"user\",\"content\":\"Thanks,\\nJane Doe\\n"
        + "+44 20 7946 0958\\njane.doe@example.com\"}]}";
    assertThat(Detected.in(json))
        .containsExactly("PHONE +44 20 7946 0958", "EMAIL jane.doe@example.com");
  }

  @Test
  void aContextWordAfterAnEscapeCounts() {
    assertThat(Detected.values("PHONE", "{\"content\":\"Name: Jane Doe\\nPhone: 020 7946 0958\"}"))
        .containsExactly("020 7946 0958");
    assertThat(Detected.values("US_SSN", "{\"content\":\"Born 1990\\nSSN: 123456789\"}"))
        .containsExactly("123456789");
    assertThat(Detected.values("PHONE", "{\"content\":\"020 7946 0958\\tmobile\"}"))
        .containsExactly("020 7946 0958");
  }

  @Test
  void aContextWordOnTheNextLineDoesNotCount() {
    assertThat(Detected.values("PHONE", "{\"content\":\"we counted 020 7946 0958\\nmobile\"}"))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PAYMENT_CARD | 4111 1111 1111 1111",
    "PHONE        | (415) 555-2671",
    "IBAN         | DE89370400440532013000",
    "EMAIL        | jane.doe@example.com",
    "US_SSN       | 123-45-6789",
  })
  void aValueAfterALineBreakOfJsonInsideAJsonStringIsFound(String type, String value) {
    // a tool call's arguments and a logged request body are JSON inside a JSON string: the
    // backslash of each escape is escaped again, once per level
    for (String escape : new String[] {"\\\\n", "\\\\\\\\n", "\\\\u00a0"}) {
      String json = "{\"arguments\":\"{\\\"note\\\":\\\"Customer:" + escape + value + escape
          + "thanks\\\"}\"}";
      assertThat(Detected.values(type, json)).as(json).containsExactly(value);
    }
  }

  @Test
  void escapedQuotesAndEqualsSignsAroundAnAddressAreNotPartOfIt() {
    assertThat(Detected.values("EMAIL", "{\"q\":\"user\\u003djane.doe@example.com\\u0026x\"}"))
        .containsExactly("jane.doe@example.com");
    assertThat(Detected.values("EMAIL", "{\"q\":\"\\u201cjane.doe@example.com\\u201d\"}"))
        .containsExactly("jane.doe@example.com");
  }

  @Test
  void hexDigitsOfAnEscapeAreNotPartOfANumber() {
    assertThat(Detected.values("IP_ADDRESS", "{\"message\":\"login from \\u003c203.0.113.7\\u003e\"}"))
        .containsExactly("203.0.113.7");
    assertThat(Detected.values("PAYMENT_CARD", "{\"content\":\"Card\\u00a04111111111111111\"}"))
        .containsExactly("4111111111111111");
    assertThat(Detected.values("IP_ADDRESS", "{\"m\":\"\\u003c2001:db8::1\\u003e\"}"))
        .containsExactly("2001:db8::1");
  }

  @Test
  void anEscapedQuoteStillNeedsABackslashThatIsNotEscaped() {
    Text text = new Text();
    String json = "\"C:\\\\\" and \\\"";
    text.reset(json, 0, json.length());
    assertThat(text.escapeEnd(3)).as("the first backslash escapes the second").isEqualTo(5);
    assertThat(text.escapeEnd(4)).as("the second one escapes nothing").isEqualTo(-1);
    assertThat(text.escapeEnd(json.length() - 2)).isEqualTo(json.length());
  }
}
