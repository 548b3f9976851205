package dev.piiguard.core.detect;

/**
 * Finds IP addresses: dotted IPv4 with four octets of at most 255 (no leading zeros, not part of
 * a longer dotted number, a version string or a section number), and IPv6 in full, compressed
 * ({@code ::}) and IPv4-embedded forms.
 *
 * <p>Addresses that name no host are not reported: IPv4 {@code 0.0.0.0/8} (this network), {@code
 * 127.0.0.0/8} (loopback) and {@code 240.0.0.0/4} (reserved, including the broadcast address and
 * netmasks such as {@code 255.255.255.0}); in IPv6, {@code ::} and {@code ::1} are too short to be
 * taken for an address.
 *
 * <p>Times ({@code 12:30:45}) and MAC addresses ({@code 00:1a:2b:3c:4d:5e}) are not IPv6
 * addresses: they have too few groups, and a colon-separated run of two-digit groups is never
 * taken for one.
 */
final class IpAddressDetector {
  static final String TYPE = "IP_ADDRESS";
  private static final int THIS_NETWORK = 0;
  private static final int LOOPBACK = 127;
  private static final int FIRST_RESERVED = 240;
  private static final int MAX_IPV6 = 45;

  private IpAddressDetector() {}

  /** Returns the last group of an IPv4 address starting at group {@code from}, or -1. */
  static int lastIpv4Group(ScanContext context, int from) {
    DigitChain chain = context.chain;
    int last = from + 3;
    if (last >= chain.count() || !chain.joinedBy(from, last, '.')) {
      return -1;
    }
    for (int g = from; g <= last; g++) {
      int length = chain.length(g);
      if (length > 3 || (length > 1 && chain.digitAt(g, 0) == 0) || chain.value(g) > 255) {
        return -1;
      }
    }
    int first = chain.value(from);
    if (first == THIS_NETWORK || first == LOOPBACK || first >= FIRST_RESERVED) {
      return -1;
    }
    Text text = context.text;
    int start = chain.start(from);
    int end = chain.end(last);
    // Connecting...203.0.113.5, 10.0.0.10..10.0.0.20; not git's compare/1.2.3.4...1.2.3.5
    boolean afterEllipsis = text.at(start - 1) == '.' && text.at(start - 2) == '.';
    if (afterEllipsis && text.at(start - 3) == '.' && Ascii.isDigit(text.at(start - 4))) {
      return -1;
    }
    if (chain.gluedAfter(last) || text.at(start - 1) == '.' && !afterEllipsis
        || text.at(end) == '.' && Ascii.isDigit(text.at(end + 1))
            && !AddressPorts.isDottedPort(chain, text, from)) { // tcpdump: 192.168.1.23.54321 >
      return -1;
    }
    if (DottedNumberContext.namesNoAddress(text, start, end)) {
      return -1;
    }
    return last;
  }

  /**
   * The last group of the second address of a range whose first address ends at group {@code
   * last}, joined to it by a dash or two dots ({@code 192.168.1.100-192.168.1.200},
   * {@code 10.0.0.1–10.0.0.254}, {@code 10.0.0.10..10.0.0.20}), or -1.
   */
  static int lastOfRangeAfter(ScanContext context, int last) {
    DigitChain chain = context.chain;
    int next = last + 1;
    if (next >= chain.count() || !(chain.singleSeparatorBefore(next) == '-'
        || chain.separatorIs(next, ".."))) {
      return -1;
    }
    return lastIpv4Group(context, next);
  }

  /**
   * Looks for an IPv6 address that contains the {@code :} at {@code colon}; returns its end and
   * sets the context's match start, or returns -1.
   */
  static int findIpv6(ScanContext context, int colon) {
    Text text = context.text;
    int before = text.at(colon - 1);
    int after = text.at(colon + 1);
    if (!(Ascii.isHexDigit(before) || before == ':') || !(Ascii.isHexDigit(after) || after == ':')) {
      return -1;
    }
    int start = colon;
    while (start > colon - MAX_IPV6 && isAddressChar(text.at(start - 1))
        && !text.endsEscape(start - 1) && encodedPunctuationEndingAt(text, start - 1) < 0) {
      start--;
    }
    boolean afterEllipsis = text.startsEllipsis(start) && start < colon;
    while (afterEllipsis && text.at(start) == '.') {
      start++; // Connecting...2001:db8::5
    }
    int afterLabel = text.at(start) == ':' || Ascii.isWordChar(text.before(start))
        ? afterLabel(text, start, colon) : start; // ip:2001:db8::1, code:2001:db8::1, "ip":…
    boolean labelled = afterLabel != start;
    start = afterLabel;
    int end = colon;
    while (end < start + MAX_IPV6 + AddressPorts.LONGEST_PORT && isAddressChar(text.at(end))) {
      end++;
    }
    int encoded = encodedPunctuationEndingAt(text, start - 1);
    int leading = encoded >= 0 ? encoded : text.before(start); // %5B2001:db8::5%5D
    if (isAddressChar(leading) && !labelled && !afterEllipsis || isAddressChar(text.at(end))
        || Ascii.isWordChar(leading) || Ascii.isWordChar(text.at(end))) {
      return -1;
    }
    while (end > colon && text.at(end - 1) == '.') {
      end--; // a full stop after the address
    }
    if (end - 1 > colon && text.at(end - 1) == ':' && text.at(end - 2) != ':') {
      end--; // a colon after the address, as in "2001:db8::1: connection refused"; "::" stays
    }
    if (!isIpv6(text, start, end)) {
      end = AddressPorts.ipv6EndBeforePort(text, start, end); // 2001:db8::5:54321, ….5.54321
      if (end < 0 || !isIpv6(text, start, end)) {
        return -1;
      }
    }
    if (AddressPorts.isLoopbackWithPort(text, start, end)
        || !labelled && isSlice(text, start, end)) {
      return -1;
    }
    context.matchStart = start;
    return end;
  }

