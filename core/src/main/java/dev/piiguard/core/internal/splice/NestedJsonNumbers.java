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
    if (quote < 0 || units.at(quote) != '"' || backslashes % 2 == 0) {
      return null; // no escaped quote before it
    }
    if (units.at(before) == ':' && lastNonSpaceBefore(units, before) != quote) {
      return null; // after a word and a colon, not a key: prose that quoted a word ("A1" card: 4111…)
    }
    int holder = holdingStringStart(units, start, backslashes);
    if (holder < 0 || !opensAsJson(units, holder + 1)) {
      return null; // in a string of that JSON ("total:4111…, ok"), or in prose with quotes in it
    }
    return "\\".repeat(backslashes) + '"';
  }

  private static int lastNonSpaceBefore(Units units, int index) {
    int i = index - 1;
    while (i >= 0 && units.at(i) == ' ') {
      i--;
    }
    return i;
  }

  /** Whether the text from {@code index} opens as JSON does: an object or an array, after spaces. */
  private static boolean opensAsJson(Units units, int index) {
    int i = index;
    while (i < units.length() && units.at(i) == ' ') {
      i++;
    }
    return i < units.length() && (units.at(i) == '{' || units.at(i) == '[');
  }

  /**
   * The quote that opens the string holding the JSON whose quotes have {@code backslashes}
   * backslashes before them (the nearest quote with fewer backslashes), when {@code start} lies
   * outside that JSON's strings (an even number of its quotes stand between); -1 when it lies
   * inside one, or when that quote is more than {@link #MAX_NESTED_READ} units back, so the number
   * is left as text.
   */
  private static int holdingStringStart(Units units, int start, int backslashes) {
    boolean inside = false;
    for (int i = start - 1; i >= 0 && start - i <= MAX_NESTED_READ; i--) {
      if (units.at(i) != '"') {
        continue;
      }
      int before = backslashesBefore(units, i, Integer.MAX_VALUE);
      if (before < backslashes) {
        return inside ? -1 : i;
      }
      if (before == backslashes) {
        inside = !inside;
      }
      i -= before;
    }
    return -1;
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
