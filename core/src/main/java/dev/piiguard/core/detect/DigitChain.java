package dev.piiguard.core.detect;

/**
 * Groups of digits joined by short separators ({@code 4111 1111}, {@code (415) 555-2671},
 * {@code 192.168.0.1}), parsed once so that every number detector can test its shapes on them.
 */
final class DigitChain {
  static final int MAX_GROUPS = 12;
  private static final int MAX_SEPARATOR = 3;
  private static final int MAX_DIGITS = 40;

  private final int[] groupStart = new int[MAX_GROUPS];
  private final int[] groupEnd = new int[MAX_GROUPS];
  private int count;
  private Text text;

  /** Whether {@code c} may be part of a separator between two digit groups. */
  static boolean isSeparator(int c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
  }

  /** Whether another digit group follows the digits that end at {@code end}. */
  static boolean continuesAfter(Text text, int end) {
    for (int i = end; i < end + MAX_SEPARATOR; i++) {
      int c = text.at(i);
      if (!isSeparator(c)) {
        return i > end && Ascii.isDigit(c);
      }
    }
    return Ascii.isDigit(text.at(end + MAX_SEPARATOR));
  }

  /** Parses the chain whose first digit is at {@code start}. */
  void parse(Text text, int start) {
    this.text = text;
    count = 0;
    int digits = 0;
    int i = start;
    while (true) {
      int groupBegin = i;
      while (Ascii.isDigit(text.at(i))) {
        i++;
      }
      groupStart[count] = groupBegin;
      groupEnd[count] = i;
      count++;
      digits += i - groupBegin;
      if (count == MAX_GROUPS || digits > MAX_DIGITS || !continuesAfter(text, i)) {
        return;
      }
      while (!Ascii.isDigit(text.at(i))) {
        i++;
      }
    }
  }

  int count() {
    return count;
  }

  int start(int group) {
    return groupStart[group];
  }

  int end(int group) {
    return groupEnd[group];
  }

  int length(int group) {
    return groupEnd[group] - groupStart[group];
  }

  /** The number of digits in groups {@code from} to {@code to}, both inclusive. */
  int digits(int from, int to) {
    int digits = 0;
    for (int g = from; g <= to; g++) {
      digits += groupEnd[g] - groupStart[g];
    }
    return digits;
  }

  /** The separator before {@code group} (which must not be the first) as a single char, or 0. */
  int singleSeparatorBefore(int group) {
    int from = groupEnd[group - 1];
    return groupStart[group] - from == 1 ? text.at(from) : 0;
  }

  /** Whether the separator before {@code group} is exactly {@code separator}. */
  boolean separatorIs(int group, String separator) {
    int from = groupEnd[group - 1];
    return groupStart[group] - from == separator.length() && text.matches(from, separator);
  }

  /** Whether every separator between groups {@code from} and {@code to} is the single char c. */
  boolean joinedBy(int from, int to, int c) {
    for (int g = from + 1; g <= to; g++) {
      if (singleSeparatorBefore(g) != c) {
        return false;
      }
    }
    return true;
  }

  /** The digit at position {@code index} of the digits of groups from {@code from} on. */
  int digitAt(int from, int index) {
    int g = from;
    int remaining = index;
    while (remaining >= length(g)) {
      remaining -= length(g);
      g++;
    }
    return text.at(groupStart[g] + remaining) - '0';
  }

  /** Whether something glues a word character onto the end of {@code group}. */
  boolean gluedAfter(int group) {
    return Ascii.isWordChar(text.at(groupEnd[group]));
  }
}
