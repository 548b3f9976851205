package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenRowsTest {

  private static final String ROWS = "id,phone,note,ssn\n1,07700 900123,short,123456789\n";

  @Test
  void aRowWhoseQuotedNoteGoesOnPastTheEndIsCutFromItsStart() {
    String text = ROWS + "2,07700 900456,\"leave at door\nring twice\nthen";
    assertThat(cutAt(text, text.length())).isEqualTo(ROWS.length());
  }

  @Test
  void aRowWhoseNoteClosedButWhoseLineGoesOnIsCutToo() {
    String text = ROWS + "2,07700 900456,\"leave at door\nring twice\",12345";
    assertThat(cutAt(text, text.length())).isEqualTo(ROWS.length());
  }

  @Test
  void theEndCutsOnlyItsOwnLineWhenNoQuotedFieldHoldsALineBreak() {
    String text = ROWS + "2,07700 900456,ok,1234";
    assertThat(cutAt(text, text.length())).isEqualTo(ROWS.length());
    assertThat(cutAt(text, ROWS.length())).as("at a line start").isEqualTo(ROWS.length());
  }

  @Test
  void aRowThatStartsAtTheLimitLeavesTheLastLineOfTheOtherSeparators() {
    // rows of semicolons or tabs read no quoted field here: the end cuts their last line
    String text = ROWS + "2,07700 900456,\"leave at door\nring twice";
    assertThat(OpenRows.earliestCutAt(text.toCharArray(), 0, text.length(), ROWS.length()))
        .isEqualTo(text.indexOf("ring"));
    assertThat(OpenRows.earliestCutAt(text.toCharArray(), 0, text.length(), text.indexOf("ring")))
        .isEqualTo(-1);
  }

  @Test
  void aQuoteInsideAFieldOpensNothing() {
    String text = ROWS + "2,07700 900456,6\" screen\nnext,row";
    assertThat(cutAt(text, text.length())).isEqualTo(text.indexOf("next"));
  }

  @Test
  void aRowOfPipesWhoseQuoteWouldOpenACommasFieldIsNone() {
    String text = "| name | phone |\n|---|---|\n| Cy \"x, | 07700 900123 |\n| Cy | 07700 900456 |";
    assertThat(cutAt(text, text.length())).isEqualTo(-1);
  }

  private static int cutAt(String text, int to) {
    return OpenRows.earliestCutAt(text.toCharArray(), 0, to, 0);
  }
}
