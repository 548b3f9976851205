package dev.piiguard.cli;

import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.detect.RegexBudgetExceededException;
import dev.piiguard.core.redact.PlaceholderRedaction;

/**
 * Makes user-supplied text (an argument, a file name) safe to echo in a message: personal data in
 * it becomes placeholders, characters that would break or reorder the line become {@code ?}, and
 * long text is shortened.
 */
public final class SafeText {

  private static final int MAX_LENGTH = 200;
  /** Stands for a name that could not be scanned for personal data. */
  private static final String UNREADABLE = "[NOT SCANNED]";

  private SafeText() {}

  /** {@code text} made safe, with the personal data the built-in detectors find masked. */
  public static String of(String text) {
    return of(text, PiiScanner.defaults());
  }

  /** {@code text} made safe, with what {@code scanner} finds masked (custom detectors too). */
  public static String of(String text, PiiScanner scanner) {
    String redacted = printable(redactSegments(text, scanner));
    return redacted.length() > MAX_LENGTH ? redacted.substring(0, MAX_LENGTH) + "..." : redacted;
  }

  /**
   * {@code text} with every value {@code scanner} finds replaced by its placeholder, each path
   * segment read as a word; all of it masked when a custom regex overflows the stack or
   * backtracks catastrophically on it, as its values can then not be told apart.
   */
  public static String redactSegments(String text, PiiScanner scanner) {
    try {
      return PlaceholderRedaction.redactSegments(text, scanner);
    } catch (StackOverflowError | RegexBudgetExceededException e) {
      return UNREADABLE;
    }
  }

  /**
   * {@code text} with {@code ?} for each character that would end the line or change how it reads
   * in a terminal: control characters (U+0085 too), the line and paragraph separators that
   * JavaScript and Python's {@code splitlines} break lines at, and the bidirectional controls
   * that reorder what follows them (U+202E would show {@code txt.exe} as {@code exe.txt}).
   */
  public static String printable(String text) {
    StringBuilder printable = null;
    for (int i = 0; i < text.length(); i++) {
      if (breaksTheLine(text.charAt(i))) {
        if (printable == null) {
          printable = new StringBuilder(text);
        }
        printable.setCharAt(i, '?');
      }
    }
    return printable == null ? text : printable.toString();
  }

  private static boolean breaksTheLine(char c) {
    return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E
        || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}
