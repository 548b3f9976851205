package dev.piiguard.cli.scan;

import java.util.Arrays;

/**
 * Follows the lines a scan has left behind and remembers, for each separator a table may use
 * (comma, semicolon, tab, pipe), the first line of the run of lines that hold it as many times
 * outside double quotes as the last one: the header of the table being read. When a window
 * ({@link TextWindows}) starts inside that table, far below its header, the header is put above
 * the window's first line, where the scanner reads a table column's name from.
 */
final class TableHeaderCarry {

  /** Comma, semicolon, tab, pipe. */
  private static final int SEPARATORS = 4;
  private static final byte QUOTE = SEPARATORS + 1;
  private static final byte LINE_FEED = SEPARATORS + 2;
  private static final byte LOW_SURROGATE = SEPARATORS + 3;
  /** Per ASCII char: 0, a separator's index plus one, {@link #QUOTE} or {@link #LINE_FEED}. */
  private static final byte[] KINDS = new byte[128];

  static {
    KINDS[','] = 1;
    KINDS[';'] = 2;
    KINDS['\t'] = 3;
    KINDS['|'] = 4;
    KINDS['"'] = QUOTE;
    KINDS['\n'] = LINE_FEED;
  }
  /** Longer lines are no table rows (the scanner reads lines up to 4,096 code points). */
  static final int MAX_LINE = 4096;

  /** The separators of the line counted last, and whether it may be a table's row. */
  private final int[] counts = new int[SEPARATORS];
  private boolean fitsRow;
  private final int[] runSeparators = new int[SEPARATORS];
  private final int[] runLines = new int[SEPARATORS];
  private final StringBuilder[] runHeaders = new StringBuilder[SEPARATORS];

  TableHeaderCarry() {
    for (int k = 0; k < SEPARATORS; k++) {
      runHeaders[k] = new StringBuilder(128);
    }
  }

  /**
   * Reads the lines in {@code chars[from, to)}, in order after the lines read before; {@code
   * fromLineStart} says whether a line starts at {@code from}. A line cut at either end breaks
   * every run.
   */
  void readLines(char[] chars, int from, int to, boolean fromLineStart) {
    boolean whole = fromLineStart;
    for (int lineStart = from; lineStart < to; whole = true) {
      int lineEnd = countLine(chars, lineStart, to);
      if (lineEnd == to) {
        forget(); // cut by the window
        return;
      }
      if (whole && fitsRow) {
        line(chars, lineStart, lineEnd);
      } else {
        forget();
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * The header of the table whose rows the lines read last were, when the line from {@code from}
   * to its line feed (or {@code to}) goes on with them (as many separators); null when it does not
   * or no table was read.
   */
  String headerAbove(char[] chars, int from, int to) {
    countLine(chars, from, to);
    if (!fitsRow) {
      return null;
    }
    int longest = -1;
    for (int k = 0; k < SEPARATORS; k++) {
      if (continuesRun(k) && (longest < 0 || runLines[k] > runLines[longest])) {
        longest = k;
      }
    }
    return longest < 0 ? null : runHeaders[longest].toString();
  }

  /** Takes the line in {@code [from, to)}, with the separators {@link #counts} holds, into runs. */
  private void line(char[] chars, int from, int to) {
    for (int k = 0; k < SEPARATORS; k++) {
      if (continuesRun(k)) {
        runLines[k]++;
      } else {
        runSeparators[k] = counts[k];
        runLines[k] = counts[k] > 0 ? 1 : 0;
        runHeaders[k].setLength(0);
        if (counts[k] > 0) {
          runHeaders[k].append(chars, from, to - from);
        }
      }
    }
  }

  private boolean continuesRun(int k) {
    return counts[k] > 0 && counts[k] == runSeparators[k] && runLines[k] > 0;
  }

  /**
   * Counts into {@link #counts} the separators of the line that starts at {@code from}, up to its
   * line feed or {@code to}, and sets {@link #fitsRow}: whether it is at most {@link #MAX_LINE}
   * code points long (an emoji is two chars and one code point); returns where it ends.
   */
  private int countLine(char[] chars, int from, int to) {
    Arrays.fill(counts, 0);
    boolean quoted = false;
    int lowSurrogates = 0;
    int i = from;
    for (; i < to; i++) {
      char c = chars[i];
      int kind = c < KINDS.length ? KINDS[c] : Character.isLowSurrogate(c) ? LOW_SURROGATE : 0;
      if (kind == 0) {
        continue;
      }
      if (kind == LINE_FEED) {
        break;
      } else if (kind == QUOTE) {
        quoted = !quoted;
      } else if (kind == LOW_SURROGATE) {
        lowSurrogates++;
      } else if (!quoted) {
        counts[kind - 1]++;
      }
    }
    int length = i - from - (i > from && chars[i - 1] == '\r' ? 1 : 0);
    fitsRow = length - lowSurrogates <= MAX_LINE;
    return i;
  }

  private void forget() {
    for (int k = 0; k < SEPARATORS; k++) {
      runLines[k] = 0;
      runHeaders[k].setLength(0);
    }
  }
}
