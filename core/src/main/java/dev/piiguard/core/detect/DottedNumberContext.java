package dev.piiguard.core.detect;

/**
 * Tells from the words and signs around it whether a number of four dotted groups that could be
 * an IPv4 address is a version ({@code version 2.1.0.3}, {@code torch==2.2.1.0}, {@code
 * ojdbc8:jar:19.3.0.0}, {@code pkg:nuget/Newtonsoft.Json@13.0.1.1}), a section number ({@code
 * Section 6.1.7.1}, {@code §4.5.3.1}, {@code 27.6.1.1 paragraph 3}) or an object identifier
 * ({@code ObjectId: 2.5.29.17}) or an amount with dots between thousands ({@code Umsatz
 * 1.234.100.200 EUR}) instead.
 */
final class DottedNumberContext {
  /**
   * Words that make the number after them a version, a section number or an object identifier;
   * not {@code para}, Spanish for "for" ({@code bloqueado para 203.0.113.5}).
   */
  private static final ContextWords VERSION = ContextWords.strict(
      "v", "version", "ver", "release", "build", "firmware", "oid", "objectid", "revision",
      "section", "sections", "chapter", "clause", "article", "art", "paragraph", "versionname");
  /** How far a version word may stand before the number it leads to: {@code "version": "…"}. */
  private static final int VERSION_LABEL_WINDOW = 16;
  /** How far back a "version of" label may start ({@link #followsVersionOfPhrase}). */
  private static final int VERSION_PHRASE_WINDOW = 48;
  /**
   * The last part of a key before a colon that names an address, not an artifact ({@code
   * client/ip:…}, {@code eth0:ip:…}, {@code dns:udp:…}): no coordinate's version follows it.
   */
  private static final ContextWords ADDRESS_KEYS = ContextWords.strict("ip", "ipv4", "host",
      "hostname", "addr", "address", "peer", "client", "server", "remote", "src", "dst", "source",
      "dest", "destination", "udp", "tcp", "dns", "gateway", "proxy", "from", "to");
  /**
   * The levels Python's default log format writes before the logger's name ({@code
   * INFO:werkzeug:203.0.113.5 - - […]}), which is no artifact's coordinate.
   */
  private static final ContextWords LOG_LEVELS = ContextWords.of(
      "debug", "info", "warning", "warn", "error", "critical", "fatal");
  /** The longest part of a coordinate before its version ({@link #isCoordinateVersion}). */
  private static final int MAX_COORDINATE = 96;
  /** Signs before {@code =} that, with it, pin a package version: {@code torch==2.2.1.0}. */
  private static final String VERSION_PIN_SIGNS = "=~><";
  /** The most earlier items read back in a list ({@link #continuesLabelledList}). */
  private static final int MAX_LIST_ITEMS = 8;
  /** The longest name read back for an object identifier's name ({@link #followsOidName}). */
  private static final int MAX_NAME = 64;
  private static final int SECTION_SIGN = 0xA7;
  private static final int NO_BREAK_SPACE = 0xA0;

  private DottedNumberContext() {}

  /**
   * Whether the dotted number in [start, end) is a version, a section number, an object
   * identifier or an amount ({@link DottedAmounts}) by what stands around it.
   */
  static boolean namesNoAddress(Text text, int start, int end) {
    // v1.2.3.4, "version": "2.1.0.3", torch==2.2.1.0, 5.15.146.1-microsoft-standard,
    // 1.2.3.57+dfsg1 (not q=blocked+203.0.113.7+by+admin, where a plus is a space),
    // Current version of schema "public": 2.3.1.0, ojdbc8:jar:19.3.0.0
    return isLabelled(text, start)
        || text.at(end) == '-' && isWordOfLetters(text, end + 1)
        || text.at(end) == '+' && Ascii.isLetter(text.at(end + 1)) && text.at(start - 1) != '+'
        || afterLabelColon(text, start) && followsVersionOfPhrase(text, start)
        || isCoordinateVersion(text, start)
        || isPackageUrlVersion(text, start)
        || followsSectionSign(text, start)
        || isFollowedByParagraph(text, end)
        || followsOidName(text, start)
        || continuesLabelledList(text, start)
        || DottedAmounts.isAmount(text, start, end);
  }

  /**
   * Whether a version or section word leads to the number at {@code start} ({@code v1.2.3.4},
   * {@code "version": "2.1.0.3"}), or a version pin does ({@code torch==2.2.1.0}, {@code
   * foo<=2.1.0.1}); not the command-line flag {@code -v} (verbose: {@code curl -v 203.0.113.5}).
   */
  private static boolean isLabelled(Text text, int start) {
    int word = VERSION.nearestBefore(text, start, 2);
    if (word < 0) {
      word = NumberLabels.labelLeadingTo(VERSION, text, start, VERSION_LABEL_WINDOW);
    }
    return word >= 0 && !isVerboseFlag(text, word)
        || text.at(start - 1) == '=' && VERSION_PIN_SIGNS.indexOf(text.at(start - 2)) >= 0;
  }

