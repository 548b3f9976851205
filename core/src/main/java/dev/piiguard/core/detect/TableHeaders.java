package dev.piiguard.core.detect;

/**
 * Tells, for a line of a text, which table row it belongs to and which row is that table's header,
 * as the scanner reads table rows ({@link TableCursor}, {@link TableRowsAbove}): for a reader that
 * scans a long text in parts cut at line starts ({@code piiguard scan}), so that each part starts
 * at a row's start and carries the header of the table it starts in, and the scanner names a
 * value's column in every part as it does in the whole text.
 *
 * <p>It reads from the line asked about: down to the line that closes a quoted field opened above
 * it, if one does within {@link TableCursor#MAX_LINES} lines, and up through its table to the
 * header; never from the text's start, so a quote left open far above (a title such as {@code
 * Export, "Q2 (draft}) does not shift the rows it reads. The walk up reads the table's rows once
 * or more each (a line that may close a quoted field is also tried as the end of a row over
 * several lines): a reader should ask where rows read from the text's start may be out of step,
 * not for every part.
 */
public final class TableHeaders {
  /** Comma, semicolon, tab, pipe: the separators the scanner reads tables with. */
  private static final int[] SEPARATORS = {',', ';', '\t', '|'};

  private final Text text = new Text();
  private final QuotedLineBudget budget = new QuotedLineBudget();
  private final TableCursor cursor = new TableCursor(budget);

  private TableHeaders(CharSequence chars, int from, int to) {
    text.reset(chars, from, to);
  }

  /**
   * The row of a table that holds the line at {@code lineStart} of {@code chars[from, to)}, and
   * its table's header; the lines before {@code from} are not read. Of the separators whose rows
   * hold the line, the one whose table has the most rows above it, to its header, is read.
   */
  public static Row rowAt(CharSequence chars, int from, int to, int lineStart) {
    if (lineStart < from || lineStart > to) {
      throw new IllegalArgumentException(
          "line start " + lineStart + " outside " + from + ".." + to);
    }
    return new TableHeaders(chars, from, to).rowAt(lineStart);
  }

  /**
   * Whether the line at {@code lineStart} of {@code chars} is a rule under a table's header
   * (Markdown's {@code |---|:---:|}, MySQL's {@code +----+----+}, psql's {@code ----+----}): the
   * line above it is the header of the rows below it that hold pipes, whatever their counts.
   */
  public static boolean isTableRule(CharSequence chars, int lineStart) {
    Text text = new Text();
    text.reset(chars, 0, chars.length());
    return RuledTableHeader.isRule(text, lineStart);
  }

  /**
   * A row of a table: where it starts; where its table's header starts and ends (the line break
   * after it; in a table with a rule under its header, after the rule), the separator read and
   * how many of them the header holds, when a row with as many separators stands above it (else
   * {@code headerStart} is -1 and {@code separators} 0).
   */
  public record Row(int start, int headerStart, int headerEnd, char separator, int separators) {
    /** Whether the table has a header above the row. */
    public boolean hasHeader() {
      return headerStart >= 0;
    }
  }

  private Row rowAt(int lineStart) {
    budget.reach(text, lineStart);
    Row best = new Row(lineStart, -1, -1, ',', 0);
    int bestRows = 0;
    for (int separator : SEPARATORS) {
      TableRowsAbove above = new TableRowsAbove(separator);
      int rowStart = rowStart(above, separator, lineStart);
      cursor.start(separator, rowStart);
      int separators = cursor.readToEnd(text) < 0 ? 0 : cursor.column();
      if (separators == 0) {
        continue;
      }
      RuledTableHeader ruledHeader = new RuledTableHeader();
      int ruled = separator == '|' ? ruledHeader.headerAbove(cursor, text, rowStart) : -1;
      if (ruled >= 0) {
        // also when the row holds another count: the rows below it may not
        int rows = linesBetween(ruled, rowStart);
        if (rows > bestRows) {
          int rule = TableLines.nextLineStart(text, TableLines.lineEnd(text, ruled));
          best = new Row(rowStart, ruled, TableLines.lineEnd(text, rule), '|',
              ruledHeader.headerSeparators(cursor, text));
          bestRows = rows;
        }
        continue;
      }
      int rows = 0;
      int header = rowStart;
      for (int line = above.rowAbove(cursor, text, header, separators); line >= 0;
          line = above.rowAbove(cursor, text, header, separators)) {
        header = line;
        rows++;
      }
      if (rows > bestRows) {
        cursor.start(separator, header);
        best = new Row(rowStart, header, cursor.readToEnd(text), (char) separator, separators);
        bestRows = rows;
      } else if (bestRows == 0 && rowStart < best.start()) {
        best = new Row(rowStart, -1, -1, ',', 0);
      }
    }
    return best;
  }

  /** How many line breaks stand between the lines at {@code from} and {@code to}. */
  private int linesBetween(int from, int to) {
    int lines = 0;
    for (int line = to; line > from; line = TableLines.lineAbove(text, line)) {
      lines++;
    }
    return lines;
  }

  /**
   * Where the row with {@code separator} that holds the line at {@code lineStart} starts: on a line
   * above it when the first line at or below it that closes a quoted field opened on a line above
   * ({@code Thanks, Sam",Customer 5,07700 900005}), up to {@link TableCursor#MAX_LINES} lines
   * down, closes one opened above {@code lineStart}; else the line.
   */
  private int rowStart(TableRowsAbove above, int separator, int lineStart) {
    int line = lineStart;
    for (int lines = 0; line >= 0 && lines < TableCursor.MAX_LINES; lines++) {
      int lineEnd = TableLines.lineEnd(text, line);
      cursor.start(separator, line);
      cursor.readTo(text, lineEnd);
      if (cursor.closingQuoteAt() >= 0) {
        // read from the row's start, the field is closed right after that quote
        int closed = cursor.closingQuoteAt() + 1;
        int rowStart = above.rowStartAbove(cursor, text, line, closed);
        if (rowStart >= 0) {
          return Math.min(rowStart, lineStart);
        }
      }
      line = TableLines.nextLineStart(text, lineEnd);
    }
    return lineStart;
  }
}
