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
  /** How many groups after a value make a row, and how many before it when one has a letter. */
  private static final int ROW = 2;
  /**
   * How many groups of digits alone before or after a value make a row: a card may come with an
   * expiry and a four-digit code after it ({@code 4111 1111 1111 1111 1225 1234}) or after a
   * phone number or a reference of three groups, a table of code points goes on longer.
   */
  private static final int DIGIT_ROW = 4;
  /** How far back a row is read for a group with a letter or a dump's offset: a dump's row. */
  private static final int MAX_GROUPS_READ = 16;
  /** The digits of a dump's offset column: {@code 0x00b0}, {@code 0164020}, {@code 00000010}. */
  private static final int MIN_OFFSET = 4;
  private static final int MAX_OFFSET = 8;
  private static final int SHORT_OFFSET = 7;
  private static final int HEX_OFFSET = 8;
  /** The widest number and the widest padding read for a column of a padded table. */
  private static final int MAX_PADDED_DIGITS = 8;
  /** The longest line read for a table's next row. */
  private static final int MAX_LINE = 512;

  private RowsOfGroups() {}

  /**
   * Whether the value from {@code start} to {@code end}, written in groups of {@code width}
   * characters each joined by one or two {@code separator} characters ({@code hexdump -C} puts
   * two spaces in the middle of a row), stands in a row of such groups that goes on before it,
   * groups of digits alone counting too. Fewer groups of digits before it are a number of their
   * own: a phone number before a card ({@code call me at 791 799 6499 3549 5756 1752 4486}).
   */
  static boolean rowBefore(Text text, int start, int end, int separator, int width) {
    return rowBefore(text, start, end, separator, width, true);
  }

  /**
   * Whether the row goes on after {@code end}: two groups with a decimal digit, one of them with a
   * letter a-f, or {@link #DIGIT_ROW} groups of digits.
   */
  static boolean rowAfter(Text text, int end, int separator, int width) {
    int groups = groupsAfter(text, end, separator, width, DIGIT_ROW);
    if (groups >= DIGIT_ROW) {
      return true;
    }
    int groupStart = jointEndAfter(text, end, separator);
    if (groups < ROW) {
      return false;
    }
    int secondStart = jointEndAfter(text, groupStart + width, separator);
    return holdsHexLetter(text, groupStart, groupStart + width)
        || holdsHexLetter(text, secondStart, secondStart + width);
  }

  /**
   * Whether the value stands in a row of hex groups, for a phone number: groups before it make a
   * row as in {@link #rowBefore(Text, int, int, int, int)} but only with a letter a-f or a dump's
   * offset, read up to {@link #MAX_GROUPS_READ} groups back, and groups after it only when a
   * letter shows they are hex ({@code 0035220 6441 6d61 2073}, od's offset and first group): a
   * phone number is often followed by other numbers of the same width, a card's groups ({@code
   * call me at 415 555 2671 4111 1111 1111 1111}).
   */
  static boolean inHexRow(Text text, int start, int end, int separator, int width) {
    if (rowBefore(text, start, end, separator, width, false)) {
      return true;
    }
    int groupStart = jointEndAfter(text, end, separator);
    int groupEnd = groupStart + width;
    if (groupStart < 0 || groupsAfter(text, end, separator, width, ROW) < ROW) {
      return false;
    }
    int secondStart = jointEndAfter(text, groupEnd, separator);
    return holdsHexLetter(text, groupStart, groupEnd)
        || holdsHexLetter(text, secondStart, secondStart + width);
  }

  /**
   * Whether the row goes on before {@code start}: two groups, one with a letter a-f ({@code ff ff
   * 00 20 80 …}, {@code 226d 6573 7361 6765 7322}; one is an id or a word: {@code txn ab12 4111
   * 1111 1111 1111}, {@code face 4111 1111 1111 1111}), if {@code digitsAlone}
   * {@link #DIGIT_ROW} groups of digits ({@code 5400 5401 5402 5403 5404 5405 5406 5407}; fewer
   * are a phone number or a reference before a card: {@code Tel: 030 1234 5678 4111 1111 1111
   * 1111}, and before a phone number another one: {@code Tel 0800 1234 5678 0800 1234 5679}), or
   * the offset that starts a row of a dump with one or two groups between, or none and another
   * group after the value ({@code 0000dd80: 7420 6661 6365 7320 7468}).
   */
  private static boolean rowBefore(Text text, int start, int end, int separator, int width,
      boolean digitsAlone) {
    int groups = 0;
    boolean letter = false;
    int groupEnd = jointStartBefore(text, start, separator);
    int most = digitsAlone ? DIGIT_ROW : MAX_GROUPS_READ;
    while (groups < most && groupEnd >= 0 && isHexWord(text, groupEnd - width, groupEnd)) {
      int groupStart = groupEnd - width;
      letter |= holdsHexLetter(text, groupStart, groupEnd);
      groups++;
      if (groups >= ROW && letter) {
        return true;
      }
      groupEnd = jointStartBefore(text, groupStart, separator);
      if (groupEnd >= 0 && isOffset(text, groupEnd, groupStart - groupEnd)) {
        return true;
      }
    }
    if (digitsAlone && groups >= DIGIT_ROW) {
      return true;
    }
    return groups == 0 && groupEnd >= 0 && isOffset(text, groupEnd, start - groupEnd)
        && groupsAfter(text, end, separator, width, 1) > 0;
  }

  /**
   * Whether the offset column of a dump ends at {@code end}, as the line's first word after any
   * indent: hex digits ending in 0 (rows are 16 bytes), in {@code |00000150|} (Netty), before a
   * colon ({@code 00000010:} xxd, {@code 0x00b0:} tcpdump) or, without one, six or seven digits
   * ({@code 0164020} od, {@code 0000090} hexdump, {@code 000d10} od -A x) or eight hex digits and
   * two spaces ({@code 0000dd80  } hexdump -C).
   * {@code joint} is the length of the spaces after it.
   */
  private static boolean isOffset(Text text, int end, int joint) {
    int marked = text.at(end - 1) == ':' || text.at(end - 1) == '|' ? 1 : 0;
    int digitsEnd = end - marked;
    int digitsStart = digitsEnd;
    while (Ascii.isHexDigit(text.at(digitsStart - 1)) && digitsEnd - digitsStart < MAX_OFFSET) {
      digitsStart--;
    }
    int length = digitsEnd - digitsStart;
    if (length < MIN_OFFSET || text.at(digitsEnd - 1) != '0') {
      return false;
    }
    int wordStart = text.at(digitsStart - 1) == 'x' && text.at(digitsStart - 2) == '0'
        ? digitsStart - 2 : digitsStart;
    int lineStart = wordStart;
    while (text.at(lineStart - 1) == ' ' || text.at(lineStart - 1) == '\t') {
      lineStart--; // tcpdump -X indents its rows with a tab
    }
    int before = text.at(lineStart - 1);
    boolean first = before < 0 || before == '\n' || before == '\r'
        || before == '|' && lineStart == wordStart && text.at(end - 1) == '|';
    if (!first) {
      return false;
    }
    return marked == 1 || length >= SHORT_OFFSET - 1 && length <= SHORT_OFFSET
        || length == HEX_OFFSET && joint == 2;
  }

  /**
   * Whether the value from {@code start} to {@code end} has a group of {@code width} hex digits
   * joined by {@code separator} right before or after it: then a number shorter than the row's
   * groups make is a piece of it ({@code 2d5c 6361 6563 7373 2d5c}).
   */
  static boolean nextToGroup(Text text, int start, int end, int separator, int width) {
    return groupsBefore(text, start, separator, width) > 0
        || groupsAfter(text, end, separator, width, 1) > 0;
  }

  /** How many groups (up to {@link #ROW}) of the row stand right before {@code start}. */
  static int groupsBefore(Text text, int start, int separator, int width) {
    int before = 0;
    int groupEnd = jointStartBefore(text, start, separator);
    while (before < ROW && groupEnd >= 0 && isGroup(text, groupEnd - width, groupEnd)) {
      before++;
      groupEnd = jointStartBefore(text, groupEnd - width, separator);
    }
    return before;
  }

  /** How many groups (up to {@code most}) of the row stand right after {@code end}. */
  private static int groupsAfter(Text text, int end, int separator, int width, int most) {
    int after = 0;
    int groupStart = jointEndAfter(text, end, separator);
    while (after < most && groupStart >= 0 && isGroup(text, groupStart, groupStart + width)) {
      after++;
      groupStart = jointEndAfter(text, groupStart + width, separator);
    }
    return after;
  }

  /** How many groups (up to {@link #ROW}) of the row stand right after {@code end}. */
  static int groupsAfter(Text text, int end, int separator, int width) {
    return groupsAfter(text, end, separator, width, ROW);
  }

  /**
   * How many numbers (up to two) of up to {@link #MAX_PADDED_DIGITS} digits stand right before
   * {@code start}, spaces between: columns of a table padded to their width ({@code 24941  2518}).
   */
  static int paddedNumbersBefore(Text text, int start) {
    int numbers = 0;
    int end = start;
    while (numbers < 2) {
      int i = end;
      while (text.at(i - 1) == ' ' && end - i < MAX_PADDED_DIGITS) {
        i--;
      }
      int digitsEnd = i;
      while (Ascii.isDigit(text.at(i - 1)) && digitsEnd - i < MAX_PADDED_DIGITS) {
        i--;
      }
      if (i == digitsEnd || digitsEnd == end || Ascii.isWordChar(text.at(i - 1))) {
        break;
      }
      numbers++;
      end = i;
    }
    return numbers;
  }

  /**
   * How many numbers (up to two) stand right after {@code end}, spaces between ({@code 6932
   * 3636}).
   */
  static int paddedNumbersAfter(Text text, int end) {
    int numbers = 0;
    int start = end;
    while (numbers < 2) {
      int i = start;
      while (text.at(i) == ' ' && i - start < MAX_PADDED_DIGITS) {
        i++;
      }
      int digitsStart = i;
      while (Ascii.isDigit(text.at(i)) && i - digitsStart < MAX_PADDED_DIGITS) {
        i++;
      }
      if (digitsStart == i || start == digitsStart || Ascii.isWordChar(text.at(i))) {
        break;
      }
      numbers++;
      start = i;
    }
    return numbers;
  }

  /**
   * Whether the line above or below the one with {@code index} holds {@code groups} groups of
   * four digits joined by {@code separator} in a row, as the rows of a table do, and no card
   * among them (a list of cards, each after the same fields, is no table of figures: {@code 2024
   * 0315 4111 1111 1111 1111}); lines are read up to {@link #MAX_LINE} characters; {@code digits}
   * is room for a card's 16 digits.
   */
  static boolean nextLineHoldsRow(Text text, int index, int separator, int groups,
      int[] digits) {
    int lineStart = lineStartBefore(text, index);
    int lineEnd = lineEndAfter(text, index);
    return text.at(lineStart - 1) == '\n'
            && holdsRowOfFigures(text, lineStartBefore(text, lineStart - 1), separator, groups,
                digits)
        || text.at(lineEnd) == '\n'
            && holdsRowOfFigures(text, lineEnd + 1, separator, groups, digits);
  }

  /** Where the line with {@code index} starts, at most {@link #MAX_LINE} characters back. */
  private static int lineStartBefore(Text text, int index) {
    int start = index;
    for (int characters = 0; characters < MAX_LINE && text.at(start - 1) >= 0
        && text.at(start - 1) != '\n'; characters += text.startsCodePoint(start) ? 1 : 0) {
      start--;
    }
    return start;
  }

  /** Where the line with {@code index} ends, at most {@link #MAX_LINE} characters on. */
  private static int lineEndAfter(Text text, int index) {
    int end = index;
    for (int characters = 0; characters < MAX_LINE && text.at(end) >= 0
        && text.at(end) != '\n'; characters += text.startsCodePoint(end) ? 1 : 0) {
      end++;
    }
    return end;
  }

  /**
   * Whether {@code groups} groups of four digits joined by {@code separator} stand in a row on the
   * line from {@code from} (up to {@link #MAX_LINE} characters), no four of them a card.
   */
  private static boolean holdsRowOfFigures(Text text, int from, int separator, int groups,
      int[] digits) {
    int run = 0;
    int runStart = -1;
    int i = from;
    int characters = 0;
    while (characters < MAX_LINE && text.at(i) >= 0 && text.at(i) != '\n') {
      if (isDigitGroup(text, i)) {
        boolean joined = run > 0 && text.at(i - 1) == separator;
        run = joined ? run + 1 : 1;
        runStart = joined ? runStart : i;
        if (run >= groups) {
          return !holdsCard(text, runStart, separator, digits);
        }
        i += 4;
        characters += 4;
      } else {
        if (text.at(i) != separator) {
          run = 0;
        }
        characters += text.startsCodePoint(i) ? 1 : 0;
        i++;
      }
    }
    return false;
  }

  /** Whether four digits with no word character on either side start at {@code i}. */
  private static boolean isDigitGroup(Text text, int i) {
    return isGroup(text, i, i + 4) && text.allMatch(i, i + 4, Ascii::isDigit);
  }

  /**
   * Whether four groups in a row of the groups of four digits joined by {@code separator} from
   * {@code runStart} make a card number: 16 digits that pass Luhn in a brand's range.
   */
  private static boolean holdsCard(Text text, int runStart, int separator, int[] digits) {
    int first = runStart;
    while (isDigitGroup(text, first)) {
      int last = first;
      int groups = 1;
      while (groups < 4 && text.at(last + 4) == separator && isDigitGroup(text, last + 5)) {
        last += 5;
        groups++;
      }
      if (groups < 4) {
        return false;
      }
      if (isCardInFours(text, first, digits)) {
        return true;
      }
      if (text.at(first + 4) != separator) {
        return false;
      }
      first += 5;
    }
    return false;
  }

  /**
   * Whether the four groups of four digits from {@code first}, one separator apart, are a card;
   * {@code digits} is room for the 16 digits.
   */
  private static boolean isCardInFours(Text text, int first, int[] digits) {
    int leadingSix = 0;
    for (int k = 0; k < 16; k++) {
      digits[k] = text.at(first + k + k / 4) - '0';
      leadingSix = k < 6 ? leadingSix * 10 + digits[k] : leadingSix;
    }
    return CardBrands.luhnValid(digits, 16) && CardBrands.fitsBrand(leadingSix, 16);
  }


  /** Where one or two {@code separator} characters that end at {@code end} start, or -1. */
  private static int jointStartBefore(Text text, int end, int separator) {
    if (text.at(end - 1) != separator) {
      return -1;
    }
    return text.at(end - 2) == separator ? end - 2 : end - 1;
  }

  /** Where one or two {@code separator} characters that start at {@code start} end, or -1. */
  private static int jointEndAfter(Text text, int start, int separator) {
    if (text.at(start) != separator) {
      return -1;
    }
    return text.at(start + 1) == separator ? start + 2 : start + 1;
  }

  /**
   * Whether {@code from} to {@code to} holds hex digits only, a decimal one among them, with no
   * word character on either side.
   */
  private static boolean isGroup(Text text, int from, int to) {
    return isHexWord(text, from, to) && text.anyMatch(from, to, Ascii::isDigit);
  }

  /**
   * Whether {@code from} to {@code to} holds hex digits only with no word character on either
   * side: a group of a row even without a decimal digit ({@code ff}) when another stands next to
   * it.
   */
  private static boolean isHexWord(Text text, int from, int to) {
    return from < to && !Ascii.isWordChar(text.at(from - 1)) && !Ascii.isWordChar(text.at(to))
        && text.allMatch(from, to, Ascii::isHexDigit);
  }

  private static boolean holdsHexLetter(Text text, int from, int to) {
    return text.anyMatch(from, to, c -> Ascii.isHexDigit(c) && !Ascii.isDigit(c));
  }
}
