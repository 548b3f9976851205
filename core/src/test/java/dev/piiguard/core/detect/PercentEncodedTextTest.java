package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values percent-encoded in a logged URL or form body: a phone number's {@code +} as {@code %2B}
 * and spaces or dashes between digit groups as {@code %20} or {@code %2D} are read as the
 * characters they stand for, and so is a plus sign between groups, which a form body writes for a
 * space (e-mail addresses with {@code %40}: {@link EmailDetectorTest}).
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
    "PHONE        | name=Jane&phone=%2B44+20+7946+0958&country=GB | %2B44+20+7946+0958",
    "PHONE        | phone=415+555+2671&zip=94105 | 415+555+2671",
    "PHONE        | tel=06+12+34+56+78&pays=FR | 06+12+34+56+78",
    "PAYMENT_CARD | card=4111+1111+1111+1111&exp=12%2F27 | 4111+1111+1111+1111",
    "IBAN         | iban=DE89+3704+0044+0532+0130+00&bic=COBADEFFXXX | DE89+3704+0044+0532+0130+00",
    "IBAN         | iban=GB29+NWBK+6016+1331+9268+19 | GB29+NWBK+6016+1331+9268+19",
    "US_SSN       | ssn=078+05+1120&dob=1990-01-01 | 078+05+1120",
  })
  void findsValuesPercentEncodedInAUrl(String type, String text, String value) {
    assertThat(Detected.values(type, text)).containsExactly(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "q=C%2B%2B+17&page=2", "width=100%25&height=50%25", "a%2B14155552671", "%2B1%2023",
    "path=%2Fv1%2F2024%2F05%2F01", "sum=12%2B34%3D46", "size%20 2048%201024 4096",
    "q=iphone+15+pro+max+256+gb", "items=1+2+3+4+5+6+7+8", "v=1.2.3+20240105",
    "at=2024-01-05T10:00:00.000+0000", "q=order+12345+shipped+2024-05-01"
  })
  void staysQuietOnOtherPercentEncodedText(String text) {
    assertThat(Detected.in(text)).isEmpty();
  }
}
