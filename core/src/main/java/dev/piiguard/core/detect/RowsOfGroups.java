package dev.piiguard.core.detect;

/**
 * Tells whether a number written in same-width groups stands in a longer row of such groups, as
 * hex dumps and tables write them: {@code 0x00b0:  226d 6573 7361 6765 7322 3a20 5b7b 2272}
 * (tcpdump -X; {@code 6573 7361 6765 7322}, "essages", passes Luhn), {@code |00000150| 6f 75 74
 * 20 74 68 65 …} (Netty's LoggingHandler), {@code 5400 5401 5402 5403 5404 5405} (code points).
 * There the groups are bytes or table cells, not a card or phone number. Read only for a number
 * a detector has already found valid.
 */
final class RowsOfGroups {
  /** How many groups on either side make a row; one before is enough when it holds a hex letter. */
  private static final int ROW = 2;

  private RowsOfGroups() {}

  /**
   * Whether the value from {@code start} to {@code end}, written in groups of {@code width}
   * characters joined by the separator from {@code separatorStart} to {@code separatorEnd}, has
   * more such groups of hex digits joined by that separator around it: two or more before or
   * after it, or one before it with a letter a-f in it ({@code 2e54 4820 5858 4420 3120}). One
   * group of digits before or after is a number of its own: a phone number before a card ({@code
   * call me at 791 799 6499 3549 5756 1752 4486}) or the card's expiry after it ({@code 4111 1111
   * 1111 1111 1225}). Each group must hold a digit, so that words such as {@code face} or {@code
   * dead} make no row.
   */
  static boolean inRow(Text text, int start, int end, int separatorStart, int separatorEnd,
      int width) {
    int before = groupsBefore(text, start, separatorStart, separatorEnd, width);
    int separatorLength = separatorEnd - separatorStart;
    return before >= ROW
        || before == 1 && holdsHexLetter(text, start - separatorLength - width,
            start - separatorLength)
        || groupsAfter(text, end, separatorStart, separatorEnd, width) >= ROW;
  }

  /**
   * Whether the value from {@code start} to {@code end} has a group of {@code width} hex digits
   * joined by the same separator right before or after it: then a number shorter than the row's
   * groups make is a piece of it ({@code 2d5c 6361 6563 7373 2d5c}).
   */
  static boolean nextToGroup(Text text, int start, int end, int separatorStart,
      int separatorEnd, int width) {
    return groupsBefore(text, start, separatorStart, separatorEnd, width) > 0
        || groupsAfter(text, end, separatorStart, separatorEnd, width) > 0;
  }

  /** How many groups (up to {@link #ROW}) of the row stand right before {@code start}. */
  private static int groupsBefore(Text text, int start, int separatorStart, int separatorEnd,
      int width) {
    int separatorLength = separatorEnd - separatorStart;
    int before = 0;
    int groupEnd = start - separatorLength;
    while (before < ROW && joinedAt(text, groupEnd, separatorStart, separatorLength)
        && isGroup(text, groupEnd - width, groupEnd)) {
      before++;
      groupEnd -= width + separatorLength;
    }
    return before;
  }

  /** How many groups (up to {@link #ROW}) of the row stand right after {@code end}. */
  private static int groupsAfter(Text text, int end, int separatorStart, int separatorEnd,
      int width) {
    int separatorLength = separatorEnd - separatorStart;
    int after = 0;
    int groupStart = end + separatorLength;
    while (after < ROW && joinedAt(text, groupStart - separatorLength, separatorStart,
        separatorLength) && isGroup(text, groupStart, groupStart + width)) {
      after++;
      groupStart += width + separatorLength;
    }
    return after;
  }

  /** Whether the separator's units stand again from {@code at}. */
  private static boolean joinedAt(Text text, int at, int separatorStart, int separatorLength) {
    for (int i = 0; i < separatorLength; i++) {
      if (text.at(at + i) != text.at(separatorStart + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code from} to {@code to} holds hex digits only, a decimal one among them, with no
   * word character on either side.
   */
  private static boolean isGroup(Text text, int from, int to) {
    if (Ascii.isWordChar(text.at(from - 1)) || Ascii.isWordChar(text.at(to))) {
      return false;
    }
    boolean digit = false;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      if (!Ascii.isHexDigit(c)) {
        return false;
      }
      digit |= Ascii.isDigit(c);
    }
    return digit;
  }

  private static boolean holdsHexLetter(Text text, int from, int to) {
    return text.anyMatch(from, to, c -> Ascii.isHexDigit(c) && !Ascii.isDigit(c));
  }
}
