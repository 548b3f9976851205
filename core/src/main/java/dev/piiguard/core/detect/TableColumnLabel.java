package dev.piiguard.core.detect;

import java.util.Arrays;

/**
 * Reads the header of the table column a value stands in, so that the column's name can say what
 * the value is where no word stands near it: a customer table in CSV (comma, semicolon or tab
 * separated, fields may be quoted) or in Markdown, as system prompts and tool results carry them:
 *
 * <pre>
 * id,name,email,phone
 * 1001,Jane Doe,jane@example.com,07700 900357
 * </pre>
 *
 * Rows are read as CSV rows ({@link TableCursor}: a quoted cell may hold line breaks). The header
 * is the first row of the block of rows that hold as many separators as the value's row, however
 * far above it (an export's phone column may be empty for hundreds of rows; {@link
 * TableRowsAbove}); {@link ColumnNames} tells what its fields name. Each header is read once per
 * scan; the rows below the row of a table read last ({@link Memory}) are read on from it, and the
 * rows above a value only up to it, so a table is read about once however many values it holds;
 * read only for a value a detector found valid and found no word for.
 */
final class TableColumnLabel {
  /** The most columns whose names are remembered. */
  private static final int MAX_COLUMNS = 128;
  /** The longs that hold a bit per column of one kind. */
  private static final int WORDS = MAX_COLUMNS / Long.SIZE;

  private TableColumnLabel() {}

  /**
   * What a scan remembers of the table rows it read last, one per separator (a line may hold
   * several: {@code 1, 2 | 3; 4}), so that the values of one row and the rows of one table read
   * their row and their header once.
   */
  static final class Memory {
    private final QuotedLineBudget budget = new QuotedLineBudget();
    private final Row[] rows = {
      new Row(',', budget), new Row(';', budget), new Row('\t', budget), new Row('|', budget)
    };
    /** Reads the rows around a value before one is remembered. */
    private final TableCursor scratch = new TableCursor(budget);

    void clear() {
      budget.clear();
      for (Row row : rows) {
        row.start = -1;
        row.namedHeader = -1;
        row.above.clear();
        row.ruled.clear();
      }
    }

    private Row rowOf(int separator) {
      for (Row row : rows) {
        if (row.separator == separator) {
          return row;
        }
      }
      throw new IllegalArgumentException("no table separator");
    }
  }

  /** The row of a table read last with one separator. */
  private static final class Row {
    private final int separator;
    /** Where the row starts and ends; -1 when no row is remembered. */
    private int start = -1;
    private int end;
    private int separators;
    /** Read up to the last field of the row read. */
    private final TableCursor cursor;
    /** Where the table's header starts, -1 when it has none. */
    private int header = -1;
    /** Per kind of column, a bit for each of the first columns the header names so. */
    private final long[] named = new long[ColumnNames.KINDS * WORDS];
    /** The header line {@link #named} was read from, or -1. */
    private int namedHeader = -1;
    /** Finds the rows above a row, remembering lines read. */
    private final TableRowsAbove above;
    /** Finds the header above the rule of a table of pipes (pipes only). */
    private final RuledTableHeader ruled = new RuledTableHeader();

    private Row(int separator, QuotedLineBudget budget) {
      this.separator = separator;
      this.cursor = new TableCursor(budget);
      this.above = new TableRowsAbove(separator);
    }
  }

  /**
   * Whether the value at {@code start} is a field of a table whose header names its column as
   * holding values of {@code kind} (see {@link ColumnNames}).
   */
  static boolean inColumnOf(int kind, ScanContext context, int start) {
    Text text = context.text;
    int fieldStart = text.at(start - 1) == '"' ? start - 1 : start;
    boolean firstColumn = TableLines.lineBreakEndingAt(text, fieldStart - 1) >= 0;
    int separator = firstColumn ? firstSeparatorAfter(text, fieldStart)
        : separatorBefore(text, fieldStart);
    if (separator < 0) {
      return false; // read first: most numbers stand in prose, whose lines may be long
    }
    context.tableRow.budget.reach(text, start);
    Row row = context.tableRow.rowOf(separator);
    if (!readOn(row, context.tableRow.scratch, text, fieldStart)
        && !readRow(row, context.tableRow.scratch, text, fieldStart, firstColumn)) {
      return false;
    }
    int column = row.cursor.column();
    if (row.header < 0 || row.header == row.start || row.cursor.quoted() || column >= MAX_COLUMNS) {
      return false;
    }
    nameColumns(row, context.tableRow.scratch, text);
    return (row.named[kind * WORDS + column / Long.SIZE] & 1L << column) != 0;
  }

