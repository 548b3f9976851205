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
  private static final ContextWords SECURITY = ContextWords.of("security");
  private static final ContextWords SOCIAL = ContextWords.of("social");
  /**
   * Words that name a number of the same shape as something else when they lead straight to it
   * ({@code Part number 412-55-7890}, {@code order #412-55-7890}) and no SSN word is near.
   */
  private static final ContextWords SOMETHING_ELSE = ContextWords.strict(
      "part", "parts", "order", "item", "model", "sku", "invoice", "tracking", "ticket",
      "reference", "ref", "serial", "claim", "policy", "lot", "batch", "case", "product",
      "article");

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
    if (separator == '.' && (ssnWord < 0 || !namesAnSsnAlone(text, ssnWord))) {
      return -1; // dotted only next to an SSN word: ssn: 078.05.1120, not Security update 412.…
    }
    if (ssnWord < 0 && namedAsSomethingElse(text, chain.start(from))) {
      return -1; // Part number 412-55-7890
    }
    if (from > 0 && chain.singleSeparatorBefore(from) == separator && ssnWord < 0) {
      return -1; // one of a row of numbers, 2778 155 50 4966; not "SSN for Jane, 42 123 45 6789"
    }
    return from + 2;
  }

  /** Whether the SSN word that ends at {@code word} is no "security" without "social" before. */
  private static boolean namesAnSsnAlone(Text text, int word) {
    return !SECURITY.containsWordEndingAt(text, word) || SOCIAL.containsWordBefore(text, word);
  }

  /**
   * Whether a word of {@link #SOMETHING_ELSE} leads to the number at {@code start}, with only id
   * words, spaces and punctuation between: {@code Part number 412-55-7890}; not {@code as part of
   * the form: 078-05-1120}.
   */
  private static boolean namedAsSomethingElse(Text text, int start) {
    return NumberLabels.leadsTo(SOMETHING_ELSE, text, start, CONTEXT_WINDOW);
  }

  private static boolean bare(ScanContext context, int from) {
    DigitChain chain = context.chain;
    if (chain.gluedAfter(from)) {
      return false;
    }
    if (from + 1 < chain.count() && chain.singleSeparatorBefore(from + 1) != ' ') {
      return false;
    }
    return valid(chain, from)
        && CONTEXT.nearestBefore(context.text, chain.start(from), CONTEXT_WINDOW) >= 0;
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
