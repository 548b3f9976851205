package dev.piiguard.cli;

import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;

/**
 * Makes user-supplied text (an argument, a file name) safe to echo in a message: personal data in
 * it becomes placeholders, control characters become {@code ?}, and long text is shortened.
 */
public final class SafeText {

  private static final int MAX_LENGTH = 200;

  private SafeText() {}

  public static String of(String text) {
    String redacted = PlaceholderRedaction.redactSegments(text, PiiScanner.defaults());
    StringBuilder safe = new StringBuilder(Math.min(redacted.length(), MAX_LENGTH + 3));
    for (int i = 0; i < redacted.length() && i < MAX_LENGTH; i++) {
      char c = redacted.charAt(i);
      safe.append(Character.isISOControl(c) ? '?' : c);
    }
    if (redacted.length() > MAX_LENGTH) {
      safe.append("...");
    }
    return safe.toString();
  }
}