  /** Whether the word that ends at {@code wordEnd} is the flag {@code -v} or {@code --v}. */
  private static boolean isVerboseFlag(Text text, int wordEnd) {
    return text.at(wordEnd - 1) == 'v' && text.at(wordEnd - 2) == '-';
  }

  /**
   * Whether the label before the number at {@code start} is a phrase that starts with {@code
   * version of} and runs to its colon within one clause: {@code Current version of schema
   * "public": 2.3.1.0} (Flyway); not {@code TLS version mismatch, peer: 203.0.113.7}.
   */
  private static boolean followsVersionOfPhrase(Text text, int start) {
    for (int i = start - 1, characters = 1; characters < VERSION_PHRASE_WINDOW; i--) {
      int c = text.at(i);
      if (c < 0 || c == ',' || c == ';' || c == '.' || c == '=' || c == '\n') {
        return false;
      }
      characters += text.startsCodePoint(i) ? 1 : 0; // the window in characters
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
   * com.oracle.database.jdbc:ojdbc8:jar:19.3.0.0}, {@code
   * 'com.ibm.mq:com.ibm.mq.allclient:9.3.4.1'}, {@code registry.example.com/app:2.1.0.3}); not
   * a key's colon ({@code ip:203.0.113.7}), the
   * {@code ffff} of an IPv4-mapped IPv6 address ({@code ::ffff:203.0.113.5:54321}), a port
   * ({@code ssh -L 127.0.0.1:8080:10.20.30.40:80}) or a logger's name after a log level ({@code
   * INFO:werkzeug:203.0.113.5}).
   */
  private static boolean isCoordinateVersion(Text text, int start) {
    if (text.at(start - 1) != ':' || ADDRESS_KEYS.containsWordEndingAt(text, start - 1)) {
      return false;
    }
    boolean digits = true;
    for (int i = start - 2; i >= 0 && start - i <= MAX_COORDINATE; i--) {
      int c = text.at(i);
      if (c == ':' || c == '/') {
        boolean mapped = i == start - 6 && text.matchesIgnoreCase(i + 1, "ffff");
        return Ascii.isLetterOrDigit(text.at(i + 1)) && i < start - 2 && !digits && !mapped
            && !(c == ':' && endsLogLevel(text, i));
      }
      if (!Ascii.isWordChar(c) && c != '.' && c != '-') {
        return false;
      }
      digits &= Ascii.isDigit(c);
    }
    return false;
  }

  /**
   * Whether the token that ends at the colon at {@code colon} is a log level in capitals, as
   * Python's {@code logging.basicConfig()} writes it ({@code ERROR:root:10.0.0.5 unreachable}).
   */
  private static boolean endsLogLevel(Text text, int colon) {
    int word = colon;
    while (Ascii.isUpper(text.at(word - 1))) {
      word--;
    }
    int before = text.at(word - 1);
    return word < colon && !Ascii.isLetterOrDigit(before) && before != '_' && before != '.'
        && before != '-' && before != ':' && before != '/'
        && LOG_LEVELS.contains(text, word, colon);
  }

  /**
   * Whether the number at {@code start} is the version of a package URL ({@code
   * pkg:maven/com.google.android/annotations@4.1.1.4?type=jar} in CycloneDX and SPDX SBOMs); not
   * a host after a user ({@code deploy@203.0.113.5}).
   */
  private static boolean isPackageUrlVersion(Text text, int start) {
    if (text.at(start - 1) != '@') {
      return false;
    }
    for (int i = start - 2; i >= 0 && start - i <= MAX_COORDINATE; i--) {
      int c = text.at(i);
      if (c < 0 || c == ' ' || c == '"' || c == '\'' || c == '\n' || c == '\t') {
        return false;
      }
      if (c == ':' && text.matchesIgnoreCase(i - 3, "pkg")
          && !Ascii.isLetterOrDigit(text.at(i - 4))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the section sign stands before the number at {@code start}, right before it or with
   * a space between: {@code §4.5.3.1}, {@code § 3.2.1.4 der AGB}, {@code §§ 1.2.3.4}.
   */
  private static boolean followsSectionSign(Text text, int start) {
    int i = text.codePointStartBefore(start);
    int c = text.codePointAt(i);
    if (c == ' ' || c == NO_BREAK_SPACE) {
      i = text.codePointStartBefore(i);
      c = text.codePointAt(i);
    }
    return c == SECTION_SIGN;
  }

  /**
   * Whether a paragraph follows the number that ends at {@code end}, which makes it a section
   * number: {@code // 27.6.1.1 paragraph 3}, {@code per 17.4.4.4 para. 2}.
   */
  private static boolean isFollowedByParagraph(Text text, int end) {
    return text.at(end) == ' '
        && (text.matchesIgnoreCase(end + 1, "paragraph")
            || text.matchesIgnoreCase(end + 1, "para."));
  }

  /**
   * Whether the number at {@code start} is the value of a name that holds {@code OID} as one of
   * its parts ({@code #define GNUTLS_X509EXT_OID_SAN "2.5.29.17"}, {@code szOID_SUBJECT_ALT_NAME2
   * "2.5.29.17"}), or of one that holds {@code Extension} when the number is a certificate
   * extension's identifier ({@code cert.getExtensionValue("2.5.29.17")}); not {@code ANDROID}.
   */
  private static boolean followsOidName(Text text, int start) {
    int nameEnd = start;
    while (start - nameEnd < 4 && isQuoteOrSpace(text.at(nameEnd - 1))) {
      nameEnd--;
    }
    int nameStart = nameEnd;
    while (nameEnd - nameStart < MAX_NAME && Ascii.isWordChar(text.at(nameStart - 1))) {
      nameStart--;
    }
    return holdsPart(text, nameStart, nameEnd, "oid")
        || text.matches(start, "2.5.29.") && holdsPart(text, nameStart, nameEnd, "extension");
  }

  private static boolean isQuoteOrSpace(int c) {
    return c == '"' || c == '\'' || c == ' ' || c == '(' || c == '=';
  }

  /**
   * Whether the name in [start, end) holds {@code part} between underscores or as a camel-case
   * part: {@code OID_SAN}, {@code szOID_SAN}, {@code sanOid}, {@code getExtensionValue}.
   */
  private static boolean holdsPart(Text text, int start, int end, String part) {
    for (int i = start; i + part.length() <= end; i++) {
      if (!text.matchesIgnoreCase(i, part)) {
        continue;
      }
      int first = text.at(i);
      int previous = text.at(i - 1);
      int after = i + part.length();
      boolean startsPart = i == start || previous == '_'
          || Ascii.isUpper(first) && Ascii.isLower(previous);
      boolean endsPart = after == end || text.at(after) == '_' || Ascii.isDigit(text.at(after))
          || Ascii.isUpper(text.at(after)) && Ascii.isLower(text.at(after - 1));
      if (startsPart && endsPart) {
        return true;
      }
    }
    return false;
  }

  /** The value of the digits at {@code start}, up to the first non-digit (at most four read). */
  private static int firstNumber(Text text, int start) {
    int end = start;
    while (end < start + 4 && Ascii.isDigit(text.at(end))) {
      end++;
    }
    return text.decimalValue(start, end);
  }

  /**
   * Whether the number at {@code start} is a later item of a list whose first item a version or
   * section word leads to: {@code sections 3.1.3.6, 3.2.2.10 and 3.3.2.11}, {@code
   * Version="[1.2.3.4, 2.0.0.0)"}, {@code pywin32>=1.2.3.4,<2.0.0.0}; not a list of addresses
   * ({@code from 10.0.0.1, 10.0.0.2}), nor an item whose first number is neither the one before
   * it nor one more ({@code version 3.1.0.2, 203.0.113.5}, {@code Firmware version 4.1.0.3,
   * 8.8.8.8}; a list of versions that jumps, {@code 11.2.0.4, 19.3.0.0}, reads as addresses).
   */
  private static boolean continuesLabelledList(Text text, int start) {
    int item = start;
    for (int items = 0; items < MAX_LIST_ITEMS; items++) {
      int previousEnd = previousItemEnd(text, item);
      if (previousEnd < 0) {
        return false;
      }
      int previousStart = previousEnd;
      while (Ascii.isDigit(text.at(previousStart - 1)) || text.at(previousStart - 1) == '.') {
        previousStart--;
      }
      if (!Ascii.isDigit(text.at(previousStart)) || Ascii.isWordChar(text.at(previousStart - 1))) {
        return false;
      }
      int step = firstNumber(text, item) - firstNumber(text, previousStart);
      if (step != 0 && step != 1) {
        return false; // version 3.1.0.2, 203.0.113.5: an address after a version
      }
      if (isLabelled(text, previousStart)) {
        return true;
      }
      item = previousStart;
    }
    return false;
  }

  /**
   * Where the item before the list item at {@code item} ends, when a comma, {@code and} or {@code
   * or} joins them (and version pins, {@code ,<2.0.0.0}): after its last digit; else -1.
   */
  private static int previousItemEnd(Text text, int item) {
    int i = item - 1;
    while (VERSION_PIN_SIGNS.indexOf(text.at(i)) >= 0 && item - i <= 2) {
      i--;
    }
    while (text.at(i) == ' ') {
      i--;
    }
    if (text.at(i) == ',') {
      i--;
    } else if (text.matches(i - 3, " and")) {
      i -= 4;
    } else if (text.matches(i - 2, " or")) {
      i -= 3;
    } else {
      return -1;
    }
    while (text.at(i) == ' ' || text.at(i) == ',') {
      i--;
    }
    return Ascii.isDigit(text.at(i)) ? i + 1 : -1;
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
}
