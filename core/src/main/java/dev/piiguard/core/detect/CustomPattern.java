package dev.piiguard.core.detect;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A user-supplied detector: every match of a regular expression is reported with the given id.
 * Empty matches are not reported: where the regex matches the empty string first, it is tried
 * again there for a match of at least one char.
 *
 * @param id the entity id to report, such as {@code EMPLOYEE_ID}
 * @param pattern the compiled regular expression
 */
public record CustomPattern(String id, Pattern pattern) {
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  /** Checks the id and that the pattern does not match the empty text (as {@code \d*} does). */
  public CustomPattern {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pattern, "pattern");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "custom detector id must be a letter then up to 63 letters, digits, _ . or -: \""
              + id + "\"");
    }
    if (pattern.matcher("").matches()) {
      throw new IllegalArgumentException("custom detector " + id + " matches the empty string");
    }
  }

  /** Compiles {@code regex} for the detector {@code id}. */
  public static CustomPattern of(String id, String regex) {
    Objects.requireNonNull(regex, "regex");
    try {
      return new CustomPattern(id, Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      // Without the exception as the cause: its message quotes the whole regex, and a regex may
      // list the very values it is to find (a block list of known addresses or card numbers).
      throw new IllegalArgumentException("custom detector " + id + " has an invalid regex: "
          + e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
    }
  }
}
