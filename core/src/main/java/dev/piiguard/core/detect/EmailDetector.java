package dev.piiguard.core.detect;

/**
 * Finds e-mail addresses around an {@code @}: a local part of the usual unquoted characters and a
 * domain of at least two labels whose last label (the top-level domain) is alphabetic.
 *
 * <p>Image names such as {@code logo@2x.png} are not addresses: a first label like {@code 2x} or a
 * file extension as top-level domain rules them out.
 */
final class EmailDetector {
  static final String TYPE = "EMAIL";
  /** How an {@code @} is written encoded: in a URL, as HTML character references. */
  private static final String[] ENCODED_ATS = {"%40", "&#64;", "&#064;", "&#x40;", "&#X40;"};
  /** Each of {@link #ENCODED_ATS} without its first unit, the {@code &} JSON may escape. */
  private static final String[] ENCODED_AT_ENDS = {"40", "#64;", "#064;", "#x40;", "#X40;"};
  private static final String ENCODED_SCHEME_END = "%3a%2f%2f";
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  private static final int MAX_LABEL = 63;
  /** The longest top-level domain that a dash and a suffix may follow: {@code travel-E}. */
  private static final int MAX_SUFFIXED_TOP_LEVEL = 6;
  private static final String[] NOT_TOP_LEVEL_DOMAINS = {
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "avif", "heic", "pdf",
    // file extensions that no top-level domain is: data@v2.json, backup@2024-01-01.tar.gz
    "js", "mjs", "cjs", "jsx", "tsx", "json", "css", "scss", "map", "gz", "tgz", "bz2", "xz",
    "tar", "txt", "csv", "tsv", "xml", "yml", "yaml", "log", "html", "htm", "jar", "war", "java",
    "kt", "bak", "tmp", "lock", "toml", "ini", "cfg", "conf", "sql", "parquet", "vue", "svelte",
    // packages and lists: app@debug-unaligned.apk, zip -x@exclude.lst (not .zip or .mov, which
    // are top-level domains)
    "apk", "aab", "ipa", "exe", "dll", "msi", "deb", "rpm", "dmg", "iso", "lst",
    // the host name of a machine, not of mail: root@localhost.localdomain (not .local, which
    // Active Directory domains use: jane.doe@contoso.local)
    "localdomain",
    // systemd unit types: getty@tty1.service, openvpn@server.service
    "service", "socket", "timer", "target", "mount", "automount", "slice", "scope", "swap"
  };

  private EmailDetector() {}

  /**
   * Looks for an address around the {@code @} at {@code at}; returns its end and sets the
   * context's match start, or returns -1.
   */
  static int find(ScanContext context, int at) {
    return find(context, at, at + 1);
  }

  /**
   * Looks for an address whose {@code @} is written encoded ({@code jane%40example.com} in a
   * URL, {@code jane&#64;example.com} in HTML) with the digit at {@code digit} in it: the
   * {@code 4} of {@code %40} or {@code &#x40;}, the {@code 6} of {@code &#64;}.
   */
  static int findEncoded(ScanContext context, int digit) {
    Text text = context.text;
    for (int k = 0; k < ENCODED_ATS.length; k++) {
      String encoded = ENCODED_ATS[k];
      int offset = encoded.indexOf(text.at(digit));
      int start = digit - offset;
      if (offset < 0) {
        continue;
      }
      if (text.matches(start, encoded)) {
        return find(context, start, start + encoded.length());
      }
      int escapedAmpersand = encoded.charAt(0) == '&'
          ? escapedAmpersandBefore(text, start + 1, ENCODED_AT_ENDS[k]) : -1;
      if (escapedAmpersand >= 0) {
        return find(context, escapedAmpersand, start + encoded.length());
      }
    }
    return -1;
  }

  /**
   * Where the JSON escape of the {@code &} of a character reference starts, when the rest of the
   * reference, {@code end} ({@code #64;}), is at {@code rest}: HTML in JSON as Gson writes it,
   * {@code jane.doe\\u0026#64;example.com}; -1 otherwise.
   */
  private static int escapedAmpersandBefore(Text text, int rest, String end) {
    if (!text.matches(rest, end)) {
      return -1;
    }
    int escape = text.unicodeEscapeStartEndingAt(rest - 1);
    return escape >= 0 && text.unicodeEscapeAt(escape) == '&' ? escape : -1;
  }

