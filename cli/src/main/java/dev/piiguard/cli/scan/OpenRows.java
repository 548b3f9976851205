package dev.piiguard.cli.scan;

/**
 * Finds the row that a window's text ends inside: an export's note over many lines that goes on
 * past the window's end. The scanner names a value's column from the value's whole row, so the
 * window that accepts the value must hold the row to its end.
 */
final class OpenRows {

  /** The separators of the tables whose fields quotes may hold line breaks in. */
  private static final char[] SEPARATORS = {',', ';', '\t'};

  private OpenRows() {}

  /**
   * The earliest start, after {@code after}, of a row that {@code to} cuts, reading rows of commas,
   * semicolons and tabs ({@link RowReader}) from the row that starts at {@code from}: the line
   * {@code to} ends inside, or, where a quoted field holds line breaks, the first line of its row
   * (also when the field closes before {@code to} but the row's line does not end); -1 when none
   * starts after {@code after}. A row whose first line holds a pipe is left out: a table of
   * pipes' rows are read by their lines.
   */
  static int earliestCutAt(char[] chars, int from, int to, int after) {
    RowReader[] rows = new RowReader[SEPARATORS.length];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = new RowReader(SEPARATORS[k]);
      rows[k].startRow(from);
    }
    int lineStart = from;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == '"') {
        for (RowReader row : rows) {
          row.quote(chars, i, lineStart, to);
        }
      } else if (c == '\n') {
        for (RowReader row : rows) {
          if (row.lineFeed(true)) {
            row.startRow(i + 1);
          }
        }
        lineStart = i + 1;
      }
    }
    int start = -1;
    for (RowReader row : rows) {
      if (row.start() > after && (start < 0 || row.start() < start)
          && !firstLineHoldsPipe(chars, row.start(), to)) {
        start = row.start();
      }
    }
    return start;
  }

  /**
   * Whether the line from {@code lineStart} holds a pipe: a row of a table of pipes, where quotes
   * are characters ({@code | Cy "x, | … |}), read as a field that a quote opens would be misread.
   */
  private static boolean firstLineHoldsPipe(char[] chars, int lineStart, int to) {
    for (int i = lineStart; i < to && chars[i] != '\n'; i++) {
      if (chars[i] == '|') {
        return true;
      }
    }
    return false;
  }
}
