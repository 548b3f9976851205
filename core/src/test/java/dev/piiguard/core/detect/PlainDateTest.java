package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainDateTest {

  private static int endOfDateAt(String text, int start) {
    Text view = new Text();
    view.reset(text, 0, text.length());
    return PlainDate.end(view, start);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-05-01", "01/05/2024", "31.12.1999", "12/31/2099", "1900-01-31", "2024-12-25"
  })
  void aWholeDateIsSteppedOver(String date) {
    String text = "on " + date + " we";
    assertThat(endOfDateAt(text, 3)).isEqualTo(3 + date.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-13-01", "2024-05-32", "32/13/2024", "1899-05-01", "2100-05-01", "2024-5-01",
    "2024-05/01", "24-05-01", "2024-05-01-7", "2024-05-01.5"
  })
  void whatIsNotExactlyAPlainDateGoesToTheDetectors(String notADate) {
    assertThat(endOfDateAt("on " + notADate + " we", 3)).isEqualTo(-1);
  }

  @Test
  void aDateGluedToAWordOrANumberBeforeItGoesToTheDetectors() {
    assertThat(endOfDateAt("x2024-05-01", 1)).isEqualTo(-1);
    assertThat(endOfDateAt("7-2024-05-01", 2)).isEqualTo(-1);
  }

  @Test
  void valuesNextToDatesAreStillFound() {
    assertThat(Detected.in("2024-05-01 card 4111 1111 1111 1111, 01/05/2024 call (415) 555-2671"))
        .containsExactly("PAYMENT_CARD 4111 1111 1111 1111", "PHONE (415) 555-2671");
  }
}