  /**
   * Looks for an address whose {@code @} is the JSON escape {@code \\u0040} from {@code
   * escape} to {@code escapeEnd} (a serializer that escapes it, or JSON in a JSON string).
   */
  static int findEscaped(ScanContext context, int escape, int escapeEnd) {
    return find(context, escape, escapeEnd);
  }

  /** Looks for an address whose {@code @} spans {@code [at, domainStart)}. */
  private static int find(ScanContext context, int at, int domainStart) {
    Text text = context.text;
    int localStart = at;
    int characters = 0; // code points, so that an accented letter counts once in UTF-8 too
    boolean percentEncoded = text.at(at) == '%';
    while (characters < MAX_LOCAL) {
      int escaped = EscapedLocalCharacters.startEndingAt(text, localStart - 1);
      if (escaped >= 0 && at - escaped <= ScanEngine.LOOKBEHIND) {
        localStart = escaped; // \u00e9lodie@… as Python's json.dumps writes é, o\u0027brien@…
        characters++;
        continue;
      }
      if (!isLocalUnit(text, localStart - 1) || text.endsEscape(localStart - 1)
          || percentEncoded && text.at(localStart - 1) == '+'
              && isFormValueSpace(text, localStart - 1)
          || at - (localStart - 1) > ScanEngine.LOOKBEHIND) {
        break; // the scan releases findings this far behind: an address may not reach past them
      }
      localStart--;
      if (text.startsCodePoint(localStart)) {
        characters++;
      }
      int decoded = text.percentEncodedAt(localStart);
      if (decoded == '@' && domainStart - at == 1) {
        return -1; // the host after a user that is an address: imaps://jane%40example.com@imap…
      }
      if (decoded >= 0 && !isLocalChar(decoded)
          && !EscapedLocalCharacters.inPercentEncodedLetter(text, localStart)) {
        localStart += 3; // an encoded delimiter ends the local part: %3Fuser%3Djane%40…
        break;
      }
    }
    localStart = Math.max(localStart, afterLastEllipsis(text, localStart, at));
    while (localStart < at && !startsLetterOrDigit(text, localStart)) {
      int signEnd = EscapedLocalCharacters.signEnd(text, localStart);
      localStart = signEnd > 0 && signEnd <= at ? signEnd : localStart + 1;
    }
    boolean encodedAt = domainStart - at > 1;
    boolean uriUser = startsUriUserInfo(text, localStart);
    if (localStart == at || text.at(at - 1) == '.'
        || text.at(at - 1) == '-' && Ascii.isUpper(text.at(domainStart)) // Razor: col-@Model.Width
        || hasDoubleDot(text, localStart, at) || uriUser && !encodedAt
        || text.matchesIgnoreCase(localStart - ENCODED_SCHEME_END.length(), ENCODED_SCHEME_END)
        || isServiceAccount(text, localStart, at)
        || isCode(text, localStart, at, domainStart)) {
      return -1; // the user of a URI: redis://default@cache.example.com, also percent-encoded;
      // not a user that is an address itself: smtp://jane%40example.com:…@smtp…
    }
    int domainEnd = domainEnd(text, domainStart, text.at(localStart - 1) == '_', uriUser);
    if (domainEnd < 0) {
      domainEnd = CutAddresses.end(text, localStart, at, domainStart);
    }
    if (domainEnd < 0 || MessageIds.isMessageId(text, localStart)
        || KerberosPrincipals.isServicePrincipal(text, localStart, at, domainStart, domainEnd)) {
      return -1;
    }
    context.matchStart = localStart;
    return domainEnd;
  }

  /**
   * Whether the {@code +} at {@code plus}, before an address written with {@code %40}, is a space
   * of a form's or a query's value, which writes a plus as {@code %2B}: the words joined by plus
   * signs up to it follow an {@code =} ({@code prompt=Refund+card+4111…+to+jane%40example.com});
   * not in a path or a {@code mailto:} ({@code /users/jane+shop%40example.com}).
   */
  private static boolean isFormValueSpace(Text text, int plus) {
    int i = plus;
    while (plus - i < ScanEngine.LOOKBEHIND && (text.at(i - 1) == '+' || isLocalUnit(text, i - 1))
        && text.at(i - 1) != '=') {
      i--;
    }
    return text.at(i - 1) == '=';
  }

