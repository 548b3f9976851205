package dev.piiguard.core.detect;

/**
 * Finds US Social Security numbers that follow the SSA rules (area not 000, 666 or 900-999, group
 * not 00, serial not 0000): dashed or spaced ({@code 123-45-6789}) anywhere but right after a word
 * that names it as something else ({@code Part number 412-55-7890}), dotted or nine bare digits
 * only near a word such as "SSN".
 */
final class SsnDetector {
  static final String TYPE = "US_SSN";
  private static final int CONTEXT_WINDOW = 24;
  private static final ContextWords CONTEXT = ContextWords.of(
      "ssn", "ssns", "security", "ssa", "tin", "taxpayer");
  /**
   * Short labels that name an SSN only when they lead straight to it with a sign or an id word
   * between ({@code SS#: 123456789}, {@code Soc Sec #: …}, {@code my social is …}); not a season
   * code ({@code SS24}), a word such as {@code "utm_source":"social"} near an order number, or
   * {@code social 412… followers}.
   */
  private static final ContextWords SHORT_LABELS = ContextWords.strict("ss", "social", "sec");
  /** {@code sec} names an SSN only after {@code soc}: {@code Soc Sec #:}, not {@code tv_sec:}. */
  private static final ContextWords SEC = ContextWords.of("sec");
  private static final ContextWords SOC = ContextWords.of("soc");
  private static final ContextWords SECURITY = ContextWords.of("security");
  private static final ContextWords SOCIAL = ContextWords.of("social");
  /**
   * How many characters may join "social" (or "soc") to "security": signs, spaces, line breaks and
   * escapes of them ({@code social_security_number}, {@code Social\u00a0Security}, {@code
   * social%20security}, {@code Social<br>Security}), no letters or digits ({@code SOC 2 Security}).
   */
  private static final int MAX_JOINER = 16;
  /** The longest HTML entity or tag read between them ({@code &#x00a0;}, {@code <br />}). */
  private static final int MAX_MARKUP = 8;

  private SsnDetector() {}

  /** Returns the last group of an SSN starting at group {@code from} of the chain, or -1. */
  static int lastGroup(ScanContext context, int from) {
    DigitChain chain = context.chain;
    if (chain.length(from) == 9) {
      return bare(context, from) ? from : -1;
    }
    if (from + 2 >= chain.count() || chain.length(from) != 3 || chain.length(from + 1) != 2
        || chain.length(from + 2) != 4) {
      return -1;
    }
    int separator = chain.singleSeparatorBefore(from + 1);
    if ((separator != '-' && separator != ' ' && separator != '.')
        || !chain.joinedBy(from, from + 2, separator) || chain.gluedAfter(from + 2)) {
      return -1;
    }
    if ((from + 3 < chain.count() && chain.singleSeparatorBefore(from + 3) == separator)
        || !valid(chain, from)) {
      return -1; // the words around are read only for a valid number on its own
    }
    Text text = context.text;
    int ssnWord = CONTEXT.nearestBefore(text, chain.start(from), CONTEXT_WINDOW);
    if (separator == '.' && (ssnWord < 0 || !namesAnSsnAlone(text, ssnWord))
        && !TableColumnLabel.inColumnOf(ColumnNames.SSN, context, chain.start(from))) {
      return -1; // dotted only next to an SSN word or under an SSN column: ssn: 078.05.1120
    }
    if (ssnWord < 0 && SOCIAL.nearestBefore(text, chain.start(from), CONTEXT_WINDOW) < 0
        && namedAsSomethingElse(text, chain.start(from))) {
      return -1; // Part number 412-55-7890; not Social for the claim: 412-55-7890
    }
    if (from > 0 && chain.singleSeparatorBefore(from) == separator && ssnWord < 0) {
      return -1; // one of a row of numbers, 2778 155 50 4966; not "SSN for Jane, 42 123 45 6789"
    }
    return from + 2;
  }

