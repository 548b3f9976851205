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
  private static final ContextWords VERSION = ContextWords.strict(
      "v", "version", "ver", "release", "build", "firmware", "oid", "section", "sections",
      "chapter", "clause", "article", "art", "paragraph", "versionname"); // not para, Spanish for
  /** How far a version word may stand before the number it leads to: {@code "version": "…"}. */
  private static final int VERSION_LABEL_WINDOW = 16;
  /** How far a label that starts with "version of" may reach back ({@link #followsVersionOfPhrase}). */
  private static final int VERSION_PHRASE_WINDOW = 48;
  /**
   * The last part of a key before a colon that names an address, not an artifact ({@code
   * client/ip:…}, {@code eth0:ip:…}, {@code dns:udp:…}): no coordinate's version follows it.
   */
  private static final ContextWords ADDRESS_KEYS = ContextWords.strict("ip", "ipv4", "host",
      "hostname", "addr", "address", "peer", "client", "server", "remote", "src", "dst", "source",
      "dest", "destination", "udp", "tcp", "dns", "gateway", "proxy", "from", "to");
  /** The longest part of a coordinate before its version ({@link #isCoordinateVersion}). */
  private static final int MAX_COORDINATE = 96;
  /** Signs before {@code =} that, with it, pin a package version: {@code torch==2.2.1.0}. */
  private static final String VERSION_PIN_SIGNS = "=~>";
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
      if (length > 3 || (length > 1 && chain.digitAt(g, 0) == 0) || octet(chain, g) > 255) {
        return -1;
      }
    }
    int first = octet(chain, from);
    if (first == THIS_NETWORK || first == LOOPBACK || first >= FIRST_RESERVED) {
      return -1;
    }
    Text text = context.text;
    int start = chain.start(from);
    int end = chain.end(last);
    if (chain.gluedAfter(last) || text.at(start - 1) == '.'
        || (text.at(end) == '.' && Ascii.isDigit(text.at(end + 1)))) {
      return -1;
    }
    if (VERSION.nearestBefore(text, start, 2) >= 0
        || NumberLabels.leadsTo(VERSION, text, start, VERSION_LABEL_WINDOW)
        || text.at(start - 1) == '=' && VERSION_PIN_SIGNS.indexOf(text.at(start - 2)) >= 0
        || text.at(end) == '-' && isWordOfLetters(text, end + 1)
        || text.at(end) == '+' && Ascii.isLetter(text.at(end + 1))
        || afterLabelColon(text, start) && followsVersionOfPhrase(text, start)
        || isCoordinateVersion(text, start)) {
      // v1.2.3.4, "version": "2.1.0.3", torch==2.2.1.0, 5.15.146.1-microsoft-standard,
      // 1.2.3.57+dfsg1, Current version of schema "public": 2.3.1.0, ojdbc8:jar:19.3.0.0
      return -1;
    }
    return last;
  }

  /**
   * Whether the label before the number at {@code start} is a phrase that starts with {@code
   * version of} and runs to its colon within one clause: {@code Current version of schema
   * "public": 2.3.1.0} (Flyway); not {@code TLS version mismatch, peer: 203.0.113.7}.
   */
  private static boolean followsVersionOfPhrase(Text text, int start) {
    for (int i = start - 1; i > start - VERSION_PHRASE_WINDOW; i--) {
      int c = text.at(i);
      if (c < 0 || c == ',' || c == ';' || c == '.' || c == '=' || c == '\n') {
        return false;
      }
      if (text.matchesIgnoreCase(i, "version of ") && !Ascii.isLetter(text.at(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number at {@code start} follows a colon and at most a space. */
  private static boolean afterLabelColon(Text text, int start) {
    return text.at(start - 1) == ':' || text.at(start - 1) == ' ' && text.at(start - 2) == ':';
  }

  /**
   * Whether the number at {@code start} is the version of an artifact's or an image's coordinate:
   * after a colon that ends a token holding another colon or a slash ({@code
   * com.oracle.database.jdbc:ojdbc8:jar:19.3.0.0}, {@code 'com.ibm.mq:com.ibm.mq.allclient:9.3.4.1'},
   * {@code registry.example.com/app:2.1.0.3}); not a key's colon ({@code ip:203.0.113.7}).
   */
  private static boolean isCoordinateVersion(Text text, int start) {
    if (text.at(start - 1) != ':' || ADDRESS_KEYS.containsWordEndingAt(text, start - 1)) {
      return false;
    }
    for (int i = start - 2; i >= 0 && start - i <= MAX_COORDINATE; i--) {
      int c = text.at(i);
      if (c == ':' || c == '/') {
        return Ascii.isLetterOrDigit(text.at(i + 1)) && i < start - 2;
      }
      if (!Ascii.isWordChar(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a word of letters only starts at {@code i}, as a version's suffix ({@code
   * -microsoft}, {@code -A}); not an interface name with a digit ({@code 203.0.113.7-eth0}).
   */
  private static boolean isWordOfLetters(Text text, int i) {
    int k = i;
    while (Ascii.isLetter(text.at(k))) {
      k++;
    }
    return k > i && !Ascii.isDigit(text.at(k));
  }

  private static int octet(DigitChain chain, int group) {
    int value = 0;
    for (int i = 0; i < chain.length(group); i++) {
      value = value * 10 + chain.digitAt(group, i);
    }
    return value;
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
        && !text.endsEscape(start - 1)) {
      start--;
    }
    int end = colon;
    while (end < start + MAX_IPV6 && isAddressChar(text.at(end))) {
      end++;
    }
    int afterLabel = text.at(start) == ':' || Ascii.isWordChar(text.before(start))
        ? afterLabel(text, start, colon) : start; // ip:2001:db8::1, code:2001:db8::1
    boolean labelled = afterLabel != start;
    start = afterLabel;
    int leading = text.before(start);
    if (isAddressChar(leading) && !labelled || isAddressChar(text.at(end))
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
      return -1;
    }
    context.matchStart = start;
    return end;
  }

  /**
   * Where an address starts after the label whose colon is the first one from {@code start}
   * ({@code ip:…}, {@code code:…}, where the run of address characters began in the label's hex
   * letters): after that colon when it is single and ends a word that starts with a letter and is no
   * hex group ({@code 01T10:20::30} is a time), else {@code start}.
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
    return labelColon ? label + 1 : start;
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
