package dev.piiguard.core.detect;

/**
 * Finds an address that a log or a table cut short and marked with an ellipsis ({@code
 * jane.doe@…}, {@code jane.doe@exam...}), whose local part, a person's name, would otherwise be
 * left in clear. Only a local part of two names or more is taken ({@code jane.doe}, {@code
 * jane_doe}): a single word before {@code @…} is a placeholder as often ({@code user@...}). An
 * address cut without an ellipsis at the end of the text ({@code jane.doe@exampl}) is not read:
 * package tags ({@code lodash.debounce@latest}) and identity hashes ({@code
 * java.lang.Object@1b6d3586}) end lines the same way.
 */
final class CutAddresses {
  private static final int ELLIPSIS = 0x2026;
  /** The fewest letters of the names before the {@code @}: {@code j.doe}. */
  private static final int MIN_LETTERS = 4;

  private CutAddresses() {}

  /**
   * The end of the address cut short from {@code localStart} to the ellipsis after the {@code @}
   * at {@code at} and the part of the domain from {@code domainStart} that was written; -1 when
   * no ellipsis follows or the local part is no name.
   */
  static int end(Text text, int localStart, int at, int domainStart) {
    if (!isName(text, localStart, at)) {
      return -1;
    }
    int i = domainStart;
    int lastLabelStart = domainStart;
    while (Ascii.isLetterOrDigit(text.at(i)) || text.at(i) == '-'
        || text.at(i) == '.' && text.at(i + 1) != '.') {
      if (text.at(i) == '.') {
        lastLabelStart = i + 1;
      }
      i++;
    }
    boolean ellipsis = text.startsEllipsis(i) || text.unicodeEscapeAt(i) == ELLIPSIS;
    boolean cutBeforeTopLevel = lastLabelStart == domainStart || i - lastLabelStart <= 1;
    return ellipsis && cutBeforeTopLevel ? i : -1; // not a whole domain: icon.dark@2x.png...
  }

  /**
   * Whether {@code [from, to)} is two names or more: runs of letters joined by single dots,
   * underscores or dashes, {@value #MIN_LETTERS} letters at least.
   */
  private static boolean isName(Text text, int from, int to) {
    int letters = 0;
    int joins = 0;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      if (Ascii.isLetter(c)) {
        letters++;
      } else if ((c == '.' || c == '_' || c == '-') && i > from && i + 1 < to
          && Ascii.isLetter(text.at(i - 1)) && Ascii.isLetter(text.at(i + 1))) {
        joins++;
      } else {
        return false;
      }
    }
    return joins > 0 && letters >= MIN_LETTERS && !isClassName(text, from, to);
  }

  /**
   * Whether the names are a package and a class ({@code java.lang.Object@…}, {@code
   * com.example.OrderService@…}): the first in lower case, the last starting with a capital.
   */
  private static boolean isClassName(Text text, int from, int to) {
    int last = to - 1;
    while (last > from && Ascii.isLetter(text.at(last - 1))) {
      last--;
    }
    return Ascii.isLower(text.at(from)) && Ascii.isUpper(text.at(last));
  }
}