  /**
   * Reads on from the row remembered to the field at {@code fieldStart}: in the same row, or in a
   * row below it of the same table; false when the field stands in neither.
   */
  private static boolean readOn(Row row, TableCursor scratch, Text text, int fieldStart) {
    if (row.start < 0 || fieldStart < row.cursor.position()) {
      return false;
    }
    if (fieldStart < row.end) {
      return row.separators < 0 || row.cursor.readTo(text, fieldStart); // no row: said once
    }
    if (row.header == row.start) {
      return false; // a row that is its own header may be a cell's line: read the next one anew
    }
    int end = row.end;
    while (true) {
      int next = TableLines.nextLineStart(text, end);
      if (next < 0 || next > fieldStart) {
        return false;
      }
      scratch.start(row.separator, next);
      end = scratch.readToEnd(text);
      if (end < 0 || scratch.column() != row.separators || row.separator == '|'
          && (RuledTableHeader.isRule(text, next) || RuledTableHeader.leadsWithPipe(text, next)
              != RuledTableHeader.leadsWithPipe(text, row.start))) {
        return false; // the table ended above the field, or a table below it starts
      }
      if (fieldStart < end) {
        remember(row, next, end, row.separators, row.header);
        return row.cursor.readTo(text, fieldStart);
      }
    }
  }

  /**
   * Reads the row of the field at {@code fieldStart} and its header; false when the field stands
   * in no row of a table. The row starts on the field's line, or on a line above when the field
   * stands after a quoted field that holds line breaks ({@code ring twice",Jane Doe,07700 900357}).
   */
  private static boolean readRow(
      Row row, TableCursor scratch, Text text, int fieldStart, boolean firstColumn) {
    int separator = row.separator;
    int rowStart = firstColumn ? fieldStart : TableLines.lineStartBefore(text, fieldStart);
    if (rowStart < 0 || TableLines.lineBreakEndingAt(text, rowStart - 1) < 0) {
      // no line above it, or a line too long for a table: the rest of it is no row either
      remember(row, fieldStart, TableLines.lineEnd(text, fieldStart), -1, -1);
      return false;
    }
    scratch.start(separator, rowStart);
    boolean reached = scratch.readTo(text, fieldStart);
    // the line may start inside a quoted field: ring twice",Jane Doe,07700 900357
    boolean insideAbove = scratch.closedUnopened() || scratch.quoted();
    int end = reached ? scratch.readToEnd(text) : -1;
    if (end < 0 && reached) {
      // a quoted field that does not close (a cut export): its line is the row
      scratch.start(separator, rowStart);
      scratch.readTo(text, fieldStart);
      end = scratch.readToLineEnd(text);
    }
    int separators = scratch.column();
    int header = end < 0 ? -1 : headerStart(row, scratch, text, rowStart, separators);
    int above = insideAbove
        ? row.above.rowStartAbove(scratch, text, rowStart, fieldStart) : -1;
    if (above >= 0) {
      scratch.start(separator, above);
      int aboveEnd = scratch.readToEnd(text);
      int aboveSeparators = scratch.column();
      int aboveHeader = headerStart(row, scratch, text, above, aboveSeparators);
      if (aboveHeader != above || end < 0 || header == rowStart) {
        rowStart = above;
        end = aboveEnd;
        separators = aboveSeparators;
        header = aboveHeader;
      }
    }
    if (end < 0) {
      remember(row, fieldStart, TableLines.lineEnd(text, fieldStart), -1, -1);
      return false; // a line longer than a table's
    }
    remember(row, rowStart, end, separators, header);
    return row.cursor.readTo(text, fieldStart);
  }

