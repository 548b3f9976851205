package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The read budget of custom regexes leaves ordinary regexes alone, on large texts too. */
class ReadBudgetTest {
  private static final String PROSE = "Ticket 4417 from Jane Doe: order #12345 was charged twice,"
      + " see key=abc123 and the invoice INV-2024-0042 of 2024-05-01 (total $1,299.99).\n";

  @Test
  void ordinaryRegexesScanAMebiCharTextWithinTheBudget() {
    String text = PROSE.repeat((1 << 20) / PROSE.length());
    List<CustomPattern> patterns = List.of(
        CustomPattern.of("EMPLOYEE_ID", "EMP-\\d{6}"),
        CustomPattern.of("CUSTOMER_ID", "\\bCUST[0-9]{8}\\b"),
        CustomPattern.of("CORPORATE_MAIL", "[\\w.+-]+@corp\\.example"),
        CustomPattern.of("FULL_NAME", "[A-Z][a-z]+ [A-Z][a-z]+"),
        CustomPattern.of("KEY", "(?<=key=)\\w+"),
        CustomPattern.of("INVOICE", "(?i)\\binv-\\d{4}-\\d{4}\\b"),
        CustomPattern.of("NAMES", names(200)));
    ScanEngine engine = ScanEngine.create(true, patterns, List.of());

    assertThat(Detected.in(engine, text)).hasSize(3 * (text.length() / PROSE.length()))
        .containsOnly("FULL_NAME Jane Doe", "KEY abc123", "INVOICE INV-2024-0042");
  }

  @Test
  void aRegexThatTriesEveryStartInALongTokenStaysWithinTheBudget() {
    // about 4,000 reads per char of a 4,096-char token: 17 million in all, under the minimum
    String token = "Ab0".repeat(1366);
    ScanEngine engine = ScanEngine.create(false,
        List.of(CustomPattern.of("CORPORATE_MAIL", "[\\w.]+@corp\\.example")), List.of());

    assertThat(Detected.in(engine, "data " + token + " end, mail " + "jane@corp.example"))
        .containsExactly("CORPORATE_MAIL jane@corp.example");
  }

  @Test
  void aRegexThatTriesEveryStartInATokenOfThirteenThousandCharsStaysWithinTheBudget() {
    // about the square of the token's length: 169 million reads, over the minimum (a data URI)
    String token = "Ab0".repeat(13_000 / 3);
    ScanEngine engine = ScanEngine.create(false,
        List.of(CustomPattern.of("CORPORATE_MAIL", "[A-Za-z0-9._%+-]+@corp\\.example\\.com")),
        List.of());

    assertThat(Detected.in(engine, "data " + token + " end, mail jane@corp.example.com"))
        .containsExactly("CORPORATE_MAIL jane@corp.example.com");
  }

  /** A case-insensitive alternation of {@code count} made-up six-letter names, as whole words. */
  private static String names(int count) {
    Random random = new Random(1);
    StringBuilder regex = new StringBuilder("(?i)\\b(?:");
    for (int n = 0; n < count; n++) {
      regex.append(n == 0 ? "" : "|");
      for (int k = 0; k < 6; k++) {
        regex.append((char) ('a' + random.nextInt(26)));
      }
    }
    return regex.append(")\\b").toString();
  }
}
