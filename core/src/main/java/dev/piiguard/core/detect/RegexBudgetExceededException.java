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
    super("custom detector " + detectorId + " stopped: its regex read the text over "
        + ReadBudget.MINIMUM_READS + " times and over " + ReadBudget.READS_PER_CHAR
        + " times per char, as one that backtracks catastrophically does (a repetition inside a"
        + " repetition, such as (?:\\w+\\s?){1,30})");
    this.detectorId = detectorId;
  }

  /** The id of the custom detector whose regex stopped. */
  public String detectorId() {
    return detectorId;
  }
}
