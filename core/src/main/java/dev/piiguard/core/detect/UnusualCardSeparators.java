package dev.piiguard.core.detect;

/**
 * Finds payment cards whose groups are joined by a sign that joins no other number, as shop text
 * and chat write them: an underscore, an asterisk or a spaced em dash ({@code
 * 4111_1111_1111_1111}, {@code 4111*1111*1111*1111}, {@code 4111 — 1111 — 1111 — 1111}); the same
 * sign between all groups, only in four groups of four or, with {@code _} and {@code *}, in
 * American Express's four, six and five, and only a number that passes Luhn in a brand's range.
 * {@link DigitChain} does not take these signs as separators, so no other number is read across
 * them. The scan steps over the first group as an ordinary number and stops on the second
 * ({@link TriggerTable#JOINED_DIGIT}); a spaced em dash after the first group sends that group to
 * the detectors as a typographic separator does.
 */
final class UnusualCardSeparators {
  private static final int EM_DASH = 0x2014;
  private static final int GROUP = 4;
  /** The most groups read: one more than a card in fours has, to see that it goes on. */
  private static final int MAX_GROUPS = 5;
  private static final int FOURS_DIGITS = 16;
  private static final int AMEX_DIGITS = 15;

  private UnusualCardSeparators() {}

  /**
   * For the digit run at {@code groupStart} after an {@code _} or {@code *}: the end of the card
   * whose second group it is, after a first group of four digits that no word or number comes
   * before, which is offered; else -1.
   */
  static int cardEndFromSecondGroup(ScanContext context, int groupStart) {
    Text text = context.text;
    int first = groupStart - 1 - GROUP;
    for (int i = first; i < groupStart - 1; i++) {
      if (!Ascii.isDigit(text.at(i))) {
        return -1;
      }
    }
    int before = text.at(first - 1);
    return Ascii.isWordChar(before) || before == '*' ? -1 : cardEnd(context, first);
  }

  /**
   * For the run of four digits at {@code start} that no usual separator continues: the end of the
   * card it starts, which is offered; else -1.
   */
  static int cardEnd(ScanContext context, int start) {
    Text text = context.text;
    int kind = kindAt(text, start + GROUP);
    if (kind == 0 || endsSameSeparatorAfterDigit(text, start, kind)) {
      return -1; // 2024 — 4111 — …: the groups of a longer row
    }
    int separator = lengthOf(text, kind);
    int[] lengths = new int[MAX_GROUPS];
    int groups = 0;
    int digits = 0;
    int i = start;
    while (true) {
      int groupStart = i;
      while (Ascii.isDigit(text.at(i)) && i - groupStart <= AMEX_DIGITS) {
        context.digits[digits++] = text.at(i) - '0';
        i++;
      }
      lengths[groups++] = i - groupStart;
      if (digits > FOURS_DIGITS || kindAt(text, i) != kind
          || !Ascii.isDigit(text.at(i + separator))) {
        break;
      }
      if (groups == MAX_GROUPS) {
        return -1;
      }
      i += separator;
    }
    if (Ascii.isWordChar(text.at(i)) || !hasCardLayout(lengths, groups, kind)) {
      return -1; // 4111_1111_1111_1111_old, 4111*1111*1111*1111*2024
    }
    int leadingSix = 0;
    for (int k = 0; k < 6; k++) {
      leadingSix = leadingSix * 10 + context.digits[k];
    }
    boolean brand = digits == FOURS_DIGITS ? CardBrands.fitsBrand(leadingSix, digits)
        : CardBrands.printedInFourSixRest(leadingSix, digits);
    if (!brand || !CardBrands.luhnValid(context.digits, digits)
        || PaymentCardDetector.namedOtherwise(text, start, i)) {
      return -1;
    }
    context.offer(PaymentCardDetector.TYPE, start, i);
    context.lastCardEnd = i;
    return i;
  }

  /** Four groups of four, or four, six and five joined by {@code _} or {@code *}. */
  private static boolean hasCardLayout(int[] lengths, int groups, int kind) {
    if (groups == 4) {
      return lengths[0] == GROUP && lengths[1] == GROUP && lengths[2] == GROUP
          && lengths[3] == GROUP;
    }
    return groups == 3 && kind != EM_DASH && lengths[0] == GROUP && lengths[1] == 6
        && lengths[2] == 5;
  }

  /**
   * The sign that joins groups at {@code i}: {@code _}, {@code *}, or {@link #EM_DASH} for an em
   * dash between two spaces; 0 for anything else.
   */
  private static int kindAt(Text text, int i) {
    int c = text.at(i);
    if (c == '_' || c == '*') {
      return c;
    }
    return c == ' ' && text.codePointAt(i + 1) == EM_DASH
        && text.at(i + 1 + text.unitsOf(EM_DASH)) == ' ' ? EM_DASH : 0;
  }

  /** The units a separator of {@code kind} takes. */
  private static int lengthOf(Text text, int kind) {
    return kind == EM_DASH ? 2 + text.unitsOf(EM_DASH) : 1;
  }

  /** Whether a separator of {@code kind} with a digit before it ends right before {@code start}. */
  private static boolean endsSameSeparatorAfterDigit(Text text, int start, int kind) {
    int separatorStart = start - lengthOf(text, kind);
    return kindAt(text, separatorStart) == kind && Ascii.isDigit(text.at(separatorStart - 1))
        || kind == '*' && text.at(start - 1) == '*';
  }
}
