package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values percent-encoded in a logged URL or form body: a phone number's {@code +} as {@code %2B}
 * and spaces or dashes between digit groups as {@code %20} or {@code %2D} are read as the
 * characters they stand for (e-mail addresses with {@code %40}: {@link EmailDetectorTest}).
 */
class PercentEncodedTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PHONE        | GET /api/customers?phone=%2B14155552671 HTTP/1.1 | %2B14155552671",
    "PHONE        | Referer: https://shop.example/?tel=%2b442079460958&x=1 | %2b442079460958",
    "PHONE        | body: phone=%2B44%2020%207946%200958&country=GB | %2B44%2020%207946%200958",
    "PHONE        | mailto:support@shop.example?body=Call%20me%20%2B33612345678 | %2B33612345678",
    "PAYMENT_CARD | GET /pay?card=4111%201111%201111%201111 | 4111%201111%201111%201111",
    "PAYMENT_CARD | card=4111%2D1111%2D1111%2D1111&cvv=123 | 4111%2D1111%2D1111%2D1111",
    "IBAN         | iban=DE89%203704%200044%200532%200130%2000 | DE89%203704%200044%200532%200130%2000",
  })
  void findsValuesPercentEncodedInAUrl(String type, String text, String value) {
    assertThat(Detected.values(type, text)).containsExactly(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "q=C%2B%2B+17&page=2", "width=100%25&height=50%25", "a%2B14155552671", "%2B1%2023",
    "path=%2Fv1%2F2024%2F05%2F01", "sum=12%2B34%3D46", "size%20 2048%201024 4096"
  })
  void staysQuietOnOtherPercentEncodedText(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }
}
