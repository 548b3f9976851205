package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableHeadersTest {

  @Test
  void aRowOfOneLineIsReadWithItsTablesHeader() {
    String text = "Customers:\nid,name,phone\n1,Jane Doe,07700 900357\n2,John Roe,07700 900358\n";

    TableHeaders.Row row = rowAt(text, "2,John");

    assertThat(row.start()).isEqualTo(text.indexOf("2,John"));
    assertThat(header(text, row)).isEqualTo("id,name,phone");
  }

  @Test
  void aLineInsideAQuotedNoteBelongsToTheRowThatOpenedTheNote() {
    String text = "ticket,description,phone\n"
        + "1,\"Printer jams, again.\nThanks, Sam\",07700 900357\n"
        + "2,\"Printer jams, again.\nStill jams.\nThanks, Sam\",07700 900358\n";

    TableHeaders.Row row = rowAt(text, "Still jams.");

    assertThat(row.start()).isEqualTo(text.indexOf("2,\"Printer"));
    assertThat(header(text, row)).isEqualTo("ticket,description,phone");
  }

  @Test
  void aNoteLineThatQuotesAWordIsNoRowEnd() {
    String text = "id,note,phone\n"
        + "1,\"Rang twice.\nSaid \"\"no\"\", then left\nCall back\",07700 900357\n";

    TableHeaders.Row row = rowAt(text, "Said");

    assertThat(row.start()).isEqualTo(text.indexOf("1,\""));
    assertThat(header(text, row)).isEqualTo("id,note,phone");
  }

  @Test
  void aLineThatClosesANoteAndOpensAnAddressBelongsToTheNotesRow() {
    // read to its end from the row's start, the closing line stands inside the address: the row
    // is the one whose note closes right after the quote, not the one its note's lines make up
    String text = "id,name,notes,address,phone\n1,Jane Doe,ok,Springfield,07700 900357\n"
        + "2,Jane Doe,\"first line\n" + "note, with, commas\n".repeat(5)
        + "last line\",\"1 High Street\nSpringfield\",07700 900123\n"
        + "3,John Roe,ok,Springfield,07700 900358\n";

    TableHeaders.Row row = rowAt(text, "note, with");

    assertThat(row.start()).isEqualTo(text.indexOf("2,Jane Doe"));
    assertThat(header(text, row)).isEqualTo("id,name,notes,address,phone");
  }

  @Test
  void aLineThatOpensANoteStartsItsRow() {
    String text = "id,note,phone\n1,\"one\ntwo\",07700 900357\n2,\"three\nfour\",07700 900358\n";

    TableHeaders.Row row = rowAt(text, "2,\"three");

    assertThat(row.start()).isEqualTo(text.indexOf("2,\"three"));
    assertThat(header(text, row)).isEqualTo("id,note,phone");
  }

  @Test
  void aQuoteLeftOpenFarAboveShiftsNoRow() {
    StringBuilder text = new StringBuilder("Customers export, \"Q2 (draft\n\nid,note,phone\n");
    for (int row = 1; row <= 40; row++) {
      text.append(row).append(",\"Printer jams.\nThanks, Sam\",07700 900").append(100 + row)
          .append('\n');
    }

    TableHeaders.Row row = rowAt(text.toString(), "Thanks, Sam\",07700 900130");

    assertThat(row.start()).isEqualTo(text.indexOf("30,\"Printer"));
    assertThat(header(text.toString(), row)).isEqualTo("id,note,phone");
  }

  @Test
  void theFirstRowOfATableHasNoHeaderAbove() {
    String text = "Notes for the call.\nid,name,phone\n1,Jane Doe,07700 900357\n";

    TableHeaders.Row row = rowAt(text, "id,name");

    assertThat(row.start()).isEqualTo(text.indexOf("id,name"));
    assertThat(row.hasHeader()).isFalse();
  }

  @Test
  void aLineOfProseIsNoRow() {
    String text = "Dear Jane,\nthanks for your order.\nWe ship today.\n";

    TableHeaders.Row row = rowAt(text, "We ship");

    assertThat(row.start()).isEqualTo(text.indexOf("We ship"));
    assertThat(row.hasHeader()).isFalse();
  }

  @Test
  void theSeparatorWhoseTableHasMoreRowsAboveIsRead() {
    // a semicolon export whose cells hold commas: two commas in every row but the header's
    String text = "id;name;address;phone\n1;Jane;Flat 4, 12 High St, Leeds;07700 900357\n"
        + "2;John;Flat 5, 13 High St, Leeds;07700 900358\n3;Ann;Flat 6, 14 High St, York;07700\n";

    TableHeaders.Row row = rowAt(text, "3;Ann");

    assertThat(header(text, row)).isEqualTo("id;name;address;phone");
  }

  @Test
  void aMarkdownTableReadsItsHeaderAboveTheRuleAndTheRule() {
    // the rule carried with the header: the rows below it are read whatever their counts
    String text = "| id | name | phone |\n|----|------|-------|\n| 1 | Jane | 07700 900357 |\n"
        + "| 2 | John | 07700 900358 |\n";

    TableHeaders.Row row = rowAt(text, "| 2 |");

    assertThat(header(text, row)).isEqualTo("| id | name | phone |\n|----|------|-------|");
  }

  @Test
  void linesBeforeTheStartGivenAreNotRead() {
    String text = "id,name,phone\n1,Jane Doe,07700 900357\n2,John Roe,07700 900358\n";
    int from = text.indexOf("1,Jane");

    TableHeaders.Row row = TableHeaders.rowAt(text, from, text.length(), text.indexOf("2,John"));

    assertThat(header(text, row)).isEqualTo("1,Jane Doe,07700 900357");
  }

  @Test
  void aHeaderWhoseNamesTakeSeveralLinesIsReadWhole() {
    String text = "id,\"Shipping\nAddress\",phone\n1,Leeds,07700 900357\n2,York,07700 900358\n";

    TableHeaders.Row row = rowAt(text, "2,York");

    assertThat(header(text, row)).isEqualTo("id,\"Shipping\nAddress\",phone");
  }

  @Test
  void aLineStartOutsideTheTextIsRefused() {
    assertThatThrownBy(() -> TableHeaders.rowAt("a,b\n", 2, 4, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMarkdownRowBelowARaggedRowHasTheHeaderAboveTheDelimiterRowWithIt() {
    String text = "| note | x |\n| id | name | phone |\n| --- | --- | --- |\n| 1 | Ann | 07700 900357 |\n"
        + "| 2 | a | b | 07700 900111 |\n| 3 | Bo | 07700 900358 |\n";

    TableHeaders.Row row = rowAt(text, "| 3 |");

    assertThat(row.start()).isEqualTo(text.indexOf("| 3 |"));
    assertThat(header(text, row)).isEqualTo("| id | name | phone |\n| --- | --- | --- |");
    assertThat(row.separator()).isEqualTo('|');
    assertThat(row.separators()).isEqualTo(4);
    // a row with another count: the scanner names none of its cells, but the rows below it keep
    // the header (review s26-diff: the CLI lost it for the rest of the table)
    assertThat(header(text, rowAt(text, "| 2 |"))).isEqualTo("| id | name | phone |\n| --- | --- | --- |");
    assertThat(rowAt(text, "| 2 |").separators()).isEqualTo(4);
  }

  @Test
  void aMarkdownTableRightBelowAnotherHasItsOwnHeader() {
    String text = "| name | ssn |\n|---|---|\n| Jane | 078051120 |\n| item | order id |\n|---|---|\n"
        + "| A-1 | 219099999 |\n";

    assertThat(header(text, rowAt(text, "| A-1"))).isEqualTo("| item | order id |\n|---|---|");
  }

  @Test
  void tellsARuleUnderATablesHeader() {
    String text = "| id | phone |\n| :-- | --: |\n| 1 | 2 |\n+----+----+\n";

    assertThat(TableHeaders.isTableRule(text, text.indexOf("| :--"))).isTrue();
    assertThat(TableHeaders.isTableRule(text, text.indexOf("+--"))).isTrue();
    assertThat(TableHeaders.isTableRule(text, 0)).isFalse();
    assertThat(TableHeaders.isTableRule(text, text.indexOf("| 1"))).isFalse();
  }

  @Test
  void aRowOfPsqlsOutputHasTheHeaderAboveTheRuleWithIt() {
    String text = " id | name | phone\n----+------+-------\n  1 | Jane | 07700 900357\n";

    assertThat(header(text, rowAt(text, "  1 |"))).isEqualTo(" id | name | phone\n----+------+-------");
  }

  private static TableHeaders.Row rowAt(String text, String line) {
    int lineStart = text.indexOf(line);
    assertThat(lineStart).isPositive();
    return TableHeaders.rowAt(text, 0, text.length(), lineStart);
  }

  private static String header(String text, TableHeaders.Row row) {
    assertThat(row.hasHeader()).isTrue();
    return text.substring(row.headerStart(), row.headerEnd());
  }
}
