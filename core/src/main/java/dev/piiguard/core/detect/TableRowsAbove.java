package dev.piiguard.core.detect;

/**
 * Finds the rows of a table above a row or a value read as CSV rows ({@link TableCursor}): a
 * quoted cell that holds line breaks makes its row take several lines, and a line read alone does
 * not tell whether it starts a row or goes on with a cell opened above it. A line above is taken
 * for a row of the table when the row read from it ends right above and holds as many
 * separators; lines that may close a quoted cell (they hold a quote) are tried as the last line of
 * a row that starts up to {@link TableCursor#MAX_LINES} lines higher.
 */
final class TableRowsAbove {

  private TableRowsAbove() {}

  /**
   * Where the row right above the one at {@code rowStart} starts when it holds {@code separators}
   * separators, also when it takes several lines; -1 otherwise.
   */
  static int rowAbove(TableCursor cursor, Text text, int separator, int rowStart, int separators) {
    int line = TableLines.lineAbove(text, rowStart);
    if (line < 0) {
      return -1;
    }
    boolean whole = endsRowRightAbove(cursor, text, separator, line, rowStart, separators);
    if (whole ? !cursor.closedUnopened() : !cursor.readQuotes()) {
      return whole ? line : -1; // the line closes no quoted field opened higher up
    }
    int above = line;
    for (int lines = 1; lines < TableCursor.MAX_LINES; lines++) {
      above = TableLines.lineAbove(text, above);
      if (above < 0) {
        break;
      }
      if (endsRowRightAbove(cursor, text, separator, above, rowStart, separators)) {
        return above; // Springfield; IL 62704", read alone, holds as many separators
      }
    }
    return whole ? line : -1;
  }

  /**
   * Whether the row read from {@code line} ends right above {@code rowStart}, holding {@code
   * separators} separators.
   */
  private static boolean endsRowRightAbove(
      TableCursor cursor, Text text, int separator, int line, int rowStart, int separators) {
    cursor.start(separator, line);
    return !cursor.readTo(text, rowStart)
        && TableLines.nextLineStart(text, cursor.position()) == rowStart
        && cursor.column() == separators;
  }

  /**
   * Where the row that holds the field at {@code fieldStart} starts on a line above {@code
   * lineStart}, inside whose quoted field the field's line starts: the nearest line whose row
   * reads on to the field, outside quotes, below a row with as many separators; -1 when none
   * does within {@link TableCursor#MAX_LINES} lines.
   */
  static int rowStartAbove(
      TableCursor cursor, Text text, int separator, int lineStart, int fieldStart) {
    int line = lineStart;
    for (int lines = 1; lines < TableCursor.MAX_LINES; lines++) {
      line = TableLines.lineAbove(text, line);
      if (line < 0) {
        return -1;
      }
      cursor.start(separator, line);
      if (cursor.readTo(text, fieldStart) && !cursor.quoted() && cursor.readToEnd(text) >= 0
          && rowAbove(cursor, text, separator, line, cursor.column()) >= 0) {
        return line;
      }
    }
    return -1;
  }
}