  /**
   * The character that a percent escape of punctuation ending at {@code last} stands for ({@code
   * [} for the {@code %5B} of {@code http://%5B2001:db8::5%5D:8080/}), or -1: its hex digits are no
   * part of an address.
   */
  private static int encodedPunctuationEndingAt(Text text, int last) {
    int decoded = text.percentEncodedAt(last - 2);
    return decoded >= 0 && !Ascii.isLetterOrDigit(decoded) ? decoded : -1;
  }

  /**
   * Whether [start, end) is a Python or numpy slice rather than a compressed address: two decimal
   * groups around {@code ::}, of at most two digits each ({@code xs[1::2]}, {@code x[10::10]}) or
   * in brackets after a name ({@code arr[100::250]}); addresses such as {@code 2001::1} or {@code
   * fe80::1} have a longer or a hex group. A label's colon before the run says it is an address
   * ({@code subjectAltName = IP:13::17}).
   */
  private static boolean isSlice(Text text, int start, int end) {
    int colons = start;
    while (colons < end && Ascii.isDigit(text.at(colons))) {
      colons++;
    }
    if (colons == start || !text.matches(colons, "::") || colons + 2 == end
        || !text.allMatch(colons + 2, end, Ascii::isDigit)) {
      return false;
    }
    int before = text.before(start);
    boolean indexing = before == '[' && (Ascii.isWordChar(text.at(start - 2))
        || text.at(start - 2) == ')' || text.at(start - 2) == ']');
    return indexing || colons - start <= 2 && end - colons - 2 <= 2;
  }

  /**
   * Where an address starts after the label whose colon is the first one from {@code start}
   * ({@code ip:…}, {@code code:…}, where the run of address characters began in the label's hex
   * letters): after that colon when it is single and ends a word that starts with a letter and is no
   * hex group ({@code 01T10:20::30} is a time), or when the run starts at that colon after a
   * character that is no word character ({@code 地址:2001:db8::1}, {@code "ip":2001:db8::5}); else
   * {@code start}.
   */
  private static int afterLabel(Text text, int start, int colon) {
    int label = start;
    while (label < colon && text.at(label) != ':') {
      label++;
    }
    int word = label;
    while (word > 0 && Ascii.isWordChar(text.at(word - 1))) {
      word--;
    }
    boolean labelColon = label < colon && text.at(label + 1) != ':' && word < label
        && (Ascii.isLetter(text.at(word)) || text.at(word) == '_')
        && !text.allMatch(word, label, Ascii::isHexDigit);
    boolean otherLabelColon = label == start && text.at(label + 1) != ':'
        && !Ascii.isWordChar(text.before(start)); // 地址:…, "ip":…, [client]:…
    return labelColon || otherLabelColon ? label + 1 : start;
  }

  private static boolean isAddressChar(int c) {
    return Ascii.isHexDigit(c) || c == ':' || c == '.';
  }

  /**
   * Whether [start, end) is one IPv6 address in text form (RFC 4291 section 2.2); a compressed
   * form of letters only is taken for a name ({@code Face::add}, {@code dead::beef}).
   */
  static boolean isIpv6(Text text, int start, int end) {
    int groups = 0;
    boolean compressed = false;
    boolean onlyShortGroups = true;
    boolean digit = false;
    int i = start;
    if (text.at(i) == ':') {
      if (text.at(i + 1) != ':') {
        return false;
      }
      compressed = true;
      i += 2;
      if (i == end) {
        return false;
      }
    }
    while (i < end) {
      int groupStart = i;
      while (i < end && Ascii.isHexDigit(text.at(i))) {
        digit |= Ascii.isDigit(text.at(i));
        i++;
      }
      int length = i - groupStart;
      if (i < end && text.at(i) == '.') {
        if (!isEmbeddedIpv4(text, groupStart, end)) {
          return false;
        }
        groups += 2;
        onlyShortGroups = false;
        i = end;
        break;
      }
      if (length == 0 || length > 4) {
        return false;
      }
      onlyShortGroups &= length <= 2;
      groups++;
      if (i == end) {
        break;
      }
      i++; // the colon
      if (i < end && text.at(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
      } else if (i == end) {
        return false;
      }
    }
    if (compressed) {
      return groups <= 7 && groups >= 2 && digit; // letters only: a name, Face::add, dead::beef
    }
    return groups == 8 && !onlyShortGroups;
  }

  private static boolean isEmbeddedIpv4(Text text, int start, int end) {
    int octets = 0;
    int i = start;
    while (i < end) {
      int octetStart = i;
      int value = 0;
      while (i < end && Ascii.isDigit(text.at(i))) {
        value = value * 10 + text.at(i) - '0';
        i++;
      }
      int length = i - octetStart;
      if (length == 0 || length > 3 || value > 255 || (length > 1 && text.at(octetStart) == '0')) {
        return false;
      }
      octets++;
      if (i < end) {
        if (text.at(i) != '.') {
          return false;
        }
        i++;
        if (i == end) {
          return false;
        }
      }
    }
    return octets == 4;
  }
}
