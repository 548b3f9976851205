package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuledTableHeaderTest {
  private static final String HEADER = "| id | name | phone |\n|---|---|---|\n";

  @ParameterizedTest
  @ValueSource(strings = {"| 2 | grep x | wc |  |", "| 2 | Dee |", "| 2 | Dee | 07700 900111",
    "| 2 | Dee | | |", "|"})
  void aRaggedRowDoesNotEndATableWithARuleUnderItsHeader(String ragged) {
    // a cell with an unescaped pipe or a cell left out ended the table: every row below lost its
    // column names (a 3.2 MB table of a model with one such row in 300: 299 of 58,783 phones)
    String table = HEADER + "| 1 | Ann | 07700 900357 |\n" + ragged
        + "\n| 3 | Bo | 07700 900358 |\n| 4 | Cy | 07700 900359 |\n";
    assertThat(Detected.values("PHONE", table)) // a row without its last pipe names nothing
        .containsExactly("07700 900357", "07700 900358", "07700 900359");
  }

  @Test
  void rowsBelowSeveralRaggedRowsAreNamedInAJsonString() {
    String json = "{\"content\":\"| name | ssn | note |\\n| :--- | :---: | ---: |\\n"
        + "| Ann | 078051120 | a |\\n| Bo | x | y | z |\\n| Cy | 078-05 |\\n"
        + "| Dee | 219099999 | b |\"}";
    assertThat(Detected.values("US_SSN", json)).containsExactly("078051120", "219099999");
  }

  @Test
  void aRowWithAnExtraPipeNamesNoColumn() {
    // its cells after the extra pipe stand one column to the right: the order number under "ssn"
    String table = "| id | note | order no | ssn |\n|---|---|---|---|\n"
        + "| 1 | gift | 20240815 | 078051120 |\n| 2 | a | b | 219099999 | 078051121 |\n"
        + "| 3 | c | 20240816 | 078051122 |\n";
    assertThat(Detected.values("US_SSN", table)).containsExactly("078051120", "078051122");
  }

  @Test
  void aTableRightBelowAnotherWithAsManyColumnsTakesTheHeaderAboveItsOwnDelimiterRow() {
    // read by counts, both tables were one block whose first line named the columns of both
    String tables = "| name | ssn |\n|---|---|\n| Jane | 078051120 |\n| item | order id |\n|---|---|\n"
        + "| A-1 | 219099999 |\n| B-2 | 219099998 |\n";
    assertThat(Detected.values("US_SSN", tables)).containsExactly("078051120");
  }

  @Test
  void aTableWithoutARuleIsStillReadByCounts() {
    assertThat(Detected.values("PHONE", "| id | phone |\n| 1 | 07700 900357 |\n| 2 | 07700 900358 |"))
        .containsExactly("07700 900357", "07700 900358");
  }

  @Test
  void aCompactMarkdownTableIsReadUnderItsRuleToo() {
    assertThat(Detected.values("PHONE", "id | phone\n---|---\n1 | 07700 900357\n2 | a | b\n"
        + "3 | 07700 900358")).containsExactly("07700 900357", "07700 900358");
  }

  @Test
  void aRaggedRowStillEndsATableWithoutARule() {
    // nothing tells where such a table's header is: a caption or a table above may stand there
    assertThat(Detected.values("PHONE", "| id | phone |\n| 1 | 07700 900357 |\n| 2 | x | y |\n"
        + "| 3 | 07700 900358 |")).containsExactly("07700 900357");
  }

  @Test
  void aLongTableWithRaggedRowsIsReadAboutOnce() {
    StringBuilder table = new StringBuilder(HEADER);
    java.util.Random random = new java.util.Random(7);
    for (int row = 1; row <= 20_000; row++) {
      table.append(row % 2 == 0 ? "| x | a | b |  |\n" : "| " + row + " | Customer | "
          + (random.nextInt(20) == 0 ? "07700 900" + (100 + row % 900) : "") + " |\n");
    }
    assertThat(reads(table.toString())).isLessThan(12L * table.length());
  }

  @Test
  void aLongTableOfPipesWithoutARuleIsReadAboutOnce() {
    StringBuilder table = new StringBuilder("||Phone||Name||\n");
    java.util.Random random = new java.util.Random(7);
    for (int row = 1; row <= 20_000; row++) {
      table.append(row % 3 == 0 ? "| x | y | z |\n" : "|" + (random.nextInt(20) == 0
          ? "07700 900" + (100 + row % 900) : "") + "|Customer " + row + "|\n");
    }
    assertThat(reads(table.toString())).isLessThan(12L * table.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    " id | name | phone\n----+------+--------------\n  1 | Jane | 07700 900357\n"
        + "  2 | Bo   | 07700 900358\n(2 rows)\n",
    "mysql> SELECT id, name, phone FROM customers;\n+----+------+--------------+\n"
        + "| id | name | phone        |\n+----+------+--------------+\n"
        + "|  1 | Jane | 07700 900357 |\n|  2 | Bo   | 07700 900358 |\n"
        + "+----+------+--------------+\n2 rows in set (0.00 sec)\n",
    "{\"role\":\"tool\",\"content\":\" id | name | phone\\n----+------+-------\\n"
        + "  1 | Jane | 07700 900357\\n  2 | Bo | 07700 900358\\n(2 rows)\"}"
  })
  void aDatabaseClientsTableIsReadUnderTheHeaderAboveItsRule(String output) {
    // psql's and MySQL's rules hold no pipe: read by counts, the header stood apart from its rows
    assertThat(Detected.values("PHONE", output)).containsExactly("07700 900357", "07700 900358");
  }

  @Test
  void aDatabaseClientsRowsBelowAnotherTableAreReadUnderTheirOwnHeader() {
    String output = "+------+-----------+\n| name | ssn       |\n+------+-----------+\n"
        + "| Jane | 078051120 |\n+------+-----------+\n\n+------+-----------+\n"
        + "| item | order id  |\n+------+-----------+\n| A-1  | 219099999 |\n"
        + "+------+-----------+\n";
    assertThat(Detected.values("US_SSN", output)).containsExactly("078051120");
  }

  @Test
  void rulesBetweenRowsAreNoRulesUnderAHeader() {
    // a delimiter row repeated after each row made each row the header of the next (review
    // s26-diff: a 5 MB table went from 98,257 phones to 1)
    assertThat(Detected.values("US_SSN", "| Name | SSN |\n|------|-----|\n| Ann | 078051120 |\n"
        + "|------|-----|\n| Bo | 219099999 |\n|------|-----|\n| Cy | 219099998 |\n"))
        .containsExactly("078051120", "219099999", "219099998");
    // a grid, as Python's tabulate and Emacs write one
    assertThat(Detected.values("PHONE", "+------+--------------+\n| name | phone        |\n"
        + "+======+==============+\n| Ann  | 07700 900357 |\n+------+--------------+\n"
        + "| Bo   | 07700 900358 |\n+------+--------------+\n"))
        .containsExactly("07700 900357", "07700 900358");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "| id | name | phone | note |\n|---|---|---|---|\n~|---|---|---|---|\n| a | b |\n~",
    "| id | name | phone | note |\n|---|---|---|---|\n~|---|---|---|---|\n~",
    "+---+---+---+---+\n| id | name | phone | note |\n+===+===+===+===+\n~+---+---+---+---+\n~",
    "| id | name | phone | note |\n|---|---|---|---|\n~| x | a | b | c | d |\n~",
    "| id | name | phone | note |\n|---|---|---|---|\n~\n| k | v |\n|---|---|\n~\n",
    " id | name | phone | note\n----+------+-------+-----\n~| a | b |\n~(12 rows)\n",
    // review s26b: a walk by counts from a row below two rules took the header that a walk under
    // a rule had found for the row above them
    "| id | name | phone | note |\n|---|---|---|---|\n| x | y |\n~|---|---|---|---|\n"
        + "|---|---|---|---|\n~",
    "| id | name | phone | note |\n|---|---|---|---|\n~Totals | see below\n~",
    "| id | name | phone | note |\n|---|---|---|---|\n~x | 1 | 07700 900999 | note | y |\n~"})
  void eachRowIsNamedAsAWalkFromItAloneNamesIt(String shape) {
    // walks remember what they found for the lines they passed; a value's row must be named as a
    // walk from it alone names it (review s26: a row between rules took the header that the walk
    // from a row below it had found); shape: the lines above the rows ~ between rows ~
    // below them
    String[] parts = shape.split("~", -1);
    int rows = 12;
    List<String> expected = new ArrayList<>();
    for (int alone = 0; alone < rows; alone++) {
      expected.addAll(Detected.values("PHONE", table(parts, rows, alone)));
    }
    assertThat(Detected.values("PHONE", table(parts, rows, -1)))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The rows of a table, each with a phone number when {@code only} is -1, else row only's. */
  private static String table(String[] parts, int rows, int only) {
    StringBuilder table = new StringBuilder(parts[0]);
    String note = "delivered to the front desk, signed for by the customer".repeat(3);
    String row = (parts[0].startsWith(" ") ? " %d | C | %s | " : "| %d | C | %s | ") + note
        + (parts[0].startsWith(" ") ? "\n" : " |\n"); // far from the header's words
    for (int k = 0; k < rows; k++) {
      String phone = only < 0 || only == k ? String.format("07700 9001%02d", k) : "";
      table.append(String.format(row, k, phone)).append(k < rows - 1 ? parts[1] : "");
    }
    return table.append(parts[2]).toString();
  }

  @Test
  void aLineOfProseWithAPipeEndsTheRowsUnderARule() {
    // review s26b: the walk up to the rule passed the prose line and the lower table's header, and
    // an order number stood under the upper table's "ssn"
    String tables = "| name | ssn |\n|---|---|\n| Ann | 078-05-1120 |\nTotals by region | see below\n"
        + "| amount | order |\n| 10 | 219099999 |\n";
    assertThat(Detected.values("US_SSN", tables)).containsExactly("078-05-1120");
    assertThat(Detected.values("PHONE", tables.replace("ssn", "phone")
        .replace("078-05-1120", "07700 900357").replace("219099999", "07700 900358")))
        .containsExactly("07700 900357");
  }

  @Test
  void aPsqlRowWithAnEmptyFirstOrLastCellStaysInItsTable() {
    // psql pads an empty first cell with spaces: such a row starts with no pipe, as the others, also
    // where an empty last cell ends it in a space
    assertThat(Detected.values("PHONE", " name | phone\n------+--------------\n"
        + " Jane | 07700 900357\n      | 07700 900358\n Bob  | \r\n Cy   | 07700 900359\n"
        + "(4 rows)\n")).containsExactly("07700 900357", "07700 900358", "07700 900359");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // psql's output with trailing spaces stripped: a row with an empty last cell ends in a pipe
    " name | phone        | note\n------+--------------+------\n Ann  | 07700 900357 | x\n"
        + " Bob  | 07700 900358 |\n Cy   | 07700 900359 | y\n",
    // a table without outer pipes, as GitHub reads it, whose last cell is empty in one row
    "name | phone | note\n---- | ----- | ----\nAnn | 07700 900357 | x\nBob | 07700 900358 |\n"
        + "Cy | 07700 900359 | y\n",
    // SQL*Plus with set colsep '|': a NULL last column
    "        ID|NAME    |PHONE         |NOTE\n----------|--------|--------------|------\n"
        + "         1|Ann Lee |07700 900357  |call\n         2|Bob Ray |07700 900358  |\n"
        + "         3|Cy Dunn |07700 900359  |gate\n",
    // a pipe-delimited file whose fields are padded, with an empty last field
    "id|name|phone|note\n1001|Ann|07700 900357|x\n1002|Bob |07700 900358 |\n1003|Cy|07700 900359|y\n",
    // a Markdown table quoted in an e-mail reply: its delimiter row reads as no rule
    "> | name | phone |\n> |---|---|\n> | Ann | 07700 900357 |\n> | Bo | 07700 900358 |\n"
        + "> | Cy | 07700 900359 |\n"})
  void rowsThatEndInAPipeOrNotAsTheirCellsArePaddedStayInTheirTable(String table) {
    // review s29: a rule that a row lacking its leading pipe stays in a Markdown table when it ends
    // in " |" (tried at stop 29, not kept) lost these rows and every row below them: whether a row
    // ends in a pipe tells how its last cell is padded, not which table it is in
    assertThat(Detected.values("PHONE", table))
        .containsExactly("07700 900357", "07700 900358", "07700 900359");
  }

  @Test
  void aRowOfFieldsBetweenPipesWithAnEmptyLastFieldStaysInItsTable() {
    // a pipe-delimited export: a row that ends in its separator stays with the rows that do not
    assertThat(Detected.values("PHONE", "id|name|phone|note\n1001|Jane|07700 900357|gift\n"
        + "1002|Bob|07700 900358|\n1003|Cy|07700 900359|x\n"))
        .containsExactly("07700 900357", "07700 900358", "07700 900359");
  }

  @Test
  void aDelimiterRowWrittenTwiceIsOneRule() {
    assertThat(Detected.values("PHONE", "| name | phone |\n|---|---|\n|---|---|\n"
        + "| Ann | 07700 900357 |\n| Bo | a | b |\n| Cy | 07700 900358 |\n"))
        .containsExactly("07700 900357", "07700 900358");
    assertThat(Detected.values("PHONE", "+------+--------------+\n| name | phone        |\n"
        + "+------+--------------+\n+------+--------------+\n| Ann  | 07700 900357 |\n"
        + "| Bo   | 07700 900358 |\n+------+--------------+\n"))
        .containsExactly("07700 900357", "07700 900358");
  }

  @Test
  void tablesPrintedBackToBackAreReadUnderTheirOwnHeaders() {
    // review s27: with a table's bottom border and the next one's top border read as one rule, the
    // lower table's header was taken for a row between rules and its rows read under the upper's
    String orders = "+-------+-----------+\n| order | ref       |\n+-------+-----------+\n"
        + "| 1001  | 212345679 |\n+-------+-----------+\n";
    assertThat(Detected.values("US_SSN", "+------+-----------+\n| name | ssn       |\n"
        + "+------+-----------+\n| Ann  | 078051120 |\n+------+-----------+\n" + orders))
        .containsExactly("078051120");
    assertThat(Detected.values("PHONE", "+------+--------------+\n| name | phone        |\n"
        + "+------+--------------+\n| Ann  | 07700 900357 |\n+------+--------------+\n" + orders))
        .containsExactly("07700 900357");
    assertThat(Detected.values("US_SSN", "+------+-----------+\n| name | notes     |\n"
        + "+------+-----------+\n| Ann  | ok        |\n+------+-----------+\n"
        + "+-------+-----------+\n| name  | ssn       |\n+-------+-----------+\n"
        + "| Bo    | 212345679 |\n| Cy    | 212345680 |\n+-------+-----------+\n"))
        .containsExactly("212345679", "212345680");
    assertThat(Detected.values("US_SSN", "+------+-----------+\n| name | ssn       |\n"
        + "+======+===========+\n| Ann  | 078051120 |\n+------+-----------+\n"
        + "| Bo   | 212345678 |\n+------+-----------+\n+-------+-----------+\n"
        + "| order | ref       |\n+=======+===========+\n| 1001  | 212345679 |\n"
        + "+-------+-----------+\n| 1002  | 212345680 |\n+-------+-----------+\n"))
        .containsExactly("078051120", "212345678");
  }

  @Test
  void aRowBelowTwoRulesIsNamedWhateverTheRowAboveThemHolds() {
    // review s26b: the walk by counts from the row below the two rules took the header that the
    // walk under the upper rule had found for the row above them, where that row held a value
    String table = "| notes | Mobile |\n|---|---|\n| 702 | a | x |\n| 385 | %s |\n|---|---|\n"
        + "|---|---|\n| Ann | 07700 900359 |\n";
    assertThat(Detected.values("PHONE", String.format(table, "07700 900358")))
        .containsExactly("07700 900358");
    assertThat(Detected.values("PHONE", String.format(table, ""))).isEmpty();
  }

  @Test
  void aWideHeaderOverRowsOfAnotherCountIsReadOnce() {
    // the header's count was read again for every row that held another (review s26-diff: a
    // 4,000-char header over one-cell rows, 0.34 s -> 9 s on 5 MB)
    StringBuilder table = new StringBuilder("|" + " col |".repeat(600) + "\n|" + "---|".repeat(600)
        + "\n");
    for (int row = 1; row <= 20_000; row++) {
      table.append("| 07700 900").append(String.format("%03d", row % 1000)).append(" |\n");
    }
    assertThat(reads(table.toString())).isLessThan(40L * table.length()); // was 480
  }

  @Test
  void linesOfAnAppLogBelowATableAreNoRowsOfIt() {
    String text = " id | name | phone\n----+------+-------\n  1 | Jane | 07700 900357\n(1 row)\n"
        + "2024-05-01 | shipped | 07700 900358\n";
    assertThat(Detected.values("PHONE", text)).containsExactly("07700 900357");
  }

  @ParameterizedTest
  @ValueSource(strings = {"|---|---|", "| :--- | ---: | :-: |", "|-|", "|---|---", "  | --- |\r",
    "|\t---\t|", "--- | ---", "| -- -- |", "+----+------+", "----+------", " ---+--- ", "+===+==+"})
  void rules(String line) {
    assertThat(RuledTableHeader.isRule(text(line + "\nnext"), 0)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"| - x |", "|   |", "| --- | abc |", "|:|", "|", "| 1 | 2 |",
    "|---|---|x", "---", "- | x", "| + |", "-- 12 --", "2024-01-01 | x", "-----", "+", "==="})
  void notRules(String line) {
    assertThat(RuledTableHeader.isRule(text(line + "\nnext"), 0)).isFalse();
  }

  private static Text text(String chars) {
    Text text = new Text();
    text.reset(chars, 0, chars.length());
    return text;
  }

  private static long reads(String text) {
    ReadTrackingText tracked = new ReadTrackingText(text);
    Detected.ENGINE.scan(tracked, (type, start, end) -> { });
    return tracked.reads();
  }
}
