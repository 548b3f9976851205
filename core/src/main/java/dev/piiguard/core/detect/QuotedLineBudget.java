package dev.piiguard.core.detect;

/**
 * How many characters the table rows of one scan may read past line breaks inside quoted
 * fields: 64 Ki and four more for each character of the text up to the value being read. An
 * export whose notes hold line breaks reads each such row a few times; a text whose lines open
 * quoted fields that close only lines further down (a quote at a field's start at the end of each
 * line of a log) would read dozens of lines per value. While the budget is spent, lines are read
 * as rows of their own, as before rows could take several lines; it grows again as the scan goes
 * on, so a log that spends it leaves the export below it its own share.
 */
final class QuotedLineBudget {
  private static final int BASE = 1 << 16;
  private static final int PER_CHARACTER = 4;

  private boolean started;
  private int textStart;
  private long allowed;
  private long spent;

  void clear() {
    started = false;
  }

  /** The scan of {@code text} reads a value at {@code index}: the budget grows up to it. */
  void reach(Text text, int index) {
    if (!started) {
      started = true;
      textStart = text.start();
      allowed = BASE;
      spent = 0;
    }
    allowed = Math.max(allowed, BASE + PER_CHARACTER * (long) (index - textStart));
  }

  /** Takes one character, unless the budget is spent. */
  void take() {
    if (spent < allowed) {
      spent++;
    }
  }

  /** Whether rows may read past no more line breaks inside quoted fields for now. */
  boolean spent() {
    return spent >= allowed;
  }
}
