package dev.piiguard.cli.scan;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line and hands each line over in windows of bounded size, so memory stays
 * flat whatever the size of the input and the length of its lines.
 *
 * <p>A line up to {@link #MAX_WINDOW} chars is one window. A longer line comes in overlapping
 * windows: each window but the last leaves its last {@link #CONTEXT} chars to the next one, and each
 * position of the line is "accepted" in exactly one window, with at least {@code CONTEXT} chars
 * around it where the line has them, so a value up to {@code CONTEXT} chars long is seen whole.
 * Lines end at LF; a CR before the LF is dropped; a byte order mark at the start is skipped.
 */
final class LineWindows {

  static final int MAX_WINDOW = 1 << 20;
  static final int CONTEXT = 4096;

  /** Receives windows in order. */
  interface Consumer {
    /**
     * One window of line {@code lineNumber} (1-based), starting at char {@code offsetInLine} of the
     * line; findings that start in {@code [acceptFrom, acceptTo)} of the window belong to it.
     */
    void window(long lineNumber, CharSequence text, long offsetInLine, int acceptFrom, int acceptTo);
  }

  private final int maxWindow;
  private final int context;
  private final StringBuilder line = new StringBuilder(256);
  private long lineNumber = 1;
  private long lineOffset;
  private int acceptFrom;

  LineWindows() {
    this(MAX_WINDOW, CONTEXT);
  }

  LineWindows(int maxWindow, int context) {
    if (maxWindow < 3 * context) {
      throw new IllegalArgumentException("maxWindow < 3 * context: " + maxWindow);
    }
    this.maxWindow = maxWindow;
    this.context = context;
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
          append(buffer, start, i, consumer);
          endLine(consumer);
          start = i + 1;
        } else if (c == '\0') {
          throw new NotTextException("binary data (a NUL byte) in line " + lineNumber);
        }
      }
      append(buffer, start, read, consumer);
    }
    if (line.length() > 0 || lineOffset > 0) {
      endLine(consumer);
    }
  }

  /** The number of the line being read, 1-based. */
  long lineNumber() {
    return lineNumber;
  }

  private void append(char[] buffer, int from, int to, Consumer consumer) {
    while (from < to) {
      int take = Math.min(maxWindow - line.length(), to - from);
      line.append(buffer, from, take);
      from += take;
      if (line.length() == maxWindow) {
        consumer.window(lineNumber, line, lineOffset, acceptFrom, maxWindow - context);
        int drop = maxWindow - 2 * context;
        line.delete(0, drop);
        lineOffset += drop;
        acceptFrom = context;
      }
    }
  }

  private void endLine(Consumer consumer) {
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    consumer.window(lineNumber, line, lineOffset, acceptFrom, line.length());
    line.setLength(0);
    lineNumber++;
    lineOffset = 0;
    acceptFrom = 0;
  }
}