  /**
   * Whether the local part at {@code localStart} is the user or the password of a URI: {@code
   * redis://default@cache…}, {@code https://x-access-token:ghs_…@github.com/…} (a token, which the
   * secret detector reports); not {@code mailto:jane@example.com}.
   */
  private static boolean startsUriUserInfo(Text text, int localStart) {
    if (text.matches(localStart - 3, "://")) {
      return true;
    }
    if (text.at(localStart - 1) != ':') {
      return false;
    }
    int i = localStart - 2;
    for (int characters = 0; characters < MAX_LOCAL && isLocalUnit(text, i); i--) {
      characters += text.startsCodePoint(i) ? 1 : 0; // the user's length in characters
    }
    return text.matches(i - 2, "://");
  }

  /**
   * Whether the local part from {@code start} to {@code at} is {@code git}, the shared SSH
   * account of Git hosts ({@code git@github.com}, {@code ssh -T git@gitlab.com}), which names no
   * one.
   */
  private static boolean isServiceAccount(Text text, int start, int at) {
    return at - start == 3 && text.matchesIgnoreCase(start, "git");
  }

  /**
   * Whether the local part from {@code start} to {@code at} and the domain after it are code: a
   * Kotlin label ({@code this@MainActivity.getString}, {@code super@Outer.toString}) or the
   * identity hash of seven or eight hex digits Java prints after a class name in camel case
   * ({@code KafkaConsumer@4c3e4790.poll}; not {@code Support@cafe24.com}).
   */
  private static boolean isCode(Text text, int start, int at, int domainStart) {
    if (at - start == 4 && text.matches(start, "this")
        || at - start == 5 && text.matches(start, "super")) {
      return true;
    }
    int i = domainStart;
    boolean digit = false;
    while (i - domainStart <= 8 && Ascii.isHexDigit(text.at(i))) {
      digit |= Ascii.isDigit(text.at(i));
      i++;
    }
    return digit && text.at(i) == '.' && i - domainStart >= 7 && i - domainStart <= 8
        && Ascii.isUpper(text.at(start)) && text.allMatch(start, at, Ascii::isLetterOrDigit)
        && hasInnerCapital(text, start + 1, at);
  }

