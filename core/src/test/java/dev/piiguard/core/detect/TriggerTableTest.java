package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerTableTest {
  /** Built per test, not once per class, so that every test runs the code that builds it. */
  private final byte[] builtIns =
      TriggerTable.create(true, new SecretDetector(SecretFormatFile.builtIn()));

  private int role(char previous, char current) {
    return builtIns[TriggerTable.index(previous, current)];
  }

  @Test
  void everyDigitAndEveryAtSignStopsTheLoop() {
    for (char digit = '0'; digit <= '9'; digit++) {
      assertThat(role(' ', digit) & TriggerTable.DIGIT).isNotZero();
      assertThat(role('7', digit) & TriggerTable.DIGIT).isNotZero();
    }
    assertThat(role('e', '@')).isEqualTo(TriggerTable.AT);
    assertThat(role((char) TriggerTable.NONE, '@')).isEqualTo(TriggerTable.AT);
  }

  @Test
  void aColonStopsOnlyNextToAHexDigitOrAnotherColon() {
    assertThat(role('"', ':')).isZero();
    assertThat(role(' ', ':')).isZero();
    assertThat(role('f', ':')).isEqualTo(TriggerTable.COLON);
    assertThat(role('8', ':')).isEqualTo(TriggerTable.COLON);
    assertThat(role(':', ':')).isEqualTo(TriggerTable.COLON);
  }

  @Test
  void aLetterOfASecretPrefixStopsOnlyAfterWhatMayPrecedeThePrefix() {
    assertThat(role('a', 'x')).as("the x of 'tax'").isZero();
    assertThat(Detected.in("tax AKIAIOSFODNN7EXAMPLE")).containsExactly("SECRET AKIAIOSFODNN7EXAMPLE");
  }

  @Test
  void unitsAboveAsciiNeitherStopNorQualify() {
    assertThat(role(' ', (char) 0xE9)).isZero();
    assertThat(role((char) 0xE9, ':')).isZero();
  }

  @Test
  void withoutBuiltInsOrSecretsNothingStops() {
    byte[] empty = TriggerTable.create(false, null);
    for (int i = 0; i < empty.length; i++) {
      assertThat(empty[i]).as("index %d", i).isZero();
    }
  }

  @Test
  void valuesTheLoopMustStopForAreFoundAfterAnyCharacter() {
    for (String before : List.of(" ", "\"", ":", "é", "日", "(", "=", "\u0131")) {
      assertThat(Detected.in(before + "jane@example.com")).containsExactly("EMAIL jane@example.com");
      assertThat(Detected.in(before + "[2001:db8::1]")).contains("IP_ADDRESS 2001:db8::1");
      assertThat(Detected.in(before + " AKIAIOSFODNN7EXAMPLE"))
          .containsExactly("SECRET AKIAIOSFODNN7EXAMPLE");
    }
  }
}
