package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
  void theLetterOfAJsonEscapeAndTheDigitsOfAnEncodedAtSignAndThe2OfPercent2bStop() {
    for (char letter : new char[] {'n', 'r', 't', 'b', 'f', 'u'}) {
      assertThat(role('\\', letter)).isEqualTo(TriggerTable.ESCAPE);
      assertThat(role('a', letter)).isZero();
    }
    assertThat(role('\\', '"')).isZero();
    assertThat(role('%', '4')).isEqualTo(TriggerTable.DIGIT | TriggerTable.ENCODED_AT);
    assertThat(role('%', '2')).isEqualTo(TriggerTable.DIGIT | TriggerTable.ENCODED_PLUS);
    assertThat(role('%', '3')).isEqualTo(TriggerTable.DIGIT);
    assertThat(role('#', '6')).isEqualTo(TriggerTable.DIGIT | TriggerTable.ENCODED_AT);
    assertThat(role('x', '4')).isEqualTo(TriggerTable.DIGIT | TriggerTable.ENCODED_AT);
    assertThat(role('X', '4')).isEqualTo(TriggerTable.DIGIT | TriggerTable.ENCODED_AT);
    assertThat(role('#', '4')).isEqualTo(TriggerTable.DIGIT);
    assertThat(role('_', '1')).isEqualTo(TriggerTable.JOINED_DIGIT); // 4111_1111_…
    assertThat(role('*', '1')).isEqualTo(TriggerTable.JOINED_DIGIT);
    assertThat(role('-', '1')).isEqualTo(TriggerTable.DIGIT);
    assertThat(TriggerTable.create(false, null)[TriggerTable.index('\\', 'n')]).isZero();
  }

  @Test
  void aColonStopsOnlyNextToAHexDigitOrAnotherColon() {
    assertThat(role('"', ':')).isZero();
    assertThat(role(' ', ':')).as("a password's only: Password : …").isEqualTo(TriggerTable.SECRET);
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
  void theBundledFormatsStopTheLoopOnNoPairOfLowerCaseLettersButGlIzLxOxAndOj() {
    // Anchors on rare characters keep the loop running through prose: only "glad", "size", "calx",
    // "fox" or "project" stop it (for the l of glpat-, the z of Authorization, the x of pplx-, the x
    // of xoxb- and the j of sk-proj-), not every s of a text for sk-.
    List<String> stops = new ArrayList<>();
    for (char previous = 'a'; previous <= 'z'; previous++) {
      for (char current = 'a'; current <= 'z'; current++) {
        if (role(previous, current) != 0) {
          stops.add("" + previous + current);
        }
      }
    }
    assertThat(stops).containsExactly("gl", "iz", "lx", "oj", "ox");
  }

  @Test
  void theBundledFormatsStopTheLoopOnTheQuoteAfterAJsonKeyOnlyAfterDOrN() {
    // every JSON key ends in a letter and a quote ("text", "prompt"): a client_secret" row made the
    // loop stop on t" and cost a third of the clean-text speed (stop 33); password" keeps d", and
    // password_confirmation" n"
    List<String> stops = new ArrayList<>();
    for (char previous = 'a'; previous <= 'z'; previous++) {
      if (role(previous, '"') != 0) {
        stops.add(previous + "\"");
      }
    }
    assertThat(stops).containsExactly("d\"", "n\"");
  }

  @Test
  void theBundledFormatsDoNotStopTheLoopInTheModelNameOrTheHelpOfEveryChatRequest() {
    assertThat(role('t', '-')).as("the - of gpt-4o, not the t- of glpat-").isZero();
    assertThat(role('l', 'p')).as("the p of help, not the lp of glpat-").isZero();
    assertThat(Detected.in("model gpt-4o, help: glpat-xJ7kq2Lm9RtBv4Nw8PzY"))
        .containsExactly("SECRET glpat-xJ7kq2Lm9RtBv4Nw8PzY");
  }

  @Test
  void anAnchorThatStartsItsPrefixStopsAfterAnyUnitWhileTheOthersStillWaitForTheirs() {
    List<SecretFormat> formats = new ArrayList<>(SecretFormatFile.builtIn());
    formats.add(new SecretFormat("one-letter", "Q", "A-Z0-9", 12, 12, false));
    byte[] table = TriggerTable.create(true, new SecretDetector(formats));

    for (int previous : new int[] {TriggerTable.NONE, ' ', 'a', 0xE9, 0xFF}) {
      assertThat(table[TriggerTable.index(previous, 'Q')]).as("Q after %x", previous)
          .isEqualTo(TriggerTable.SECRET);
      assertThat(table[TriggerTable.index(previous, 'K')]).as("K after %x", previous).isZero();
    }
    assertThat(table[TriggerTable.index('A', 'K')]).isEqualTo(TriggerTable.SECRET);
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
    for (String before : List.of(" ", "\"", ":", "·", "日", "(", "=", "\u00d7")) {
      assertThat(Detected.in(before + "jane@example.com")).containsExactly("EMAIL jane@example.com");
      assertThat(Detected.in(before + "[2001:db8::1]")).contains("IP_ADDRESS 2001:db8::1");
      assertThat(Detected.in(before + " AKIAIOSFODNN7EXAMPLE"))
          .containsExactly("SECRET AKIAIOSFODNN7EXAMPLE");
    }
  }
}
