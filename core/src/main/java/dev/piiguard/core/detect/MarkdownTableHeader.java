package dev.piiguard.core.detect;

/**
 * Finds the header of a Markdown table as GitHub reads one: the line right above its delimiter
 * row ({@code |---|:--:|---:|}), however many rows stand between and whatever their counts of
 * pipes. A chat model's table often holds a row with an unescaped pipe in a cell or a cell left
 * out; read by counts of separators alone ({@link TableColumnLabel}), such a row ends its table
 * and every row below it loses its column names. Only tables whose lines each start with a pipe
 * are read so, as models and GitHub write them; the nearest delimiter row above a row is its
 * table's, so a table printed right below another keeps its own header.
 *
 * <p>A walk up remembers the lines it passed with what it found, and a later walk that reaches
 * them stops there: a table is walked about once however many values it holds.
 */
final class MarkdownTableHeader {
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
   * The start of the header line of the Markdown table whose row starts at {@code rowStart}: the
   * line above the nearest delimiter row above the row, when every line from the row up to it
   * starts with a pipe, and so does the header; -1 otherwise (no such table: rows are read by
   * their counts of separators).
   */
  int headerAbove(Text text, int rowStart) {
    if (!startsWithPipe(text, rowStart)) {
      return -1;
    }
    int line = rowStart;
    while (true) {
      if (line >= walkedTop && line <= walkedFrom) {
        walkedFrom = Math.max(walkedFrom, rowStart); // the lines between were rows of it too
        return walkedHeader;
      }
      int above = TableLines.lineAbove(text, line);
      if (isDelimiterRow(text, line)) {
        return remember(line, rowStart, above >= 0 && startsWithPipe(text, above) ? above : -1);
      }
      if (above < 0 || !startsWithPipe(text, above)) {
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

  /** Whether the line at {@code lineStart} starts with a pipe, after a Markdown cell's padding. */
  static boolean startsWithPipe(Text text, int lineStart) {
    return text.at(skipSpaces(text, lineStart)) == '|';
  }

  /**
   * Whether the line at {@code lineStart} is a delimiter row: a pipe, then cells of hyphens with a
   * colon at either end or not, each followed by a pipe but the last ({@code | --- | :---: |}).
   */
  static boolean isDelimiterRow(Text text, int lineStart) {
    int i = skipSpaces(text, lineStart);
    if (text.at(i) != '|') {
      return false;
    }
    i++;
    int cells = 0;
    while (true) {
      i = skipSpaces(text, i);
      if (endsLine(text, i)) {
        return cells > 0;
      }
      i += text.at(i) == ':' ? 1 : 0;
      int hyphens = i;
      while (text.at(i) == '-') {
        i++;
      }
      if (i == hyphens) {
        return false;
      }
      i = skipSpaces(text, i + (text.at(i) == ':' ? 1 : 0));
      cells++;
      if (text.at(i) == '|') {
        i++;
      } else {
        return endsLine(text, i);
      }
    }
  }

  private static boolean endsLine(Text text, int index) {
    return text.at(index) < 0 || TableLines.startsLineBreak(text, index);
  }

  private static int skipSpaces(Text text, int from) {
    int i = from;
    while ((text.at(i) == ' ' || text.at(i) == '\t') && i - from < TableLines.MAX_PADDING) {
      i++;
    }
    return i;
  }
}
