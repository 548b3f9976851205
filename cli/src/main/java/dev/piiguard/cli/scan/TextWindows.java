package dev.piiguard.cli.scan;

import dev.piiguard.core.detect.TableHeaders;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text in windows of bounded size, so memory stays flat whatever the size of the input and
 * the length of its lines, while each value is scanned with the lines around it that the scanner
 * reads as the library would see them in one body: a label on the line above (<code>Telefon:</code>
 * then the number), a value wrapped over a line break, a table's header however far above its
 * rows, the rows above and below a row of figures.
 *
 * <p>A window is cut at a line start where it can be, {@link #CONTEXT} chars or more before its
 * end, so a value up to that long that starts before the cut is seen whole. The next window starts
 * {@link #LINES_BEFORE} lines and at least {@code CONTEXT} chars before the cut, or at most {@link
 * #MAX_BEFORE} chars before it, or where the row starts whose quoted field holds a line break above
 * it: each position is "accepted" in exactly one window. When that start lies inside a long table,
 * the table's header row is put above it ({@link TableHeaderCarry}, which follows the rows from
 * the file's start; where those rows may be out of step with the text, as below a quote left
 * open, both are read from the lines around the start instead, {@link TableHeaders}). A line
 * longer than a window is cut inside itself, with {@code CONTEXT} chars on each side of the cut.
 * Lines end at LF; a byte order mark at the start is skipped.
 */
final class TextWindows {

  static final int MAX_WINDOW = 1 << 20;
  static final int CONTEXT = 4096;
  /**
   * Lines kept above a window's first accepted line, for the rules that read the lines above a
   * value (a label, the rows above a row of figures, a table's rows up to its header when the
   * header is not carried): far more than they need, a table's 64 rows as the scanner once read.
   */
  static final int LINES_BEFORE = 65;
  /** The most lines a window's start moves up off a table's rule ({@link #offRule}). */
  private static final int LINES_OFF_RULE = 8;
  /** The most chars kept above a window's first accepted line. */
  static final int MAX_BEFORE = 1 << 17;

  /** Receives windows in order. */
  interface Consumer {
    /**
     * One window: findings that start in {@code [acceptFrom, acceptTo)} of {@code text} belong to
     * it; {@code lines} tells their line and column.
     */
    void window(CharSequence text, int acceptFrom, int acceptTo, LineLocator lines);
  }

  private final int maxWindow;
  private final int context;
  private final int maxBefore;
  private final StringBuilder window = new StringBuilder(1 << 12);
  private final TableHeaderCarry tableHeader = new TableHeaderCarry();
  /** The chars of a full window, read where it is cut and what it leaves behind. */
  private char[] chars;
  /** Where the input's text starts in the window: after a carried header line, else 0. */
  private int textStart;
  /** The line and column of the window's first char of input text. */
  private long firstLine = 1;
  private long firstColumn;
  private int acceptFrom;
  /** Line feeds read so far. */
  private long lineFeeds;
  /** The window handed over last, while it is scanned, for {@link #linesHandedOver}. */
  private LineLocator handedOver;
  private int textStartHandedOver;
  private int lengthHandedOver;

  TextWindows() {
    this(MAX_WINDOW, CONTEXT, MAX_BEFORE);
  }

  TextWindows(int maxWindow, int context, int maxBefore) {
    if (maxWindow < 4 * (maxBefore + context)) {
      throw new IllegalArgumentException("maxWindow < 4 * (maxBefore + context): " + maxWindow);
    }
    this.maxWindow = maxWindow;
    this.context = context;
    this.maxBefore = maxBefore;
    this.chars = new char[maxWindow];
  }

  /** Reads {@code reader} to its end. */
  void read(Reader reader, Consumer consumer) throws IOException, NotTextException {
    char[] buffer = new char[1 << 16];
    boolean first = true;
    int read;
    while ((read = reader.read(buffer)) != -1) {
      int start = 0;
      if (first && read > 0) {
        first = false;
        start = buffer[0] == '\uFEFF' ? 1 : 0;
      }
      for (int i = start; i < read; i++) {
        char c = buffer[i];
        if (c == '\n') {
          lineFeeds++;
        } else if (c == '\0') {
          throw new NotTextException("binary data (a NUL byte) in line " + (lineFeeds + 1));
        }
      }
      append(buffer, start, read, consumer);
    }
    if (window.length() > acceptFrom) {
      emit(consumer, window.length());
    }
  }

  /**
   * The lines of the window handed over last, for messages: {@code at line 7} or {@code in lines 1
   * to 9000}; all it holds, the lines around its accepted part too, as a scan reads them all.
   */
  String linesHandedOver() {
    if (handedOver == null) {
      return "at line " + lastLineRead();
    }
    long first = handedOver.lineOf(textStartHandedOver);
    long last = handedOver.lineOf(Math.max(textStartHandedOver, lengthHandedOver - 1));
    return first == last ? "at line " + first : "in lines " + first + " to " + last;
  }

  /** The last line read, 1-based. */
  long lastLineRead() {
    return lineFeeds + 1;
  }

  private void emit(Consumer consumer, int acceptTo) {
    handedOver = locator();
    textStartHandedOver = textStart;
    lengthHandedOver = window.length();
    consumer.window(window, acceptFrom, acceptTo, handedOver);
  }

  private LineLocator locator() {
    return new LineLocator(window, textStart, firstLine, firstColumn);
  }

  private void append(char[] buffer, int from, int to, Consumer consumer) {
    while (from < to) {
      int take = Math.min(maxWindow - window.length(), to - from);
      window.append(buffer, from, take);
      from += take;
      // a carried header may leave the next window full too (a short row above a very long line)
      while (window.length() >= maxWindow) {
        chars = ensureCapacity(chars, window.length());
        window.getChars(0, window.length(), chars, 0); // read below as an array: faster
        int acceptTo = cut();
        emit(consumer, acceptTo);
        moveOn(acceptTo);
      }
    }
  }

  private static char[] ensureCapacity(char[] chars, int length) {
    return chars.length >= length ? chars : new char[length];
  }

  /**
   * Where a full window's accepted part ends: a line start at least {@code context} chars before
   * the window's end, or, when the window ends inside a row that starts above that line (a quoted
   * note over many lines, which may close before the window's end while the row goes on), the
   * row's start: the scanner names a value's column from its whole row.
   */
  private int cut() {
    int limit = window.length() - context;
    for (int i = limit; i > acceptFrom; i--) {
      if (chars[i - 1] == '\n') {
        int firstLineStart = firstColumn == 0 ? textStart : lineStartAfter(textStart);
        int openRow = firstLineStart < 0 ? -1
            : OpenRows.earliestCutAt(chars, firstLineStart, window.length(), acceptFrom);
        return openRow > 0 && openRow < i && startsLine(openRow) ? openRow : i;
      }
    }
    return limit; // one line longer than the window
  }

  /** Drops what the next window does not need and carries the header of a table cut through. */
  private void moveOn(int acceptTo) {
    int keep = offRule(keepFrom(acceptTo), acceptTo);
    tableHeader.readLines(chars, textStart, keep, firstColumn == 0);
    String header = null;
    TableHeaders.Row around =
        tableHeader.rowsInDoubt() && startsLine(keep) ? rowAround(keep, acceptTo) : null;
    if (around != null) {
      // the rows are followed on from the row's start, or, when it starts at keep, on as they
      // were: lines that each open a quoted field the next one closes pair up one way or the
      // other, and the way followed so far is kept
      header = around.hasHeader()
          ? ruleTwiceBelowTwoRules(window.substring(around.headerStart(), around.headerEnd()),
              around.start()) : null;
      tableHeader.carry(header, around.separator(), around.separators());
      if (around.start() < keep) {
        tableHeader.startRowsNext();
      }
      keep = around.start();
    } else {
      int rowStart = tableHeader.openRowStart(chars);
      if (rowStart > textStart && rowStart < keep && acceptTo - rowStart <= 2 * maxBefore) {
        keep = rowStart; // a quoted field holds the line breaks above keep: start with its row
        tableHeader.startRowsNext();
      }
    }
    long lineFeedsDropped = 0;
    int lastLineFeed = -1;
    for (int i = textStart; i < keep; i++) {
      if (chars[i] == '\n') {
        lineFeedsDropped++;
        lastLineFeed = i;
      }
    }
    long keptLine = firstLine + lineFeedsDropped;
    long keptColumn = lastLineFeed < 0 ? firstColumn + keep - textStart : keep - lastLineFeed - 1;
    if (around == null && keptColumn == 0) {
      header = ruleTwiceBelowTwoRules(tableHeader.headerAbove(chars, keep, window.length()), keep);
    }
    window.delete(0, keep);
    textStart = 0;
    if (header != null) {
      window.insert(0, header).insert(header.length(), '\n');
      textStart = header.length() + 1;
    }
    firstLine = keptLine;
    firstColumn = keptColumn;
    acceptFrom = textStart + acceptTo - keep;
  }

  /**
   * The row that holds the line at {@code keep}, with its table's header, read from the lines
   * around it as the scanner reads them ({@link TableHeaders}), the header carried above this
   * window included: where the next window starts when the rows read from the file's start may
   * be out of step with the text. Null when the rows around cannot tell (a window that starts
   * inside a line, a row that starts too far above or inside a line of the input): then the rows
   * followed so far do.
   */
  private TableHeaders.Row rowAround(int keep, int acceptTo) {
    int firstLineStart = firstColumn == 0 ? 0 : lineStartAfter(textStart);
    if (firstLineStart < 0 || keep < firstLineStart) {
      return null;
    }
    TableHeaders.Row row = TableHeaders.rowAt(window, firstLineStart, window.length(), keep);
    if (row.start() < textStart || acceptTo - row.start() > 2 * maxBefore
        || !startsLine(row.start()) || row.hasHeader() && row.headerEnd() < row.headerStart()) {
      return null; // a JSON string's \n or a lone CR starts the scanner's rows, not input lines
    }
    return row;
  }

  /**
   * {@code keep}, or the start of a line up to {@link #LINES_OFF_RULE} lines above it and at most
   * twice {@code maxBefore} chars above {@code acceptTo}, so that a window starts neither on a
   * table's rule ({@code |---|---|}, a grid's {@code +----+}) nor on a row of pipes right above
   * one: the scanner reads the rows below a rule under the line above it, which is a header unless
   * it stands between rules with a row above the upper one, and reads the lines below rules right
   * above one another (a table's bottom border, then the next one's top border) as a new table; a
   * carried header and its rule stand for neither. A row between rules with a row above the upper
   * one (a grid's) may start a window: the carried header and rule stand for the rows above it.
   * Where no such line is near (results without rows printed back to back), the start moves up
   * over at most two rules, and a row below two rules gets the carried header's rule twice ({@link
   * #ruleTwiceBelowTwoRules}).
   */
  private int offRule(int keep, int acceptTo) {
    int line = keep;
    for (int lines = 0; lines <= LINES_OFF_RULE && acceptTo - line <= 2 * maxBefore
        && startsLine(line); lines++) {
      boolean rule = ruleAt(line);
      int above = lineAbove(line);
      if (!rule && !(holdsPipe(line) && ruleAt(lineStartAfter(line)))) {
        return line; // no rule and no row above one
      }
      if (above < 0) {
        break;
      }
      int twoAbove = lineAbove(above);
      if (!rule && ruleAt(above) && twoAbove >= 0 && holdsPipe(twoAbove) && !ruleAt(twoAbove)) {
        return line; // a row between rules, with a row above the upper one
      }
      line = above;
    }
    int start = keep;
    for (int lines = 0; lines < 2 && startsLine(start) && ruleAt(start) && lineAbove(start) >= 0;
        lines++) {
      start = lineAbove(start);
    }
    return start;
  }

  /**
   * {@code header} with its rule written twice when it is a header of pipes carried with its rule
   * and the row at {@code rowStart} stands right below two rules: the scanner reads a row below
   * two rules as the header of the rows below its own rule (two results printed back to back, the
   * upper one without rows), and a row below one rule, with a row above it, as a row between
   * rules, whose rows below would be read under the carried header.
   */
  private String ruleTwiceBelowTwoRules(String header, int rowStart) {
    int rule = header == null ? 0 : header.indexOf('\n') + 1;
    if (rule == 0 || header.indexOf('\n', rule) >= 0 || !TableHeaders.isTableRule(header, rule)
        || !startsLine(rowStart)) {
      return header;
    }
    int above = lineAbove(rowStart);
    boolean belowTwoRules = ruleAt(above) && ruleAt(lineAbove(above));
    return belowTwoRules ? header + header.substring(rule - 1) : header;
  }

  /** Where the line above the one that starts at {@code lineStart} starts, or -1 when none does. */
  private int lineAbove(int lineStart) {
    if (lineStart <= textStart) {
      return -1;
    }
    int above = lineStart - 1;
    while (above > textStart && chars[above - 1] != '\n') {
      above--;
    }
    return startsLine(above) ? above : -1;
  }

  /** Whether a table's rule starts at {@code lineStart} (-1: no line). */
  private boolean ruleAt(int lineStart) {
    return lineStart >= 0 && TableHeaders.isTableRule(window, lineStart);
  }

  /** Whether the line that starts at {@code lineStart} holds a pipe outside quoted fields. */
  private boolean holdsPipe(int lineStart) {
    return TableHeaderCarry.pipesOfRow(chars, lineStart, window.length()) > 0;
  }

  /** Whether a line of the input starts at {@code index} of the window. */
  private boolean startsLine(int index) {
    return index == textStart ? firstColumn == 0 : chars[index - 1] == '\n';
  }

  /** Where the first line that starts after {@code index} starts, or -1. */
  private int lineStartAfter(int index) {
    for (int i = index; i < window.length(); i++) {
      if (chars[i] == '\n') {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Where the next window starts: {@link #LINES_BEFORE} line starts and at least {@code context}
   * chars before {@code acceptTo}, at most {@code maxBefore} chars before it; inside a line only
   * where the line above is too long for that.
   */
  private int keepFrom(int acceptTo) {
    int limit = Math.max(textStart, acceptTo - maxBefore);
    int earliestLineStart = -1;
    int lineStarts = 0;
    for (int i = acceptTo - 1; i >= limit; i--) {
      if (startsLine(i)) {
        earliestLineStart = i;
        lineStarts++;
        if (lineStarts >= LINES_BEFORE && acceptTo - i >= context) {
          return i;
        }
      }
    }
    if (earliestLineStart >= 0 && acceptTo - earliestLineStart >= context) {
      return earliestLineStart;
    }
    return Math.max(textStart, acceptTo - context);
  }
}
