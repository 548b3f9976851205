package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CustomMatchesTest {

  private static List<String> found(String regex, String text) {
    ScanEngine engine = ScanEngine.create(false, List.of(CustomPattern.of("ID", regex)), List.of());
    return Detected.in(engine, text);
  }

  @Test
  void anAlternativeAfterOneThatMatchesTheEmptyStringIsStillFound() {
    assertThat(found("\\b|EMP-\\d{6}", "id EMP-123456, badge EMP-654321."))
        .containsExactly("ID EMP-123456", "ID EMP-654321");
    assertThat(found("\\b|[A-Z]-\\d", "A-1 B-2C-3")).containsExactly("ID A-1", "ID B-2", "ID C-3");
  }

  @Test
  void aLazyRepetitionThatWouldMatchNothingTakesOneChar() {
    assertThat(found("(?<=key=)\\w*?", "key=abc and key= end")).containsExactly("ID a");
  }

  @Test
  void anchorsAndLookbehindsKeepTheirMeaningWhereTheRegexIsTriedAgain() {
    assertThat(found("(?m)\\b|^EMP-\\d{6}", "x EMP-123456\nEMP-654321"))
        .containsExactly("ID EMP-654321");
    assertThat(found("\\b|(?<=id )EMP-\\d{6}", "EMP-111111 id EMP-222222"))
        .containsExactly("ID EMP-222222");
  }

  @Test
  void aRegexEndingInAnOpenQuoteOrAFlaggedCommentIsTriedAgainToo() {
    assertThat(found("\\b|\\QEMP-1", "id EMP-1")).containsExactly("ID EMP-1");
    assertThat(found("(?x) \\b | EMP - \\d{6}  # our ids", "id EMP-123456"))
        .containsExactly("ID EMP-123456");
  }

  @Test
  void flagsTurnedOnInsideTheRegexApplyOnlyFromThere() {
    assertThat(found("\\b|a b|(?x)c d", "a b cd c d")).containsExactly("ID a b", "ID cd");
  }

  @Test
  void aPatternCompiledWithFlagsIsTriedAgainWithThem() {
    ScanEngine engine = ScanEngine.create(false, List.of(
        new CustomPattern("ID", Pattern.compile("\\b|emp-\\d{6}", Pattern.CASE_INSENSITIVE)),
        new CustomPattern("REF", Pattern.compile("\\b | REF - \\d{4} # a (", Pattern.COMMENTS))),
        List.of());

    assertThat(Detected.in(engine, "id EMP-123456 REF-1234"))
        .containsExactly("ID EMP-123456", "REF REF-1234");
  }
}
