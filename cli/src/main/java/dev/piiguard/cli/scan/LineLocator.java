package dev.piiguard.cli.scan;

/**
 * Tells the line and the column of positions in a window of text ({@link TextWindows}), counting
 * line feeds from the window's first char of input text, whose line and column it is given. Asked
 * in increasing order, as a scan's findings come, it reads each char of the window once.
 */
final class LineLocator {

  private final StringBuilder text;
  private final int textStart;
  private final long firstLine;
  private final long firstColumn;
  private int position;
  /** The first line feed at or after {@link #position}, or -1. */
  private int nextLineFeed;
  private long line;
  /** Where the line at {@link #position} starts, and the column of that char. */
  private int lineStart;
  private long lineStartColumn;

  LineLocator(StringBuilder text, int textStart, long firstLine, long firstColumn) {
    this.text = text;
    this.textStart = textStart;
    this.firstLine = firstLine;
    this.firstColumn = firstColumn;
    restart();
  }

  /** The 1-based line of the char at {@code index}, which is not before the window's input text. */
  long lineOf(int index) {
    moveTo(index);
    return line;
  }

  /** The 0-based column, in chars, of the char at {@code index} in its line. */
  long columnOf(int index) {
    moveTo(index);
    return lineStartColumn + index - lineStart;
  }

  private void moveTo(int index) {
    if (index < textStart) {
      throw new IllegalArgumentException("before the input text: " + index);
    }
    if (index < position) {
      restart();
    }
    while (nextLineFeed >= 0 && nextLineFeed < index) {
      line++;
      lineStart = nextLineFeed + 1;
      lineStartColumn = 0;
      nextLineFeed = text.indexOf("\n", lineStart);
    }
    position = index;
  }

  private void restart() {
    position = textStart;
    nextLineFeed = text.indexOf("\n", textStart);
    line = firstLine;
    lineStart = textStart;
    lineStartColumn = firstColumn;
  }
}
