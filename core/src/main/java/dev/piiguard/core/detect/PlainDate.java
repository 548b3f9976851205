package dev.piiguard.core.detect;

/**
 * Recognises a plain date ({@code 2024-05-01}, {@code 01/05/2024}, {@code 01.05.2024}): three
 * digit groups that none of the number detectors reports. The scan loop uses it to step over the
 * dates of ordinary text without parsing a {@link DigitChain}; {@link NumberDetector} reaches the
 * same decision on the parsed chain.
 */
final class PlainDate {
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2099;

  private PlainDate() {}

  /**
   * If the digits at {@code start} begin a chain that is exactly a plain date and that
   * {@link NumberDetector#detect} would step over, returns the end of the date, else -1.
   */
  static int end(Text text, int start) {
    int previous = text.at(start - 1);
    if (Ascii.isLetterOrDigit(previous) || previous == '_' || ((previous == '-'
        || previous == '.' || previous == ':' || previous == '/')
        && Ascii.isLetterOrDigit(text.at(start - 2)))) {
      return -1; // NumberDetector takes another path for these
    }
    int firstEnd = runEnd(text, start);
    int separator = text.at(firstEnd);
    if (separator != '-' && separator != '.' && separator != '/'
        || !Ascii.isDigit(text.at(firstEnd + 1))) {
      return -1;
    }
    int secondEnd = runEnd(text, firstEnd + 1);
    if (text.at(secondEnd) != separator || !Ascii.isDigit(text.at(secondEnd + 1))) {
      return -1;
    }
    int thirdEnd = runEnd(text, secondEnd + 1);
    if (secondEnd - firstEnd - 1 != 2 || DigitChain.continuesAfter(text, thirdEnd)) {
      return -1;
    }
    int firstLength = firstEnd - start;
    int thirdLength = thirdEnd - secondEnd - 1;
    boolean date = isDate(firstLength, value(text, start, firstEnd),
        value(text, firstEnd + 1, secondEnd), thirdLength, value(text, secondEnd + 1, thirdEnd));
    return date ? thirdEnd : -1;
  }

  /**
   * Whether three groups joined by one separator ({@code -}, {@code .} or {@code /}) with a
   * middle group of two digits are a date: year first ({@code 2024-05-01}) or last, with day and
   * month in either order ({@code 01/05/2024}).
   */
  static boolean isDate(int firstLength, int first, int second, int thirdLength, int third) {
    if (firstLength == 4 && thirdLength == 2) {
      return isYear(first) && second >= 1 && second <= 12 && third >= 1 && third <= 31;
    }
    if (firstLength == 2 && thirdLength == 4) {
      return isYear(third) && isDayAndMonth(first, second);
    }
    return false;
  }

  /** Whether the two numbers are a day and a month in either order ({@code 31/12}, {@code 12/31}). */
  static boolean isDayAndMonth(int first, int second) {
    return first >= 1 && second >= 1
        && ((first <= 31 && second <= 12) || (first <= 12 && second <= 31));
  }

  private static boolean isYear(int value) {
    return value >= FIRST_YEAR && value <= LAST_YEAR;
  }

  private static int runEnd(Text text, int start) {
    int i = start;
    while (Ascii.isDigit(text.at(i))) {
      i++;
    }
    return i;
  }

  private static int value(Text text, int start, int end) {
    return text.decimalValue(start, Math.min(end, start + 4));
  }
}
