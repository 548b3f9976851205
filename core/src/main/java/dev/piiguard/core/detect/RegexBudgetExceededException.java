package dev.piiguard.core.detect;

/**
 * Thrown when a custom detector's regex has read the scanned text more often than its budget
 * allows ({@link ReadBudget}): it backtracks catastrophically on this text, and would otherwise
 * run for hours. The message names the detector, never the text.
 */
public final class RegexBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String detectorId;

  RegexBudgetExceededException(String detectorId) {
    super("custom detector " + detectorId + " stopped: its regex read the text more times than"
        + " the square of its length (at least " + ReadBudget.MINIMUM_READS + ", at most "
        + ReadBudget.MAXIMUM_READS + "), as one that backtracks catastrophically does (a"
        + " repetition inside a repetition, such as (?:\\w+\\s?){1,30}) or one that tries every"
        + " start in a very long token (guard its start with a lookbehind, such as"
        + " (?<![\\w.])[\\w.]+@corp\\.example)");
    this.detectorId = detectorId;
  }

  /** The id of the custom detector whose regex stopped. */
  public String detectorId() {
    return detectorId;
  }
}