  /** Reads what the columns of the row's header name, once per header. */
  private static void nameColumns(Row row, TableCursor cursor, Text text) {
    if (row.header != row.namedHeader) {
      for (int kind = 0; kind < ColumnNames.KINDS; kind++) {
        nameColumns(row.named, kind, cursor, text, row.header, row.separator);
      }
      row.namedHeader = row.header;
    }
  }

  private static void remember(Row row, int start, int end, int separators, int header) {
    row.start = start;
    row.end = end;
    row.separators = separators;
    row.cursor.start(row.separator, start);
    row.header = header;
  }

  /**
   * The start of the first row of the block of rows that hold {@code separators} separators, as
   * the row at {@code rowStart} does, and end with it (a sentence above the table with commas in
   * it ends the block; in a table of pipes, so do a rule and a row that starts otherwise: {@link
   * TableRowsAbove#rowAbove}); a walk that reaches the row remembered above takes its header, which
   * a walk by counts found too. A row of a table of pipes with a rule under its header ({@link
   * RuledTableHeader}: Markdown, MySQL, psql) has the line above the rule for its header when the
   * two hold as many pipes, and no header when they do not: its cells may be shifted.
   */
  private static int headerStart(
      Row row, TableCursor cursor, Text text, int rowStart, int separators) {
    int ruled = row.separator == '|' ? row.ruled.headerAbove(cursor, text, rowStart) : -1;
    if (ruled >= 0) {
      return row.ruled.headerSeparators(cursor, text) == separators ? ruled : rowStart;
    }
    boolean rememberedAbove = row.start >= 0 && row.start < rowStart
        && row.separators == separators && row.header != row.start;
    int line = rowStart;
    while (true) {
      if (rememberedAbove && line <= row.start) {
        return row.header;
      }
      int above = row.above.rowAbove(cursor, text, line, separators);
      if (above < 0) {
        return line;
      }
      line = above;
    }
  }

  /**
   * The separator that ends the field before the one at {@code fieldStart}, spaces between (a
   * Markdown cell's, {@code 1001, Jane Doe, 07700 900357}), or -1.
   */
  private static int separatorBefore(Text text, int fieldStart) {
    int i = fieldStart - 1;
    while (text.at(i) == ' ' && fieldStart - i <= TableLines.MAX_PADDING) {
      i--;
    }
    if (TableLines.endsEscapedTab(text, i)) {
      return '\t'; // a TSV table in a JSON string
    }
    return isSeparator(text.at(i)) ? text.at(i) : -1;
  }

  private static boolean isSeparator(int c) {
    return c == ',' || c == ';' || c == '\t' || c == '|';
  }

  /**
   * The first separator of a table on the line from {@code from}, or -1: the separator after a
   * field of the first column ({@code 078051120,Jane,…}).
   */
  private static int firstSeparatorAfter(Text text, int from) {
    int characters = 0;
    for (int i = from; characters < TableLines.MAX_LINE && text.at(i) >= 0
        && !TableLines.startsLineBreak(text, i); i++) {
      if (isSeparator(text.at(i))) {
        return text.at(i);
      }
      if (TableLines.escapedTabLength(text, i) > 0) {
        return '\t';
      }
      characters += text.startsCodePoint(i) ? 1 : 0;
    }
    return -1;
  }

  /**
   * Sets in {@code named}, from {@code kind * WORDS}, a bit for each of the first {@link
   * #MAX_COLUMNS} fields of the header row at {@code header} whose name says its column holds
   * values of {@code kind}, and clears the others; a quoted name may take several lines
   * ({@code "Shipping\nAddress"}, as a spreadsheet wraps it).
   */
  private static void nameColumns(
      long[] named, int kind, TableCursor cursor, Text text, int header, int separator) {
    Arrays.fill(named, kind * WORDS, (kind + 1) * WORDS, 0);
    cursor.start(separator, header);
    for (int column = 0; column < MAX_COLUMNS; column++) {
      int fieldStart = cursor.position();
      int fieldEnd = cursor.readField(text);
      if (fieldEnd < 0) {
        return;
      }
      if (ColumnNames.names(kind, text, fieldStart, fieldEnd)) {
        named[kind * WORDS + column / Long.SIZE] |= 1L << column;
      }
      if (cursor.column() == column) {
        return; // the row's end: no separator was stepped over
      }
    }
  }

}
