package dev.piiguard.core.internal.splice;

/**
 * Bare numbers of JSON written inside a JSON string, as a tool call's {@code arguments} carry
 * them: {@code "{\"card\":4111111111111111}"}. A placeholder put there must be a string of the
 * inner document, in the quotes that document writes ({@code \"}), or the inner JSON breaks.
 */
final class NestedJsonNumbers {
  /** How far back the quote of the key before a number is looked for. */
  private static final int MAX_KEY_DISTANCE = 256;
  /** How far back the start of the string that holds nested JSON is looked for. */
  private static final int MAX_NESTED_READ = 65_536;
  /** The most backslashes before a nested quote (JSON in JSON in JSON has three). */
  private static final int MAX_BACKSLASHES = 15;

  private NestedJsonNumbers() {}

  /**
   * For units {@code [start, end)} inside a JSON string: the escaped quote to write around their
   * replacement when they are a whole bare number of JSON inside that string (after a {@code :},
   * {@code [} or {@code ,} and before a {@code ,}, {@code ]} or {@code }}), in the form of the
   * nearest quote before them ({@code \"}, {@code \\\"}); else null.
   */
  static String quoteAround(Units units, int start, int end) {
    if (!isNumber(units, start, end)) {
      return null;
    }
    int before = start - 1;
    while (before >= 0 && units.at(before) == ' ') {
      before--;
    }
    int after = end;
    while (after < units.length() && units.at(after) == ' ') {
      after++;
    }
    if (before < 0 || ":[,".indexOf(units.at(before)) < 0
        || after >= units.length() || ",]}".indexOf(units.at(after)) < 0) {
      return null;
    }
    int quote = before;
    while (quote >= 0 && before - quote < MAX_KEY_DISTANCE && units.at(quote) != '"') {
      quote--;
    }
    int backslashes = quote < 0 ? 0 : backslashesBefore(units, quote, MAX_BACKSLASHES);
    if (quote < 0 || units.at(quote) != '"' || backslashes % 2 == 0
        || insideNestedString(units, start, backslashes)) {
      return null; // no escaped quote before it, or in a string of that JSON: "total:4111…, ok"
    }
    return "\\".repeat(backslashes) + '"';
  }

  /**
   * Whether {@code start} lies inside a string of the JSON whose quotes have {@code backslashes}
   * backslashes before them: an odd number of such quotes stand between it and the start of the
   * string that holds that JSON (the nearest quote with fewer backslashes), read at most {@link
   * #MAX_NESTED_READ} units back; true when that start is farther, so the number is left as text.
   */
  private static boolean insideNestedString(Units units, int start, int backslashes) {
    boolean inside = false;
    for (int i = start - 1; i >= 0 && start - i <= MAX_NESTED_READ; i--) {
      if (units.at(i) != '"') {
        continue;
      }
      int before = backslashesBefore(units, i, Integer.MAX_VALUE);
      if (before < backslashes) {
        return inside;
      }
      if (before == backslashes) {
        inside = !inside;
      }
      i -= before;
    }
    return true;
  }

  /** The backslashes right before {@code index}, counted up to {@code limit}. */
  private static int backslashesBefore(Units units, int index, int limit) {
    int count = 0;
    while (count < limit && index - 1 - count >= 0 && units.at(index - 1 - count) == '\\') {
      count++;
    }
    return count;
  }

  /** Whether the units are a whole run of number characters with a digit. */
  private static boolean isNumber(Units units, int start, int end) {
    if (start > 0 && EditPlanner.isNumberUnit(units.at(start - 1))
        || end < units.length() && EditPlanner.isNumberUnit(units.at(end))) {
      return false;
    }
    boolean digit = false;
    for (int i = start; i < end; i++) {
      int c = units.at(i);
      if (!EditPlanner.isNumberUnit(c)) {
        return false;
      }
      digit |= c >= '0' && c <= '9';
    }
    return digit;
  }
}
