package dev.piiguard.cli.scan;

/**
 * Follows the rows of a table with one separator through text read in order, as the scanner
 * reads them (RFC 4180): a separator inside a quoted field is a character of it, a quoted field
 * may hold line breaks, a quote opens a field only at its start (after spaces) and the next quote
 * closes it unless doubled (a doubled quote stands for one); in a Markdown table quotes are
 * characters and a pipe escaped in a cell ({@code a \| b}) separates nothing. It is told only of the
 * characters that matter: its separator, quotes and line feeds.
 */
final class RowReader {
  /** The most lines one row may take, as the scanner reads them. */
  static final int MAX_LINES = 256;

  private final char separator;
  private boolean quoted;
  /** A quote at this index is the second of a doubled quote. */
  private int doubledAt = -1;
  private int separators;
  private int lines;
  private boolean fits;
  /** Where the row started in the chars being read; -1 when it started before them. */
  private int start;

  RowReader(char separator) {
    this.separator = separator;
    startRow(-1);
  }

  /** A row starts at {@code index}, or -1 when not known. */
  void startRow(int index) {
    quoted = false;
    doubledAt = -1;
    separators = 0;
    lines = 1;
    fits = true;
    start = index;
  }

  /** The row at hand lost a part (its first line was cut): no row of a table. */
  void cut() {
    fits = false;
  }

  /** The row at hand goes on in other chars: where it started is no longer known. */
  void forgetStart() {
    start = -1;
  }

  /** Whether the row at hand has a quoted field open. */
  boolean quoted() {
    return quoted;
  }

  /** Where the row at hand started, or -1. */
  int start() {
    return start;
  }

  /** The lines the row at hand took so far: more than one when a quoted field holds line breaks. */
  int lines() {
    return lines;
  }

  /** The separators the row at hand holds outside quoted fields so far. */
  int separators() {
    return separators;
  }

  /** Reads this reader's separator at {@code index} of {@code chars}. */
  void separator(char[] chars, int index) {
    if (!quoted && !escapedPipe(chars, index)) {
      separators++;
    }
  }

  /**
   * Whether the pipe at {@code index} is escaped, as GitHub writes one in a Markdown cell ({@code
   * grep x \| wc}), and not the end of a Windows path ({@code |C:\temp\|}), as the scanner reads it.
   */
  private boolean escapedPipe(char[] chars, int index) {
    int i = index - 1;
    if (separator != '|' || i < 0 || chars[i] != '\\') {
      return false;
    }
    while (i >= 0 && chars[i] == '\\') {
      i--;
    }
    for (int end = i; i >= 0 && i > end - TableHeaderCarry.MAX_LINE; i--) {
      char c = chars[i];
      if (c == '|' || c == '\n') {
        return true;
      }
      if (c == ':' && chars[i + 1] == '\\' && i > 0 && Character.isLetter(chars[i - 1])) {
        return false; // C:\temp\
      }
    }
    return true;
  }

  /** Reads the quote at {@code index} of {@code chars}, whose line starts at {@code lineStart}. */
  void quote(char[] chars, int index, int lineStart, int limit) {
    if (index == doubledAt || separator == '|') {
      return; // in a Markdown table quotes are characters
    }
    if (!quoted) {
      quoted = startsField(chars, index, lineStart);
    } else if (index + 1 < limit && chars[index + 1] == '"') {
      doubledAt = index + 1;
    } else {
      quoted = false;
    }
  }

  /**
   * Reads a line feed that ends a line of {@code fitsLine}; true when it ends the row (no quoted
   * field open), which {@link #rowFits} then tells about before the next row is started.
   */
  boolean lineFeed(boolean fitsLine) {
    fits &= fitsLine;
    if (quoted && ++lines > MAX_LINES) {
      quoted = false;
      fits = false; // longer than a row: no row of a table
    }
    return !quoted;
  }

  /** Whether the row read to its end may be a table's: none of its lines or lines too many. */
  boolean rowFits() {
    return fits;
  }

  private boolean startsField(char[] chars, int index, int lineStart) {
    int i = index - 1;
    while (i >= lineStart && (chars[i] == ' ' || chars[i] == '\\')) {
      i--;
    }
    return i < lineStart || chars[i] == separator;
  }
}
