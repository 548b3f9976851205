package dev.piiguard.core.detect;

/**
 * The text as a custom detector's regex reads it, counting the reads: past a budget proportional
 * to the text's length, {@link #charAt} throws {@link RegexBudgetExceededException}, so that a
 * regex that backtracks catastrophically ({@code (.*a){25}X}, or {@code (?:\w+\s?){1,30}#\d+} on
 * one long word) stops the scan instead of hanging it.
 *
 * <p>The budget is generous. {@code java.util.regex} reads a char each time an attempt at a
 * match looks at it: ordinary regexes read a text 0.3 to 10 times per char, a case-insensitive
 * alternation of 200 names about 100 times (measured on support-chat text). One that tries every
 * start in a long run of word chars ({@code [\w.]+@corp\.example}) reads the whole rest of the
 * run from each: 4,000 times per char of a 4,000-char token, 17 million reads, well within the
 * minimum; it stops only on tokens of over about 10,000 chars. The reads run at about 200 million
 * a second, so a runaway regex stops within about half a second on a short text and within about
 * five on 1 Mi chars (the CLI's longest window).
 */
final class ReadBudget implements CharSequence {
  /** Reads allowed per char of the text. */
  static final long READS_PER_CHAR = 1_000;
  /** Reads allowed on any text, however short. */
  static final long MINIMUM_READS = 100_000_000;

  private final CharSequence text;
  private final String detectorId;
  private long readsLeft;

  /** {@code text}, to be read by the regex of the custom detector {@code detectorId}. */
  ReadBudget(CharSequence text, String detectorId) {
    this.text = text;
    this.detectorId = detectorId;
    this.readsLeft = MINIMUM_READS + READS_PER_CHAR * text.length();
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
