package dev.piiguard.core.detect;

/**
 * Handles a digit found by the scan loop: rejects ordinary numbers cheaply, then parses the chain
 * of digit groups once and tries each number detector on it (IPv4, SSN, payment card, phone), and
 * IBAN when two letters come just before the digits.
 */
final class NumberDetector {
  /** A bare run of digits shorter than this can be nothing the detectors look for. */
  private static final int SHORTEST_BARE = 7;
  private static final int LONGEST_BARE = 19;

  private NumberDetector() {}

  /** Detects what starts at the digit at {@code start}; returns the index to resume from. */
  static int detect(ScanContext context, int start) {
    Text text = context.text;
    int runEnd = start + 1;
    while (Ascii.isDigit(text.at(runEnd))) {
      runEnd++;
    }
    int previous = text.at(start - 1);
    if (Ascii.isLetter(previous)) {
      int end = IbanDetector.find(context, start);
      if (end > 0) {
        context.offer(IbanDetector.TYPE, context.matchStart, end);
        return end;
      }
      return runEnd;
    }
    if (previous == '_' || Ascii.isDigit(previous)) {
      return runEnd;
    }
    if ((previous == '-' || previous == '.' || previous == ':' || previous == '/')
        && Ascii.isLetterOrDigit(text.at(start - 2))) {
      return runEnd;
    }
    int length = runEnd - start;
    boolean continues = DigitChain.continuesAfter(text, runEnd);
    if (!continues && (length < SHORTEST_BARE || length > LONGEST_BARE)) {
      return runEnd;
    }
    DigitChain chain = context.chain;
    chain.parse(text, start);
    if (chain.count() == 3 && PhoneDetector.isDate(chain, 0)) {
      return chain.end(2); // 2024-05-01, 01.05.2024: dates are none of the types
    }
    context.matchEnd = 0;
    int group = 0;
    while (group < chain.count()) {
      int last = -1;
      if (group == 0 || startsToken(text, chain.start(group))) {
        last = detectAt(context, group);
      }
      group = last >= 0 ? last + 1 : group + 1;
    }
    return Math.max(chain.end(chain.count() - 1), context.matchEnd);
  }

  private static boolean startsToken(Text text, int groupStart) {
    int before = text.at(groupStart - 1);
    return before == ' ' || (before == '(' && text.at(groupStart - 2) == ' ');
  }

  private static int detectAt(ScanContext context, int group) {
    DigitChain chain = context.chain;
    int last = IpAddressDetector.lastIpv4Group(context, group);
    if (last >= 0) {
      context.offer(IpAddressDetector.TYPE, chain.start(group), chain.end(last));
      return last;
    }
    last = SsnDetector.lastGroup(context, group);
    if (last >= 0) {
      context.offer(SsnDetector.TYPE, chain.start(group), chain.end(last));
      return last;
    }
    last = PaymentCardDetector.lastGroup(context, group);
    if (last >= 0) {
      context.offer(PaymentCardDetector.TYPE, chain.start(group), chain.end(last));
      return last;
    }
    last = PhoneDetector.lastGroup(context, group);
    if (last >= 0) {
      context.offer(PhoneDetector.TYPE, context.matchStart, context.matchEnd);
      return last;
    }
    return -1;
  }
}
