package dev.piiguard.core.detect;

/**
 * How many characters the table rows of one scan may read past a line break inside a quoted
 * field: four times the text's length and 64 Ki more. An export whose notes hold line breaks
 * reads each such row a few times; a text whose lines open quoted fields that close only lines
 * further down (a quote at a field's start at the end of each line of a log) would read dozens of
 * lines per value, so once the budget is spent the rest of the scan reads each line as a row of
 * its own, as it did before rows could take several lines.
 */
final class QuotedLineBudget {
  private static final int BASE = 1 << 16;

  private boolean started;
  private long left;

  void clear() {
    started = false;
  }

  /** Takes one character of the scan of {@code text}. */
  void take(Text text) {
    start(text);
    left--;
  }

  /** Whether the scan of {@code text} may read no more rows over several lines. */
  boolean spent(Text text) {
    start(text);
    return left < 0;
  }

  private void start(Text text) {
    if (!started) {
      started = true;
      left = BASE + 4L * (text.end() - text.start());
    }
  }
}
