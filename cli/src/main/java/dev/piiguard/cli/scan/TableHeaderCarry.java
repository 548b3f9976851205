package dev.piiguard.cli.scan;

import dev.piiguard.core.detect.TableHeaders;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows the rows a scan has left behind and remembers, for each separator a table may use
 * (comma, semicolon, tab, pipe), the first row of the run of rows that hold it as many times
 * outside quoted fields as the last one: the header of the table being read. Rows are read as the
 * scanner reads them ({@link RowReader}): a quoted field may hold line breaks, as a note or an
 * address in an export does. When a window ({@link TextWindows}) starts inside that table, far
 * below its header, the header is put above the window's first row, where the scanner reads a
 * table column's name from. A table of pipes with a rule under its header (Markdown's {@code
 * |---|---|}, MySQL's {@code +----+----+}, psql's {@code ----+----}) is read as the scanner reads
 * it: its header is the line above the rule, carried with the rule, and its rows go on whatever
 * their counts of pipes while each line holds one and starts with one as the first line under the
 * rule does or does not. Rows of pipes read by their counts also start with a pipe all or none,
 * and a rule starts their run.
 */
final class TableHeaderCarry {

  /** Comma, semicolon, tab, pipe. */
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};
  /** The pipe's index in {@link #SEPARATORS}. */
  private static final int PIPE = 3;
  private static final int OTHER_LINE = 0;
  /** A line that holds a pipe and is no rule. */
  private static final int PIPE_LINE = 1;
  /** A rule under a table's header or between its rows ({@link TableHeaders#isTableRule}). */
  private static final int RULE_LINE = 2;
  /** No line read under the rule of the pipe's run yet: {@link #ruledLeadingPipe} not known. */
  private static final int UNKNOWN = -1;
  private static final byte QUOTE = 5;
  private static final byte LINE_FEED = 6;
  private static final byte LOW_SURROGATE = 7;
  /** Per ASCII char: 0, a separator's index plus one, {@link #QUOTE} or {@link #LINE_FEED}. */
  private static final byte[] KINDS = new byte[128];

  static {
    for (int k = 0; k < SEPARATORS.length; k++) {
      KINDS[SEPARATORS[k]] = (byte) (k + 1);
    }
    KINDS['"'] = QUOTE;
    KINDS['\n'] = LINE_FEED;
  }
  /** Longer lines are no table rows (the scanner reads lines up to 4,096 code points). */
  static final int MAX_LINE = 4096;

  private final RowReader[] rows = new RowReader[SEPARATORS.length];
  private final int[] runSeparators = new int[SEPARATORS.length];
  private final int[] runRows = new int[SEPARATORS.length];
  private final StringBuilder[] runHeaders = new StringBuilder[SEPARATORS.length];
  /** When each run started, counted over all separators: a run that started first has less. */
  private final long[] runStarted = new long[SEPARATORS.length];
  private long runsStarted;
  /** Whether the pipe's run is the rows under a rule. */
  private boolean ruledRun;
  /** Whether the lines under the ruled run's last rule start with a pipe: 1, 0 or {@link #UNKNOWN}. */
  private int ruledLeadingPipe = UNKNOWN;
  /** Whether the rows of the pipe's run read by counts start with a pipe. */
  private boolean countedLeadingPipe;
  /** Whether the line read last starts with a pipe. */
  private boolean lineLeadingPipe;
  /** The kinds of the three lines read last, the last first, for {@link #ruledRow}. */
  private int kindAbove;
  private int kindTwoAbove;
  private int kindThreeAbove;
  /** The last line read, when it holds a pipe and is no rule. */
  private final StringBuilder pipeRowAbove = new StringBuilder(128);
  /** Whether the rows at hand start where the chars read next start. */
  private boolean rowsStartNext = true;
  /** Whether the rows read last may have been read out of step ({@link #rowsInDoubt}). */
  private boolean rowsInDoubt;

  TableHeaderCarry() {
    for (int k = 0; k < SEPARATORS.length; k++) {
      rows[k] = new RowReader(SEPARATORS[k]);
      runHeaders[k] = new StringBuilder(128);
    }
  }

  /**
   * Reads the rows in {@code chars[from, to)}, in order after the chars read before; {@code
   * fromLineStart} says whether a line starts at {@code from}. A line cut at either end breaks
   * every run.
   */
  void readLines(char[] chars, int from, int to, boolean fromLineStart) {
    for (RowReader row : rows) {
      if (!fromLineStart) {
        row.startRow(-1);
        row.cut();
      } else if (rowsStartNext || !row.quoted()) {
        row.startRow(from);
      } else {
        row.forgetStart(); // a row that holds the line break before from goes on
      }
    }
    rowsStartNext = false;
    rowsInDoubt = false;
    int lineStart = from;
    int lowSurrogates = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      int kind = c < KINDS.length ? KINDS[c] : Character.isLowSurrogate(c) ? LOW_SURROGATE : 0;
      if (kind == 0) {
        continue;
      }
      if (kind == LINE_FEED) {
        endLine(chars, i, fromLineStart || lineStart > from,
            fitsRow(chars, lineStart, i, lowSurrogates));
        lineStart = i + 1;
        lowSurrogates = 0;
      } else if (kind == QUOTE) {
        for (RowReader row : rows) {
          row.quote(chars, i, lineStart, to);
        }
      } else if (kind == LOW_SURROGATE) {
        lowSurrogates++;
      } else {
        rows[kind - 1].separator(chars, i);
      }
    }
    if (lineStart < to) {
      forget(); // cut by the window
    }
  }

  /**
   * Where the row that the chars read last end inside started, when it is a row of the table
   * whose header {@link #headerAbove} would carry, or, when no table was read, the earliest row a
   * quoted field holds open that starts right below a blank or a comment line ({@code # batch 2},
   * which ended the table above); -1 when they end between rows. Below other lines a row open
   * without a table may be a quoted note's line read out of step (a note that holds a blank line).
   */
  int openRowStart(char[] chars) {
    int longest = longestRun();
    if (longest >= 0) {
      return rows[longest].quoted() ? rows[longest].start() : -1;
    }
    int start = -1;
    for (RowReader row : rows) {
      if (row.quoted() && row.start() > 0 && (start < 0 || row.start() < start)
          && belowBlankOrComment(chars, row.start())) {
        start = row.start();
      }
    }
    return start;
  }

  /** Whether the line above the one that starts at {@code lineStart} is blank or a {@code #} comment. */
  private static boolean belowBlankOrComment(char[] chars, int lineStart) {
    int i = lineStart - 1; // the line feed that ends the line above
    int above = i;
    while (above > 0 && chars[above - 1] != '\n') {
      above--;
    }
    boolean blank = true;
    for (int k = above; k < i && blank; k++) {
      blank = Character.isWhitespace(chars[k]);
    }
    return blank || above < i && chars[above] == '#';
  }

  /** Forgets the row at hand: the chars read next start a row, where the last ones stopped. */
  void startRowsNext() {
    rowsStartNext = true;
  }

  /**
   * Whether the rows that {@link #readLines} read last may be out of step with the text: whether
   * one of them held a line break in a quoted field. A quote left open above a table (<code>
   * Customers export, "Q2 (draft</code>) makes the table's notes open and close the wrong fields,
   * and lines that each open a quoted field the next one closes pair up one way or the other, so
   * the last may swallow the header of a table below; the counts of separators need not tell.
   * Reading from the file's start cannot know; the rows around a window's start, read as the
   * scanner reads them, can ({@link #carry}).
   */
  boolean rowsInDoubt() {
    return rowsInDoubt;
  }

  /**
   * Takes {@code header}, read from the rows around the chars read next (null when none), for the
   * header of the table they go on with, which holds {@code separators} times {@code separator};
   * a header of pipes may come with its rule, once or twice.
   */
  void carry(String header, char separator, int separators) {
    forget();
    if (header != null) {
      startRun(KINDS[separator] - 1, separators).append(header);
      int secondLine = header.indexOf('\n') + 1;
      ruledRun = separator == '|' && secondLine > 0 && TableHeaders.isTableRule(header, secondLine);
      countedLeadingPipe = header.startsWith("|");
      if (ruledRun) {
        // the header and its rule stand above the chars read next
        int thirdLine = header.indexOf('\n', secondLine) + 1;
        boolean ruleTwice = thirdLine > 0 && TableHeaders.isTableRule(header, thirdLine);
        kindThreeAbove = ruleTwice ? PIPE_LINE : OTHER_LINE;
        kindTwoAbove = ruleTwice ? RULE_LINE : PIPE_LINE;
        kindAbove = RULE_LINE;
        ruledLeadingPipe = UNKNOWN;
        if (ruleTwice) {
          runHeaders[PIPE].setLength(thirdLine - 1); // carried on with its rule once
        }
      }
    }
  }

  /**
   * The header of the table whose rows were read last, when the row from {@code from} (to its end
   * or {@code to}) goes on with them (as many separators); null when it does not or no table was
   * read. A table of pipes with a rule that the row goes on with wins over the runs of other
   * separators, as the scanner reads a value after a pipe under that rule.
   */
  String headerAbove(char[] chars, int from, int to) {
    int longest = -1;
    List<Integer> goOn = new ArrayList<>(SEPARATORS.length);
    for (int k = 0; k < SEPARATORS.length; k++) {
      int separators = separatorsOfRow(chars, from, to, SEPARATORS[k]);
      boolean ruled = k == PIPE && ruledRun;
      boolean leadingPipe = from < to && chars[from] == '|';
      boolean goesOn = ruled
          ? separators > 0 && (ruledLeadingPipe == UNKNOWN || ruledLeadingPipe == (leadingPipe ? 1 : 0))
          : separators == runSeparators[k] && (k != PIPE || leadingPipe == countedLeadingPipe);
      if (runRows[k] > 0 && goesOn) {
        goOn.add(k);
        longest = longest < 0 || runRows[k] > runRows[longest] ? k : longest;
      }
    }
    if (longest < 0) {
      return null;
    }
    if (ruledRun && goOn.contains(PIPE)) {
      // a row of a table of pipes with a rule: the scanner reads its values after pipes under
      // that rule, while a run of commas in its cells (names, quotes) may be longer than it
      return runHeaders[PIPE].toString();
    }
    String stacked = stackedHeaders(goOn);
    return stacked != null ? stacked : runHeaders[longest].toString();
  }

  /**
   * The headers of the tables of several separators that a row goes on with, one per line in the
   * order their runs started (a TSV whose rows hold one comma each, under a title with a comma:
   * the title, then the TSV's header), so that a walk up each table from the row passes the lower
   * headers and stops at its own: each lower header holds as many of an upper table's separators
   * as that table's rows, and each upper one another count of a lower table's; null when only one
   * table or they would not stack so.
   */
  private String stackedHeaders(List<Integer> goOn) {
    List<Integer> headers = new ArrayList<>(goOn.size());
    goOn.sort(Comparator.comparingLong(k -> runStarted[k]));
    for (int k : goOn) {
      if (headers.stream().noneMatch(j -> runHeaders[j].toString().contentEquals(runHeaders[k]))) {
        headers.add(k); // the runs of two separators may start at one row
      }
    }
    if (headers.size() < 2) {
      return null;
    }
    for (int upper = 0; upper < headers.size(); upper++) {
      for (int lower = upper + 1; lower < headers.size(); lower++) {
        int u = headers.get(upper);
        int l = headers.get(lower);
        if (separatorsOf(runHeaders[l], SEPARATORS[u]) != runSeparators[u]
            || separatorsOf(runHeaders[u], SEPARATORS[l]) == runSeparators[l]) {
          return null;
        }
      }
    }
    StringBuilder stacked = new StringBuilder();
    for (int k : headers) {
      stacked.append(stacked.length() > 0 ? "\n" : "").append(runHeaders[k]);
    }
    return stacked.toString();
  }

  /** The separators outside quoted fields of the row {@code header} holds, or -1. */
  private static int separatorsOf(CharSequence header, char separator) {
    char[] row = (header + "\n").toCharArray();
    return separatorsOfRow(row, 0, row.length, separator);
  }

  private int longestRun() {
    int longest = -1;
    for (int k = 0; k < SEPARATORS.length; k++) {
      if (runRows[k] > 0 && (longest < 0 || runRows[k] > runRows[longest])) {
        longest = k;
      }
    }
    return longest;
  }

  /** The line feed at {@code index} ends a line; rows that end there join or start a run. */
  private void endLine(char[] chars, int index, boolean wholeLine, boolean fitsLine) {
    for (int k = 0; k < SEPARATORS.length; k++) {
      RowReader row = rows[k];
      if (!row.lineFeed(fitsLine && wholeLine)) {
        continue; // a quoted field holds the line break
      }
      int separators = row.separators();
      rowsInDoubt |= row.lines() > 1;
      if (k == PIPE && ruledRow(chars, row, index)) {
        row.startRow(index + 1);
        continue;
      }
      if (!row.rowFits() || separators == 0) {
        runRows[k] = 0;
        runHeaders[k].setLength(0);
      } else if (runRows[k] > 0 && separators == runSeparators[k]
          && (k != PIPE || lineLeadingPipe == countedLeadingPipe)) {
        runRows[k]++;
      } else if (row.start() < 0) {
        runRows[k] = 0; // its first line was left behind: no header to carry
        runHeaders[k].setLength(0);
      } else {
        startRun(k, separators).append(chars, row.start(), index - row.start());
        countedLeadingPipe = k == PIPE ? lineLeadingPipe : countedLeadingPipe;
      }
      row.startRow(index + 1);
    }
  }

  /**
   * Reads the line that ends at the line feed at {@code index} as a line of a table of pipes with a
   * rule under its header, as the scanner reads such a table: a rule right below a row starts a
   * run with that row for its header, unless the row stands between rules, with a row above the
   * upper one (a grid's rows, a Markdown delimiter row repeated after each row); rules right above
   * one another are one rule under the row above them, and a row right below them is a header
   * again (a table's bottom border, then the next one's top border); a run under a rule goes on
   * while each line holds a pipe and starts with one as the first line under the rule does or does
   * not. A line that ends such a run by how it starts, or a rule of pipes that starts none, starts
   * a run read by counts; false when the line is read by its count of pipes.
   */
  private boolean ruledRow(char[] chars, RowReader row, int index) {
    int start = row.start();
    int kind = OTHER_LINE;
    if (start >= 0 && row.rowFits()) {
      boolean rule = (kindAbove != OTHER_LINE || row.separators() > 0)
          && TableHeaders.isTableRule(CharBuffer.wrap(chars, 0, index), start);
      kind = rule ? RULE_LINE : row.separators() > 0 ? PIPE_LINE : OTHER_LINE;
    }
    lineLeadingPipe = start >= 0 && start < index && chars[start] == '|';
    int leadingPipe = lineLeadingPipe ? 1 : 0;
    boolean read = true;
    boolean runGoesOn = ruledRun && runRows[PIPE] > 0;
    if (kind == RULE_LINE && kindAbove == RULE_LINE && runGoesOn) {
      runRows[PIPE]++; // one rule under the row above, or a border and the next table's border
    } else if (kind == RULE_LINE && kindAbove == PIPE_LINE) {
      if (runGoesOn && kindTwoAbove == RULE_LINE && kindThreeAbove == PIPE_LINE) {
        runRows[PIPE]++; // a rule between rows
      } else {
        startRun(PIPE, separatorsOf(pipeRowAbove, '|')).append(pipeRowAbove).append('\n')
            .append(chars, start, index - start);
        ruledRun = true;
      }
      ruledLeadingPipe = UNKNOWN;
    } else if (kind == PIPE_LINE && runGoesOn
        && (ruledLeadingPipe == UNKNOWN || ruledLeadingPipe == leadingPipe)) {
      runRows[PIPE]++;
      ruledLeadingPipe = leadingPipe;
    } else if (kind == PIPE_LINE && runGoesOn || kind == RULE_LINE && row.separators() > 0) {
      // a line of prose with a pipe below a table's rows, or a rule that tops the rows below it
      startRun(PIPE, row.separators()).append(chars, start, index - start);
      countedLeadingPipe = lineLeadingPipe;
      ruledRun = false;
    } else {
      ruledRun = false;
      read = false;
    }
    pipeRowAbove.setLength(0);
    if (kind == PIPE_LINE) {
      pipeRowAbove.append(chars, start, index - start);
    }
    kindThreeAbove = kindTwoAbove;
    kindTwoAbove = kindAbove;
    kindAbove = kind;
    return read;
  }

  /**
   * The pipes outside quoted fields of the row from {@code from}, or -1 when it does not end before
   * {@code to} or is no row of a table.
   */
  static int pipesOfRow(char[] chars, int from, int to) {
    return separatorsOfRow(chars, from, to, '|');
  }

  /**
   * The separators outside quoted fields of the row from {@code from}, or -1 when it does not end
   * before {@code to} or is no row of a table (a line too long, too many lines).
   */
  private static int separatorsOfRow(char[] chars, int from, int to, char separator) {
    RowReader row = new RowReader(separator);
    row.startRow(from);
    int lineStart = from;
    int lowSurrogates = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c == separator) {
        row.separator(chars, i);
      } else if (c == '"') {
        row.quote(chars, i, lineStart, to);
      } else if (Character.isLowSurrogate(c)) {
        lowSurrogates++;
      } else if (c == '\n') {
        if (row.lineFeed(fitsRow(chars, lineStart, i, lowSurrogates))) {
          return row.rowFits() ? row.separators() : -1;
        }
        lineStart = i + 1;
        lowSurrogates = 0;
      }
    }
    return -1;
  }

  /** Starts a run of rows with {@code separators} times separator {@code k}; its emptied header. */
  private StringBuilder startRun(int k, int separators) {
    runSeparators[k] = separators;
    runRows[k] = 1;
    runStarted[k] = ++runsStarted;
    runHeaders[k].setLength(0);
    return runHeaders[k];
  }

  /**
   * Whether the line from {@code lineStart} to the line feed at {@code lineFeed}, which holds
   * {@code lowSurrogates} low surrogates, may be a table row's: at most {@link #MAX_LINE} code
   * points (an emoji is two chars and one code point) before a carriage return.
   */
  private static boolean fitsRow(char[] chars, int lineStart, int lineFeed, int lowSurrogates) {
    boolean carriageReturn = lineFeed > lineStart && chars[lineFeed - 1] == '\r';
    return lineFeed - lineStart - (carriageReturn ? 1 : 0) - lowSurrogates <= MAX_LINE;
  }

  private void forget() {
    ruledRun = false;
    ruledLeadingPipe = UNKNOWN;
    pipeRowAbove.setLength(0);
    kindAbove = OTHER_LINE;
    kindTwoAbove = OTHER_LINE;
    kindThreeAbove = OTHER_LINE;
    for (int k = 0; k < SEPARATORS.length; k++) {
      runRows[k] = 0;
      runHeaders[k].setLength(0);
    }
  }
}
