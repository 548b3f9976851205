package dev.piiguard.core.detect;

/**
 * The text as a custom detector's regex reads it, counting the reads: past a budget proportional
 * to the text's length, {@link #charAt} throws {@link RegexBudgetExceededException}, so that a
 * regex that backtracks catastrophically ({@code (.*a){25}X}, or {@code (?:\w+\s?){1,30}#\d+} on
 * one long word) stops the scan instead of hanging it.
 *
 * <p>The budget is generous: as many reads as the square of the text's length, at least 100
 * million and at most 2 billion. {@code java.util.regex} reads a char each time an attempt at a
 * match looks at it: ordinary regexes read a text 0.3 to 10 times per char, a case-insensitive
 * alternation of 200 names about 100 times (measured on support-chat text). One that tries every
 * start in a long run of word chars ({@code [\w.]+@corp\.example}) reads the whole rest of the
 * run from each, about the square of the run's length: within the budget for any run in a text
 * of up to about 44,000 chars, and for runs of up to about 44,000 chars in any text. The reads
 * run at about 200 million a second, so a runaway regex stops within about half a second on a
 * short text and within about ten seconds on a long one.
 */
final class ReadBudget implements CharSequence {
  /** Reads allowed on any text, however short. */
  static final long MINIMUM_READS = 100_000_000;
  /** Reads allowed on any text, however long. */
  static final long MAXIMUM_READS = 2_000_000_000;

  private final CharSequence text;
  private final String detectorId;
  private long readsLeft;

  /** {@code text}, to be read by the regex of the custom detector {@code detectorId}. */
  ReadBudget(CharSequence text, String detectorId) {
    this.text = text;
    this.detectorId = detectorId;
    long length = text.length();
    this.readsLeft = Math.min(MAXIMUM_READS, Math.max(MINIMUM_READS, length * length));
  }

  @Override
  public char charAt(int index) {
    if (--readsLeft < 0) {
      throw new RegexBudgetExceededException(detectorId);
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