  /**
   * Where a piece of what joins two words of a label starts when one ends at {@code end}: a
   * character that is no letter or digit, a JSON escape ({@code \\u00a0}), a percent escape
   * ({@code %20}, {@code %C2%A0}), an HTML entity ({@code &nbsp;}, {@code &#xa0;}) or a line break
   * tag ({@code <br>}); -1 when none.
   */
  private static int joinerStartEndingAt(Text text, int end) {
    int last = text.at(end - 1);
    if (last < 0) {
      return -1;
    }
    int escape = text.unicodeEscapeStartEndingAt(end - 1);
    if (escape >= 0) {
      return escape;
    }
    if (text.percentEncodedAt(end - 3) >= 0) {
      return end - 3;
    }
    int open = last == ';' ? '&' : last == '>' ? '<' : -1;
    for (int i = end - 2; open >= 0 && i >= end - MAX_MARKUP; i--) {
      if (text.at(i) == open) {
        return i;
      }
    }
    return Ascii.isLetterOrDigit(last) ? -1 : end - 1;
  }

  /**
   * Whether the SSN word that ends at {@code word} is no "security" without "social" right before
   * it: {@code Social Security number}, {@code social_security_number}, {@code
   * socialSecurityNumber}, {@code Soc. Security}, also joined by a no-break space, a line break or
   * {@code %20}; not {@code security policy with ID}, {@code SecurityContext}.
   */
  private static boolean namesAnSsnAlone(Text text, int word) {
    if (!SECURITY.containsWordEndingAt(text, word)) {
      return true;
    }
    int securityStart = ContextWords.startOfWordEndingAt(text, word);
    int socialEnd = securityStart;
    while (socialEnd > securityStart - MAX_JOINER) {
      int joinerStart = joinerStartEndingAt(text, socialEnd);
      if (joinerStart < 0) {
        break;
      }
      socialEnd = joinerStart;
    }
    return SOCIAL.containsWordEndingAt(text, socialEnd)
        || SOC.containsWordEndingAt(text, socialEnd);
  }

  /**
   * Whether a label of another kind of number ({@link NumberLabels#OTHER_NUMBERS}) leads to the
   * number at {@code start}, with only id words, spaces and punctuation between: {@code Part
   * number 412-55-7890}; not {@code as part of the form: 078-05-1120}.
   */
  private static boolean namedAsSomethingElse(Text text, int start) {
    return NumberLabels.leadsTo(NumberLabels.OTHER_NUMBERS, text, start, CONTEXT_WINDOW);
  }

  private static boolean bare(ScanContext context, int from) {
    DigitChain chain = context.chain;
    if (chain.gluedAfter(from)) {
      return false;
    }
    if (from + 1 < chain.count() && chain.singleSeparatorBefore(from + 1) != ' ') {
      return false;
    }
    if (!valid(chain, from)) {
      return false;
    }
    int ssnWord = CONTEXT.nearestBefore(context.text, chain.start(from), CONTEXT_WINDOW);
    return ssnWord >= 0 && namesAnSsnAlone(context.text, ssnWord)
        || labelledShortly(context.text, chain.start(from))
        || TableColumnLabel.inColumnOf(ColumnNames.SSN, context, chain.start(from));
  }

  /** Whether a short label leads to the number at {@code start} with more than a space between. */
  private static boolean labelledShortly(Text text, int start) {
    int label = NumberLabels.labelLeadingTo(SHORT_LABELS, text, start, CONTEXT_WINDOW);
    if (label < 0 || SEC.containsWordEndingAt(text, label) && !followsSoc(text, label)) {
      return false;
    }
    for (int i = label; i < start; i++) {
      if (text.at(i) != ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code soc} comes before the {@code sec} that ends at {@code secEnd}: Soc. Sec. */
  private static boolean followsSoc(Text text, int secEnd) {
    int i = secEnd - 3;
    while (i > secEnd - 6 && (text.at(i - 1) == ' ' || text.at(i - 1) == '.')) {
      i--;
    }
    return i < secEnd - 3 && SOC.containsWordEndingAt(text, i);
  }

  private static boolean valid(DigitChain chain, int from) {
    int area = number(chain, from, 0, 3);
    int group = number(chain, from, 3, 2);
    int serial = number(chain, from, 5, 4);
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  private static int number(DigitChain chain, int from, int offset, int length) {
    int value = 0;
    for (int i = offset; i < offset + length; i++) {
      value = value * 10 + chain.digitAt(from, i);
    }
    return value;
  }
}
