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
  /**
   * How many of the last groups of a chain cut at its limit are read again: the most a card
   * takes before its last group (4-4-4-4-3).
   */
  private static final int GROUPS_READ_AGAIN = 4;
  /** The first labels of reverse domain names (package and bundle ids), which hosts rarely have. */
  private static final ContextWords GENERIC_TOP_LEVEL_DOMAINS =
      ContextWords.of("com", "org", "net", "io", "edu", "gov");
  /**
   * The last labels of host names Java prints before a resolved address, besides the two-letter
   * country codes: common generic domains and the names of private networks.
   */
  private static final ContextWords HOST_TOP_LEVEL_DOMAINS = ContextWords.of(
      "com", "net", "org", "io", "ai", "app", "dev", "cloud", "edu", "gov", "info", "biz", "tech",
      "shop", "local", "internal", "localdomain", "lan", "corp", "home", "example", "test");

  /** The longest bind address read before a forwarded port, and an option's letters. */
  private static final int MAX_BIND_ADDRESS = 64;
  private static final int MAX_OPTION_LETTERS = 8;
  /** How ssh_config and -o name forwarding: {@code LocalForward=}, {@code RemoteForward=}. */
  private static final String FORWARD = "forward";

  private NumberDetector() {}

  /** Detects what starts at the digit at {@code start}; returns the index to resume from. */
  static int detect(ScanContext context, int start) {
    Text text = context.text;
    int runEnd = start + 1;
    while (Ascii.isDigit(text.at(runEnd))) {
      runEnd++;
    }
    if (PaymentCardDetector.followsTrackOneStart(text, start)) { // %B4111…^DOE/JANE^…
      return trackOneCardEnd(context, start, runEnd);
    }
    int digitsStart = afterEncodedByte(text, start);
    if (digitsStart > start) { // %204111…, %224111…, %C34111…: the escape is no part of it
      return Ascii.isDigit(text.at(digitsStart)) ? detect(context, digitsStart) : runEnd;
    }
    int encoded = encodedSeparator(text, start - 3); // card%3A4111…, %2B1415…
    int previous = encoded >= 0 ? encoded : text.before(start);
    if (Ascii.isLetter(previous)) {
      int end = IbanDetector.find(context, start);
      if (end > 0) {
        context.offer(IbanDetector.TYPE, context.matchStart, end);
        return end;
      }
      if (PaymentCardDetector.followsBrandCode(text, start)) { // FOP-AX3782…, *VI4111…
        context.chain.parse(text, start);
        return gluedCardEnd(context, runEnd);
      }
      return runEnd;
    }
    if (previous == ' ' && Ascii.isUpper(text.at(start - 2))) { // IBAN DE 89…, GB 29 NWBK 6016…
      int end = IbanDetector.findLooselyAround(context, start);
      if (end > 0) {
        context.offer(IbanDetector.TYPE, context.matchStart, end);
        return end;
      }
    }
    if (previous == '_' || previous == '*') { // 4111_1111_1111_1111, from its second group
      int end = UnusualCardSeparators.cardEndFromSecondGroup(context, start);
      if (end > 0 || previous == '_') {
        return Math.max(runEnd, end);
      }
    }
    if (Ascii.isDigit(previous)) {
      return runEnd;
    }
    boolean glued = encoded < 0 && isGlued(text, start, previous);
    if (glued && !Ascii.isLetter(text.at(start - 2))) {
      if (afterIsoFieldNumber(text, start)) { // 002:4111…
        context.chain.parse(text, start);
        return gluedCardEnd(context, runEnd);
      }
      int hostStart = previous == '/' ? hostNameStartBefore(text, start - 1) : -1;
      if (hostStart >= 0) { // kafka-0/10.42.3.18:9092, with a port only (see resolvedAddressEnd)
        context.chain.parse(text, start);
        int end = resolvedAddressEnd(context, hostStart, start - 1);
        return end > 0 ? end : runEnd;
      }
      if (previous == ':' && text.at(runEnd) == '.' && followsForwardedPort(text, start - 1)) {
        context.chain.parse(text, start); // ssh -L 5432:10.0.0.5:5432
        int end = forwardedAddressEnd(context);
        return end > 0 ? end : runEnd;
      }
      return runEnd; // 1.2.3, 2024-05: part of a version or code
    }
    int length = runEnd - start;
    boolean continues = DigitChain.continuesAfter(text, runEnd);
    if (!continues && (length < SHORTEST_BARE || length > LONGEST_BARE)) {
      if (length == 4) { // 4111 — 1111 — 1111 — 1111
        return Math.max(runEnd, UnusualCardSeparators.cardEnd(context, start));
      }
      return runEnd;
    }
    DigitChain chain = context.chain;
    chain.parse(text, start);
    if (chain.count() == 3 && PhoneDetector.isDate(chain, 0)) {
      return chain.end(2); // 2024-05-01, 01.05.2024: dates are none of the types
    }
    if (glued) {
      int hostStart = previous == '/' ? hostNameStartBefore(text, start - 1) : -1;
      int end = hostStart >= 0 ? resolvedAddressEnd(context, hostStart, start - 1) : -1;
      return end > 0 ? end : gluedCardEnd(context, runEnd);
    }
    context.matchEnd = 0;
    int group = 0;
    int covered = start;
    while (group < chain.count()) {
      int last = -1;
      if (group == 0 || startsToken(chain, text, group)) {
        last = detectAt(context, group);
      }
      if (last >= 0) {
        covered = Math.max(covered, Math.max(chain.end(last), context.matchEnd));
      }
      group = last >= 0 ? last + 1 : group + 1;
    }
    if (chain.cut() && chain.count() > 1) {
      // 1 2 3 4 5 6 7 8 9 4111 1111 1111 1111: the chain stopped at its limit inside a value,
      // so the last groups are read again as the start of the next chain
      int again = chain.start(Math.max(1, chain.count() - GROUPS_READ_AGAIN));
      for (int g = 1; again <= covered && g < chain.count(); g++) {
        again = chain.start(g); // 4111 … 5500 … 5555 5555 5555 4444: after the values found
      }
      if (again > covered) {
        return again;
      }
    }
    return Math.max(chain.end(chain.count() - 1), context.matchEnd);
  }

  /**
   * Where the digits after a percent-encoded byte start when the run at {@code start} begins
   * inside one ({@code %20}, {@code %22}, {@code %C3} before a number in a URL or a logged query):
   * after the escape; else {@code start}.
   */
  private static int afterEncodedByte(Text text, int start) {
    if (encodedSeparator(text, start - 1) >= 0) {
      return start + 2;
    }
    return encodedSeparator(text, start - 2) >= 0 ? start + 1 : start;
  }

  /**
   * The byte a percent escape before a number stands for, when it is one that encoders escape and
   * text puts before values: a sign, a space or a line break, or a byte of a character beyond
   * ASCII; -1 for anything else. A letter, a digit or another control byte is no escape there but
   * a percent sign before the number itself: SQL's {@code LIKE '%4111…%'}, {@code 5%4111…}.
   */
  private static int encodedSeparator(Text text, int percent) {
    int decoded = text.percentEncodedAt(percent);
    return isEncodedSeparator(decoded) ? decoded : -1;
  }

  private static boolean isEncodedSeparator(int decoded) {
    return decoded >= 0x80 || decoded == '\t' || decoded == '\n' || decoded == '\r'
        || decoded >= ' ' && decoded < 0x7F && !Ascii.isLetterOrDigit(decoded);
  }

  /**
   * Whether the number at {@code start} follows a colon after an ISO 8583 field's number, three
   * digits starting with a zero as message dumps write them ({@code 002:4111…}); not a time
   * ({@code 12:30}) or a count ({@code build 7:…}).
   */
  private static boolean afterIsoFieldNumber(Text text, int start) {
    return text.at(start - 1) == ':' && text.at(start - 4) == '0'
        && Ascii.isDigit(text.at(start - 3)) && Ascii.isDigit(text.at(start - 2))
        && !Ascii.isLetterOrDigit(text.at(start - 5));
  }

  /**
   * Whether the digit at {@code start} is glued to the word before it by {@code -}, {@code .},
   * {@code /}, or by a colon after a number ({@code lib-1.2.3}, {@code Chrome/120.0.0.0}, {@code
   * 12:30}). A colon after a word with a letter is no glue: {@code card:4111…}, {@code
   * ipv4:203.0.113.7}, {@code ssn:123-45-6789} are a key and its value.
   */
  private static boolean isGlued(Text text, int start, int previous) {
    int beforeThat = text.at(start - 2);
    if (previous == ':') {
      return Ascii.isDigit(beforeThat) && isNumberBefore(text, start - 2);
    }
    return (previous == '-' || previous == '.' || previous == '/')
        && Ascii.isLetterOrDigit(beforeThat);
  }

  /**
   * Whether the colon at {@code colon} ends a port as ssh's {@code -L} and {@code -R} options
   * write one before the forwarded address ({@code -L 5432:10.0.0.5:5432}, {@code -NL
   * localhost:8080:10.20.30.40:80}, {@code -o LocalForward=5432:…}): two to five digits after the
   * option, a bind address or a line break; not the minutes of a time ({@code 12:30:…}), a Debian
   * epoch ({@code 10:2.3.4.5-1}) or a line number ({@code foo.py:123:1.2.3.4}).
   */
  private static boolean followsForwardedPort(Text text, int colon) {
    int i = colon - 1;
    while (Ascii.isDigit(text.at(i)) && colon - i <= 5) {
      i--;
    }
    int digits = colon - 1 - i;
    if (digits < 2) {
      return false;
    }
    int j = i; // the character before the port
    if (text.at(j) == ':') { // a bind address: -L localhost:5432:…, -L *:5432:…, -L 10.0.0.1:…
      j--;
      while (i - j < MAX_BIND_ADDRESS && isBindAddressChar(text.at(j))) {
        j--;
      }
    }
    int afterSpaces = j;
    while (afterSpaces - j < 3 && (text.at(j) == ' ' || text.at(j) == '\t' || text.at(j) == '\n')) {
      j--;
    }
    if (text.at(j) == '=') { // -o LocalForward=5432:…
      return text.matchesIgnoreCase(j - FORWARD.length(), FORWARD);
    }
    int letters = j;
    while (j - letters < MAX_OPTION_LETTERS && Ascii.isLetter(text.at(letters))) {
      letters--;
    }
    // -L 5432:…, -NL 5432:…, -fNL5432:…; not libfoo 10:2.3.4.5, foo.py:123:1.2.3.4
    return letters < j && text.at(letters) == '-' && (text.at(j) == 'L' || text.at(j) == 'R');
  }

  private static boolean isBindAddressChar(int c) {
    return Ascii.isLetterOrDigit(c) || c == '.' || c == '*' || c == '-' || c == '_';
  }

  /** For a number after a forwarded port: the end of the IPv4 address it starts, or -1. */
  private static int forwardedAddressEnd(ScanContext context) {
    int last = IpAddressDetector.lastIpv4Group(context, 0);
    if (last < 0) {
      return -1;
    }
    DigitChain chain = context.chain;
    context.offer(IpAddressDetector.TYPE, chain.start(0), chain.end(last));
    return chain.end(last);
  }

  /** Whether the word ending at {@code last} is all digits. */
  private static boolean isNumberBefore(Text text, int last) {
    int i = last;
    while (Ascii.isDigit(text.at(i))) {
      i--;
    }
    return !Ascii.isLetterOrDigit(text.at(i)) && text.at(i) != '_';
  }

  /**
   * Where a host name that ends at the slash at {@code slash} starts: letters, digits, dashes and
   * dots, with a letter, not starting with a dot ({@code api.openai.com/}, {@code shop-db/},
   * {@code kafka-0/}), as Java prints a resolved address; -1 for anything else.
   */
  private static int hostNameStartBefore(Text text, int slash) {
    boolean letter = false;
    int i = slash - 1;
    while (Ascii.isLetterOrDigit(text.at(i)) || text.at(i) == '-' || text.at(i) == '.') {
      letter |= Ascii.isLetter(text.at(i));
      i--;
    }
    return letter && i + 1 < slash && text.at(i + 1) != '.' ? i + 1 : -1;
  }

  /**
   * For a number after a host name and a slash: an IPv4 address, as Java prints a resolved
   * address ({@code api.openai.com/192.0.2.44} for an {@code InetAddress}, {@code
   * shop-db/10.42.3.17:5432} for an {@code InetSocketAddress}); returns the address's end, or -1.
   * With a port any host name counts; without one the name must look like a host's, since a
   * product or a package and its version are written that way too: with a dot, ending in a
   * letter, in lower case ({@code System.Data.SQLite/1.0.118.0} is none), not in a path, ending
   * in a country code or a common top-level domain ({@code newtonsoft.json/13.0.1.2} is none) and
   * not a reverse domain name starting with a generic one ({@code com.example.app/4.12.0.3}), nor
   * one word ({@code Chrome/120.0.0.0}).
   */
  private static int resolvedAddressEnd(ScanContext context, int hostStart, int slash) {
    DigitChain chain = context.chain;
    Text text = context.text;
    int last = IpAddressDetector.lastIpv4Group(context, 0);
    if (last < 0) {
      return -1;
    }
    boolean port = text.at(chain.end(last)) == ':' && Ascii.isDigit(text.at(chain.end(last) + 1));
    if (!port && !(Ascii.isLetter(text.at(slash - 1))
        && !text.allMatch(hostStart, slash, c -> c != '.') // a dot in the name
        && isForwardHostName(text, hostStart, slash))) {
      return -1;
    }
    context.offer(IpAddressDetector.TYPE, chain.start(0), chain.end(last));
    return chain.end(last);
  }

  private static boolean isForwardHostName(Text text, int start, int end) {
    if (text.before(start) == '/') {
      return false; // a path: ~/.nuget/packages/newtonsoft.json/13.0.1.2
    }
    for (int i = start; i < end; i++) {
      if (Ascii.isUpper(text.at(i))) {
        return false;
      }
    }
    int firstDot = start;
    while (text.at(firstDot) != '.') {
      firstDot++;
    }
    int lastDot = end - 1;
    while (text.at(lastDot) != '.') {
      lastDot--;
    }
    return !GENERIC_TOP_LEVEL_DOMAINS.contains(text, start, firstDot)
        && (end - lastDot - 1 == 2 || HOST_TOP_LEVEL_DOMAINS.contains(text, lastDot + 1, end));
  }

  /**
   * For a number glued to a word ({@code bin-4111…}, {@code /cards/4111…}): only a payment card
   * of 15 or 16 digits in a brand's range, whose checks are strong enough to tell it from a
   * version, a code or an id (13-digit epoch millis, 17- to 19-digit snowflake ids and the 12-digit
   * last part of a UUID are written that way too); returns the index to resume from.
   */
  private static int gluedCardEnd(ScanContext context, int runEnd) {
    DigitChain chain = context.chain;
    int last = PaymentCardDetector.lastGroup(context, 0);
    if (last < 0 || !PaymentCardDetector.isCommonBrandCard(chain, 0, last)) {
      return runEnd;
    }
    context.offer(PaymentCardDetector.TYPE, chain.start(0), chain.end(last));
    return chain.end(last);
  }

  /**
   * For the digits after the {@code %B} of a card's track 1: reports them as a card number when
   * they end at the track's field separator {@code ^} and are one; returns the index to resume
   * from.
   */
  private static int trackOneCardEnd(ScanContext context, int start, int runEnd) {
    if (context.text.at(runEnd) != '^') {
      return runEnd;
    }
    DigitChain chain = context.chain;
    chain.parse(context.text, start);
    if (chain.end(0) == runEnd && PaymentCardDetector.isTrackOneNumber(context)) {
      context.offer(PaymentCardDetector.TYPE, start, runEnd);
    }
    return runEnd;
  }

  /**
   * Whether group {@code group}, if the chain has it, starts a token and a payment card: then a
   * phone number that ends right before it is whole ({@code call me at 415 555 2671 4111 1111
   * 1111 1111}), whatever its own last groups and the card's first ones happen to pass.
   */
  private static boolean cardStartsAt(ScanContext context, int group) {
    DigitChain chain = context.chain;
    return group < chain.count() && startsToken(chain, context.text, group)
        && PaymentCardDetector.lastGroup(context, group) >= 0;
  }

  /**
   * The first group from {@code from} to {@code last} that starts a token and a payment card, or
   * -1: a phone number that would take it would leave the rest of the card in clear.
   */
  private static int cardStartWithin(ScanContext context, int from, int last) {
    DigitChain chain = context.chain;
    for (int group = from; group <= last; group++) {
      if (startsToken(chain, context.text, group)
          && PaymentCardDetector.lastGroup(context, group) >= 0) {
        return group;
      }
    }
    return -1;
  }

  /**
   * Whether group {@code group} of the chain may start a value of its own: after a space, also a
   * typographic one ({@code Room 101\u00a0415 555 2671}), or after a space and a parenthesis.
   */
  private static boolean startsToken(DigitChain chain, Text text, int group) {
    int groupStart = chain.start(group);
    int before = text.at(groupStart - 1);
    if (before == ' ' || chain.singleSeparatorBefore(group) == ' ') {
      return true;
    }
    int paren = groupStart - 1;
    if (before != '(') {
      return false;
    }
    for (int space = chain.end(group - 1); space < paren; space++) { // the character before (
      if (DigitChain.separatorLength(text, space) == paren - space) {
        return DigitChain.separatorChar(text, space) == ' ';
      }
    }
    return false;
  }

  private static int detectAt(ScanContext context, int group) {
    DigitChain chain = context.chain;
    int last = IpAddressDetector.lastIpv4Group(context, group);
    if (last >= 0) {
      context.offer(IpAddressDetector.TYPE, chain.start(group), chain.end(last));
      int rangeEnd = IpAddressDetector.lastOfRangeAfter(context, last);
      if (rangeEnd >= 0) { // 192.168.1.100-192.168.1.200
        context.offer(IpAddressDetector.TYPE, chain.start(last + 1), chain.end(rangeEnd));
        return rangeEnd;
      }
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
      context.lastCardEnd = chain.end(last);
      return last;
    }
    last = PhoneDetector.lastGroup(context, group);
    int card = last > group && !cardStartsAt(context, last + 1)
        ? cardStartWithin(context, group + 1, last) : -1;
    if (card >= 0) {
      last = PhoneDetector.lastGroup(context, group, card); // Tel +49 30 1234567 4111 1111 …
    }
    if (last >= 0) {
      context.offer(PhoneDetector.TYPE, context.matchStart, context.matchEnd);
      context.lastPhoneEnd = context.matchEnd;
      return last;
    }
    return -1;
  }
}