  private static boolean hasInnerCapital(Text text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Ascii.isUpper(text.at(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of the domain at {@code domainStart}, or -1; {@code underscored} when underscores
   * open the address, as markdown and chat apps write emphasis ({@code _jane@example.com_}), so
   * that underscores may close it; {@code uriUser} when the address is the user of a URI, which
   * its password or host may follow ({@code smtp://jane%40example.com:…@smtp.example.com}).
   */
  private static int domainEnd(Text text, int domainStart, boolean underscored,
      boolean uriUser) {
    int i = domainStart;
    int labels = 0;
    int lastLabelStart = domainStart;
    boolean lastLabelAlphabetic = true;
    int numericLabels = 0;
    while (true) {
      int labelStart = i;
      boolean alphabetic = true;
      boolean dash = false; // a dash counts against an alphabetic label once a unit follows it
      while (true) {
        int escapedLetterEnd = escapedLetterEnd(text, i);
        if (escapedLetterEnd > 0) {
          i = escapedLetterEnd; // m\u00fcller-shop.de, as Python's json.dumps writes ü
          alphabetic &= !dash;
        } else if (isLabelUnit(text, i)) {
          dash |= text.at(i) == '-';
          alphabetic &= text.at(i) == '-'
              || !dash && (text.foldedLetter(i) >= 0 || text.inNonAsciiLetter(i));
          i++;
        } else {
          break;
        }
      }
      if (i > labelStart + 1 && text.at(i - 1) == '-' && text.at(i) != '.') {
        while (text.at(i - 1) == '-') {
          i--; // <!--jane@example.com-->: the dashes end the address
        }
      }
      int length = text.codePointCount(labelStart, i);
      if (isNumeric(text, labelStart, i)) {
        numericLabels++;
      }
      if (length == 0 || length > MAX_LABEL || text.at(labelStart) == '-'
          || text.at(i - 1) == '-' || text.codePointCount(domainStart, i) > MAX_DOMAIN) {
        return -1;
      }
      labels++;
      lastLabelStart = labelStart;
      lastLabelAlphabetic = alphabetic;
      if (text.at(i) == '.' && (isLabelUnit(text, i + 1) || escapedLetterEnd(text, i + 1) > 0)) {
        i++;
        continue;
      }
      break;
    }
    int end = i;
    if (text.at(end) == ':' && !uriUser && isRemotePath(text, end + 1)) {
      return -1; // a remote such as deploy@example.com:org/repo.git, ops@backup.example:~/dumps
    }
    int suffix = dashedSuffixStart(text, lastLabelStart, end);
    if (labels >= 2 && suffix > 0) {
      end = suffix; // jane@example.com-1730542530, ops@acme.io-prod: a key or a log's suffix
      lastLabelAlphabetic = true;
    }
    boolean closed = underscored && closesEmphasis(text, end);
    if (labels < 2 || numericLabels > 1 || Ascii.isWordChar(text.at(end)) && !closed
        || text.at(end) == '@' && !uriUser) { // imaps://jane%40example.com@imap.example.com
      return -1; // two numeric labels are a version: netty-all@4.1.100.Final (jane@163.com is one)
    }
    boolean extended = labels > 2;
    while (labels > 2 && isNoTopLevelDomain(text, lastLabelStart, end)) {
      // a file named after an address: jane@example.com.html, jane@example.com.tar.gz
      end = lastLabelStart - 1;
      lastLabelStart = labelStartBefore(text, domainStart, end);
      lastLabelAlphabetic = text.allMatch(lastLabelStart, end, Ascii::isLetter);
      labels--;
    }
    int topLevelLength = text.codePointCount(lastLabelStart, end);
    boolean punycode = text.matchesIgnoreCase(lastLabelStart, "xn--"); // .xn--p1ai is .рф
    if (!lastLabelAlphabetic && !punycode || topLevelLength < 2 || topLevelLength > 24) {
      return -1;
    }
    if (isNoTopLevelDomain(text, lastLabelStart, end)
        || extended && isImageScale(text, domainStart)) {
      return -1;
    }
    return end;
  }

  /** Where the label that ends at the dot or end {@code end} starts, not before {@code from}. */
  private static int labelStartBefore(Text text, int from, int end) {
    int i = end;
    while (i > from && text.at(i - 1) != '.') {
      i--;
    }
    return i;
  }

  /**
   * Whether a path starts at {@code i}, after the colon of an scp or Git remote ({@code
   * org/repo.git}, {@code /srv/backups}, {@code ~/dumps}): a slash or tilde, or a name and a
   * slash; not a password or a folder name after an address ({@code jane@gmail.com:Passw0rd},
   * {@code jane@example.com:INBOX}).
   */
  private static boolean isRemotePath(Text text, int i) {
    int c = text.at(i);
    if (c == '/' || c == '~') {
      return true;
    }
    if (!Ascii.isLetter(c)) {
      return false; // jane@example.com:10/2024
    }
    int k = i;
    while (k - i < MAX_LABEL && (Ascii.isLetterOrDigit(text.at(k)) || text.at(k) == '.'
        || text.at(k) == '_' || text.at(k) == '-')) {
      k++;
    }
    return text.at(k) == '/';
  }

  /**
   * Where a dash glues something to a top-level domain in the last label from {@code start} to
   * {@code end} ({@code com-E}, {@code io-prod}, {@code com-1730542530}): the dash's index when
   * two to six letters come before it, else -1. No top-level domain has a dash but the
   * internationalized ones ({@code xn--p1ai}), which are left whole.
   */
  private static int dashedSuffixStart(Text text, int start, int end) {
    int i = start;
    while (i < end && Ascii.isLetter(text.at(i))) {
      i++;
    }
    return i < end && text.at(i) == '-' && i - start >= 2 && i - start <= MAX_SUFFIXED_TOP_LEVEL
        && !text.matches(start, "xn--") ? i : -1;
  }

  /**
   * The characters addresses are written with: letters, digits, {@code . _ % + - '} (as in {@code
   * o'brien@}). The rarer ones RFC 5322 also allows ({@code = ? / { } | ! # $ & * ^ ` ~}) are what
   * keys, queries and object dumps put before an address: {@code email=jane@…}, {@code
   * ?email=jane@…}, {@code Customer{email='jane@…'}}.
   */
  static boolean isLocalChar(int c) {
    return Ascii.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
        || c == '\'';
  }

  private static boolean isNumeric(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ascii.isDigit(text.at(i))) {
        return false;
      }
    }
    return end > start;
  }

  /**
   * Whether a letter or digit starts at {@code i}, also written as an escape ({@code \\u00e9},
   * {@code %C3%A9}): where a local part starts, after the quotes and keys its walk took in.
   */
  private static boolean startsLetterOrDigit(Text text, int i) {
    return Ascii.isDigit(text.at(i)) || text.foldedLetter(i) >= 0 || text.inNonAsciiLetter(i)
        || Character.isLetterOrDigit(text.unicodeEscapeAt(i))
        || text.at(i) == '%' && EscapedLocalCharacters.inPercentEncodedLetter(text, i);
  }

  /**
   * The end of the JSON escape of a letter that starts at {@code i}, or -1; not of a letter of a
   * script written without spaces, whose text runs right up to an address ({@code
   * jane@example.com\u307e\u3067}, as Python's json.dumps writes {@code までご連絡ください}).
   */
  private static int escapedLetterEnd(Text text, int i) {
    int letter = text.unicodeEscapeAt(i);
    return text.at(i) == '\\' && Character.isLetter(letter) && !Text.writtenWithoutSpaces(letter)
        ? text.escapeEnd(i) : -1;
  }

  /**
   * Whether the unit at {@code i} may be in a local part: a character of {@link #isLocalChar} or
   * (part of) a letter beyond ASCII, as in {@code élodie.lefèvre@…}, {@code jiří.dvořák@…}, {@code
   * пользователь@…}, which would otherwise be left out of the address and be printed next to its
   * placeholder.
   */
  private static boolean isLocalUnit(Text text, int i) {
    int c = text.at(i);
    return c < 0x80 ? isLocalChar(c) : text.inNonAsciiLetter(i);
  }

  /** Whether one or two underscores at {@code i} end a word: {@code _jane@example.com_ not}. */
  private static boolean closesEmphasis(Text text, int i) {
    int after = text.at(i + 1) == '_' ? i + 2 : i + 1;
    return text.at(i) == '_' && !Ascii.isWordChar(text.at(after));
  }

  /**
   * Whether the unit at {@code i} may be in a domain label: {@code müller-shop.de}, {@code
   * dvořák.cz}, {@code пример.рф} too.
   */
  private static boolean isLabelUnit(Text text, int i) {
    int c = text.at(i);
    return c < 0x80 ? Ascii.isLetterOrDigit(c) || c == '-' : text.inNonAsciiLetter(i);
  }

  /**
   * The index after the last run of three or more dots in {@code [from, to)}, or -1: an ellipsis
   * ends a sentence, as in {@code "so on...jane@example.com"}, where two dots inside a local part
   * make it no address.
   */
  private static int afterLastEllipsis(Text text, int from, int to) {
    for (int i = to - 1; i >= from + 2; i--) {
      if (text.at(i) == '.' && text.at(i - 1) == '.' && text.at(i - 2) == '.') {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean hasDoubleDot(Text text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (text.at(i) == '.' && text.at(i - 1) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isNoTopLevelDomain(Text text, int start, int end) {
    for (String extension : NOT_TOP_LEVEL_DOMAINS) {
      if (extension.length() == end - start && text.matchesIgnoreCase(start, extension)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the domain starts with a resolution suffix like {@code 2x.} as in {@code
   * icon@2x.retina.webp}; with two labels it may be a real domain ({@code jane@2x.com}).
   */
  private static boolean isImageScale(Text text, int domainStart) {
    int i = domainStart;
    while (Ascii.isDigit(text.at(i))) {
      i++;
    }
    return i > domainStart && Ascii.toLower(text.at(i)) == 'x' && text.at(i + 1) == '.';
  }
}
