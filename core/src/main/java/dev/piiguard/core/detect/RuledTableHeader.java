package dev.piiguard.core.detect;

/**
 * Finds the header of a table of pipes printed with a rule under its header: Markdown's delimiter
 * row ({@code |---|:--:|---:|}), the border of MySQL's client ({@code +----+------+}), psql's line
 * ({@code ----+------}). The header is the line right above the nearest rule above a row, however
 * many rows stand between and whatever their counts of pipes, while each line between holds a
 * pipe. A chat model's Markdown table often holds a row with an unescaped pipe in a cell or a cell
 * left out; read by counts of separators alone ({@link TableColumnLabel}), such a row ends its
 * table and every row below it loses its column names, and the rule, which holds no pipe in
 * MySQL's and psql's output, parts a header from its rows. The nearest rule above a row is its
 * table's, so a table printed right below another keeps its own header.
 *
 * <p>A walk up remembers the lines it passed with what it found, and a later walk that reaches
 * them stops there: a table is walked about once however many values it holds.
 */
final class RuledTableHeader {
  /** The lines a walk passed, from the top line it read to the row it started from. */
  private int walkedTop = -1;
  private int walkedFrom = -1;
  /** What that walk found: the header's start, or -1. */
  private int walkedHeader = -1;

  void clear() {
    walkedTop = -1;
    walkedFrom = -1;
    walkedHeader = -1;
  }

  /**
   * The start of the header line of the table whose row starts at {@code rowStart}: the line above
   * the nearest rule above the row, when every line from the row up to it holds a pipe, and so does
   * the header; -1 otherwise (no such table: rows are read by their counts of separators). Reads
   * the lines with {@code cursor}.
   */
  int headerAbove(TableCursor cursor, Text text, int rowStart) {
    if (!holdsPipe(cursor, text, rowStart)) {
      return -1;
    }
    int line = rowStart;
    while (true) {
      if (line >= walkedTop && line <= walkedFrom) {
        walkedFrom = Math.max(walkedFrom, rowStart); // the lines between were rows of it too
        return walkedHeader;
      }
      int above = TableLines.lineAbove(text, line);
      if (above >= 0 && isRule(text, above)) {
        int header = TableLines.lineAbove(text, above);
        return remember(above, rowStart,
            header >= 0 && holdsPipe(cursor, text, header) ? header : -1);
      }
      if (above < 0 || !holdsPipe(cursor, text, above)) {
        return remember(line, rowStart, -1);
      }
      line = above;
    }
  }

  private int remember(int top, int from, int header) {
    walkedTop = top;
    walkedFrom = from;
    walkedHeader = header;
    return header;
  }

  /**
   * Whether the line at {@code lineStart} holds a pipe that separates cells (not {@code \|}) and is
   * not too long for a row of a table.
   */
  private static boolean holdsPipe(TableCursor cursor, Text text, int lineStart) {
    cursor.start('|', lineStart);
    return cursor.readToEnd(text) >= 0 && cursor.column() > 0;
  }

  /**
   * Whether the line at {@code lineStart} is a rule under a table's header: hyphens, with pipes
   * or plus signs between the columns' hyphens or around them, colons for Markdown's alignment and
   * spaces, nothing else ({@code | --- | :---: |}, {@code +----+------+}, {@code ----+------}).
   */
  static boolean isRule(Text text, int lineStart) {
    boolean hyphens = false;
    boolean joints = false;
    int characters = 0;
    int i = lineStart;
    for (; !endsLine(text, i) && characters < TableLines.MAX_LINE; i++, characters++) {
      int c = text.at(i);
      if (c == '-') {
        hyphens = true;
      } else if (c == '|' || c == '+') {
        joints = true;
      } else if (c != ':' && c != ' ' && c != '\t') {
        return false;
      }
    }
    return hyphens && joints && endsLine(text, i);
  }

  private static boolean endsLine(Text text, int index) {
    return text.at(index) < 0 || TableLines.startsLineBreak(text, index);
  }
}
