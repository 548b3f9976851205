package dev.piiguard.core.detect;

/**
 * Finds the header of a table of pipes printed with a rule under its header: Markdown's delimiter
 * row ({@code |---|:--:|---:|}), the border of MySQL's client ({@code +----+------+}), psql's line
 * ({@code ----+------}), a grid's ({@code +======+}). The header is the line right above the
 * nearest rule above a row, however many rows stand between and whatever their counts of pipes,
 * while each line between holds a pipe and starts with one as the row does or does not: a line of
 * prose with a pipe in it ({@code Totals by region | see below}) ends the rows of a Markdown table
 * above it, so that a table printed below that line without a rule of its own is not read under
 * the upper table's header. A chat model's Markdown table often holds a row with an
 * unescaped pipe in a cell or a cell left out; read by counts of separators alone ({@link
 * TableColumnLabel}), such a row ends its table and every row below it loses its column names, and
 * the rule, which holds no pipe in MySQL's and psql's output, parts a header from its rows. The
 * nearest rule above a row is its table's, so a table printed right below another keeps its own
 * header; but rules between rows (a grid's, or a Markdown delimiter row repeated after each row)
 * are passed: a row between two rules, with a row above the upper one, is no header. Rules right
 * above one another under a row are one rule (a delimiter row written twice); above a row they are
 * one table's bottom border and the next one's top border, so that row is a header (two results of
 * MySQL's client printed back to back).
 *
 * <p>A walk up remembers the lines it passed with what it found, and a later walk that reaches
 * them stops there: a table is walked about once however many values it holds.
 */
final class RuledTableHeader {
  private static final int UNKNOWN = -2;

  /** The lines a walk passed, from the top line it read to the row it started from. */
  private int walkedTop = -1;
  private int walkedFrom = -1;
  /** What that walk found: the header's start, or -1. */
  private int walkedHeader = -1;
  /** How many pipes the header found holds, once read. */
  private int headerSeparators = UNKNOWN;

  void clear() {
    remember(-1, -1, -1);
  }

  /**
   * The start of the header line of the table whose row starts at {@code rowStart}: the line above
   * the nearest rule above the row that stands below no rule between rows, when every line from
   * the row up to the rule holds a pipe and starts with one as the row does or does not ({@link
   * #leadsWithPipe}), and the header holds a pipe; -1 otherwise (no such table: rows are
   * read by their counts of separators). Reads the lines with {@code cursor}.
   */
  int headerAbove(TableCursor cursor, Text text, int rowStart) {
    if (!holdsPipe(cursor, text, rowStart)) {
      return -1;
    }
    boolean leadingPipe = leadsWithPipe(text, rowStart);
    int line = rowStart;
    while (!walked(line)) {
      int above = TableLines.lineAbove(text, line);
      if (above >= 0 && isRule(text, above)) {
        return headerAboveRule(cursor, text, above, rowStart);
      }
      if (above < 0 || !holdsPipe(cursor, text, above)
          || leadsWithPipe(text, above) != leadingPipe) {
        return remember(line, rowStart, -1);
      }
      line = above;
    }
    return walkedTo(rowStart);
  }

  /**
   * The header above the rule at {@code rule}: the line above it, unless that line is a row
   * between rules ({@code | Ann | … |} between two {@code |---|---|}, with a row above the upper
   * one), when the header is looked for above the upper rule. Rules right above one another under
   * it are one rule (a delimiter row written twice); a line with two rules right above it is a
   * header (the rules are a table's bottom border and the next one's top border).
   */
  private int headerAboveRule(TableCursor cursor, Text text, int rule, int rowStart) {
    int top = topOfRules(text, rule);
    int header = TableLines.lineAbove(text, top);
    while (header >= 0 && isRow(cursor, text, header)) {
      int ruleAbove = TableLines.lineAbove(text, header);
      int rowAbove = ruleAbove >= 0 && isRule(text, ruleAbove)
          ? TableLines.lineAbove(text, ruleAbove) : -1;
      if (rowAbove < 0 || !isRow(cursor, text, rowAbove)) {
        return remember(top, rowStart, header); // also below two rules: two tables' borders
      }
      if (walked(header)) {
        return walkedTo(rowStart); // a row between rules: the walk from it leads on as from here
      }
      top = ruleAbove;
      header = rowAbove;
    }
    return remember(top, rowStart, -1);
  }

  /** The first of the rules right above one another that ends with the rule at {@code rule}. */
  private static int topOfRules(Text text, int rule) {
    int top = rule;
    for (int above = TableLines.lineAbove(text, top); above >= 0 && isRule(text, above);
        above = TableLines.lineAbove(text, top)) {
      top = above;
    }
    return top;
  }

  /** How many pipes the header {@link #headerAbove} found last holds. */
  int headerSeparators(TableCursor cursor, Text text) {
    if (headerSeparators == UNKNOWN) {
      cursor.start('|', walkedHeader);
      headerSeparators = cursor.readToEnd(text) < 0 ? -1 : cursor.column();
    }
    return headerSeparators;
  }

  /** Whether a walk passed the line at {@code line}. */
  private boolean walked(int line) {
    return line >= walkedTop && line <= walkedFrom;
  }

  /** What the walk that passed the lines found: the lines from {@code rowStart} up lead there. */
  private int walkedTo(int rowStart) {
    walkedFrom = Math.max(walkedFrom, rowStart);
    return walkedHeader;
  }

  private int remember(int top, int from, int header) {
    walkedTop = top;
    walkedFrom = from;
    walkedHeader = header;
    headerSeparators = UNKNOWN;
    return header;
  }

  /**
   * Whether the line at {@code lineStart} starts with a pipe: a Markdown table's rows all do or all
   * do not, as do MySQL's and a grid's; psql's start with a space, also where a first cell is
   * empty ({@code      | Jane}).
   */
  static boolean leadsWithPipe(Text text, int lineStart) {
    return text.at(lineStart) == '|';
  }

  /** Whether the line at {@code lineStart} holds a pipe and is no rule. */
  private static boolean isRow(TableCursor cursor, Text text, int lineStart) {
    return holdsPipe(cursor, text, lineStart) && !isRule(text, lineStart);
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
   * Whether the line at {@code lineStart} is a rule under a table's header: hyphens or equals
   * signs, with pipes or plus signs between the columns' hyphens or around them, colons for
   * Markdown's alignment and spaces, nothing else ({@code | --- | :---: |}, {@code +----+------+},
   * {@code ----+------}, {@code +======+}).
   */
  static boolean isRule(Text text, int lineStart) {
    boolean hyphens = false;
    boolean joints = false;
    int characters = 0;
    int i = lineStart;
    for (; !endsLine(text, i) && characters < TableLines.MAX_LINE; i++, characters++) {
      int c = text.at(i);
      if (c == '-' || c == '=') {
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
