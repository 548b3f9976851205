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
  /** Per ASCII char: 0, a separator's index plus one, or {@link #QUOTE}. */
  private static final byte[] KINDS = new byte[128];

  static {
    KINDS[','] = 1;
    KINDS[';'] = 2;
    KINDS['\t'] = 3;
    KINDS['|'] = 4;
    KINDS['"'] = QUOTE;
  }
  /** Longer lines are no table rows (the scanner reads lines up to 1,024 code points). */
  static final int MAX_LINE = 1024;

  private final int[] counts = new int[SEPARATORS];
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
    int lineStart = from;
    boolean whole = fromLineStart;
    for (int i = from; i < to; i++) {
      if (chars[i] == '\n') {
        if (whole && count(chars, lineStart, i)) {
          line(chars, lineStart, i);
        } else {
          forget();
        }
        lineStart = i + 1;
        whole = true;
      }
    }
    if (lineStart < to) {
      forget();
    }
  }

  /**
   * The header of the table whose rows the lines read last were, when the line in {@code [from,
   * to)} goes on with them (as many separators); null when it does not or no table was read.
   */
  String headerAbove(char[] chars, int from, int to) {
    if (!count(chars, from, to)) {
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

  /** Takes the line in {@code [from, to)}, whose separators {@link #counts} holds, into the runs. */
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
   * Counts the separators of the line in {@code [from, to)}; false when it is too long for a row,
   * longer than {@link #MAX_LINE} code points (an emoji is two chars and one code point).
   */
  private boolean count(char[] chars, int from, int to) {
    if (to > from && chars[to - 1] == '\r') {
      to--;
    }
    if (to - from > 2 * MAX_LINE) {
      return false;
    }
    Arrays.fill(counts, 0);
    boolean quoted = false;
    int lowSurrogates = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      int kind = c < KINDS.length ? KINDS[c] : 0;
      if (kind == QUOTE) {
        quoted = !quoted;
      } else if (kind != 0 && !quoted) {
        counts[kind - 1]++;
      } else if (Character.isLowSurrogate(c)) {
        lowSurrogates++;
      }
    }
    return to - from - lowSurrogates <= MAX_LINE;
  }

  private void forget() {
    for (int k = 0; k < SEPARATORS; k++) {
      runLines[k] = 0;
      runHeaders[k].setLength(0);
    }
  }
}
