package dev.piiguard.core.detect;

/**
 * Finds the rows of a table with one separator above a row or a value, read as CSV rows ({@link
 * TableCursor}): a quoted cell that holds line breaks makes its row take several lines, and a
 * line read alone does not tell whether it starts a row or goes on with a cell opened above it. A
 * line above is taken for a row of the table when the row read from it ends right above and holds
 * as many separators; lines that may close a quoted cell (they hold a quote) are tried as the last
 * line of a row that starts up to {@link TableCursor#MAX_LINES} lines higher, on a line whose row
 * goes on past its own line. The lines found to hold rows of their own are remembered as a run,
 * which later searches step over, so that a text whose lines hold quotes (JSON logs, quoted
 * fields) is read about once however many values it holds.
 */
final class TableRowsAbove {
  private final int separator;
  /** A run of lines whose rows end on their own lines: its first line, the line below it. */
  private int runTop = -1;
  private int runEnd = -1;
  private int runLines;
  /** How many lines up the line {@link #multiLineRowAbove} returned stands. */
  private int passed;

  TableRowsAbove(int separator) {
    this.separator = separator;
  }

  void clear() {
    runTop = -1;
    runEnd = -1;
  }

  /**
   * Where the row right above the one at {@code rowStart} starts when it holds {@code separators}
   * separators, also when it takes several lines; -1 otherwise. In a table of pipes, a rule
   * ({@link RuledTableHeader#isRule}) has no row above it, and a row above must start with a pipe
   * as the one at {@code rowStart} does or does not: rows read by their counts of pipes then stand
   * between the same rules and lines a walk under a rule passes, and a walk by counts that reaches
   * a row whose header was found under a rule may take that header.
   */
  int rowAbove(TableCursor cursor, Text text, int rowStart, int separators) {
    if (separator != '|') {
      return rowOfCountAbove(cursor, text, rowStart, separators);
    }
    if (RuledTableHeader.isRule(text, rowStart)) {
      return -1; // a rule tops the rows below it: the rows above it are another table's
    }
    int above = rowOfCountAbove(cursor, text, rowStart, separators);
    return above >= 0 && RuledTableHeader.leadsWithPipe(text, above)
        != RuledTableHeader.leadsWithPipe(text, rowStart) ? -1 : above;
  }

  private int rowOfCountAbove(TableCursor cursor, Text text, int rowStart, int separators) {
    int line = TableLines.lineAbove(text, rowStart);
    if (line < 0) {
      return -1;
    }
    boolean whole = endsRowRightAbove(cursor, text, line, rowStart, separators);
    if (whole ? !cursor.closedUnopened() : !cursor.readQuotes()) {
      return whole ? line : -1; // the line closes no quoted field opened higher up
    }
    int below = line;
    for (int budget = TableCursor.MAX_LINES - 1; budget > 0; budget -= passed) {
      int above = multiLineRowAbove(cursor, text, below, budget);
      if (above < 0) {
        break;
      }
      if (endsRowRightAbove(cursor, text, above, rowStart, separators)) {
        return above; // Springfield; IL 62704", read alone, holds as many separators
      }
      below = above;
    }
    return whole ? line : -1;
  }

  /**
   * Where the row that holds the field at {@code fieldStart} starts on a line above {@code
   * lineStart}, inside whose quoted field the field's line starts: the nearest line whose row
   * reads on to the field, outside quotes, below a row with as many separators; -1 when none
   * does within {@link TableCursor#MAX_LINES} lines.
   */
  int rowStartAbove(TableCursor cursor, Text text, int lineStart, int fieldStart) {
    int below = lineStart;
    for (int budget = TableCursor.MAX_LINES - 1; budget > 0; ) {
      int above = multiLineRowAbove(cursor, text, below, budget);
      if (above < 0) {
        return -1;
      }
      budget -= passed;
      cursor.start(separator, above);
      if (cursor.readTo(text, fieldStart) && !cursor.quoted() && cursor.readToEnd(text) >= 0
          && rowAbove(cursor, text, above, cursor.column()) >= 0) {
        return above;
      }
      below = above;
    }
    return -1;
  }

  /**
   * Whether the row read from {@code line} ends right above {@code rowStart}, holding {@code
   * separators} separators.
   */
  private boolean endsRowRightAbove(
      TableCursor cursor, Text text, int line, int rowStart, int separators) {
    cursor.start(separator, line);
    return !cursor.readTo(text, rowStart)
        && TableLines.nextLineStart(text, cursor.position()) == rowStart
        && cursor.column() == separators;
  }

  /**
   * The nearest line above the line at {@code below}, at most {@code budget} lines up, whose row
   * goes on past its own line (a quoted field opened on it holds a line break), or -1; sets
   * {@link #passed}. The lines passed, whose rows end on their own lines, join the run.
   */
  private int multiLineRowAbove(TableCursor cursor, Text text, int below, int budget) {
    shortenRunTo(text, below);
    int line = below;
    int lines = 0;
    int top = -1;
    while (lines < budget) {
      if (line == runEnd) {
        lines += runLines; // read before: rows of one line each
        top = runTop;
        line = runTop;
        continue;
      }
      int above = TableLines.lineAbove(text, line);
      if (above < 0) {
        break;
      }
      lines++;
      cursor.start(separator, above);
      boolean reaches = cursor.readTo(text, line);
      if (reaches || cursor.cutByBudget()) {
        remember(top, below, lines - 1);
        passed = lines;
        // the budget spent, what the lines above hold is not known: none is looked at
        return cursor.cutByBudget() ? -1 : above;
      }
      top = above;
      line = above;
    }
    remember(top, below, lines);
    passed = lines;
    return -1;
  }

  /**
   * Ends the run at {@code below} when {@code below} is its last line: a walk up a table's rows
   * asks from each line in turn, and the lines above it in the run are still rows of one line
   * each, so the walk reads each line about once instead of up to {@link TableCursor#MAX_LINES}
   * times.
   */
  private void shortenRunTo(Text text, int below) {
    if (runLines > 1 && below < runEnd && below > runTop
        && TableLines.lineAbove(text, runEnd) == below) {
      runEnd = below;
      runLines--;
    }
  }

  private void remember(int top, int end, int lines) {
    if (top >= 0) {
      runTop = top;
      runEnd = end;
      runLines = lines;
    }
  }
}
