package dev.piiguard.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds API keys and tokens by their documented formats ({@link SecretFormat}).
 *
 * <p>Each format is anchored on its prefix's first digit, which stops the loop anyway (a
 * character after a digit may be stepped over with an ordinary number), else on the rarest
 * character after the first (the {@code _} of {@code ghp_}, the {@code K} of {@code AKIA}, the
 * {@code J} of {@code eyJ}) that does not make a pair frequent in chat traffic with the character
 * before it; the scan loop stops on an anchor only when the character before it
 * is the one the prefix has there (the {@code p} of {@code ghp_}), or on every occurrence of an
 * anchor that starts its prefix, and the prefix and body are then checked around it.
 */
final class SecretDetector {
  static final String TYPE = "SECRET";
  /** ASCII characters from rarest to most common in prose, JSON and code; picks the anchor. */
  private static final String RARITY = "`^|~\\{}<>$#*=+!;%?QZXJKVqjzxUYGFBPHMNDLCROWE_&[]/-"
      + "TSAIkvbygpwf.,'\"mucdlhrsnioate ";

  /**
   * Pairs of characters that are frequent in the traffic PII Guard scans although the second is
   * rare enough to be picked as an anchor: the {@code t-} of every OpenAI model name
   * ({@code gpt-4o}), the {@code lp} of "help" and the {@code ld} of "would" in support chats. A
   * prefix is anchored elsewhere when it can be ({@code glpat-} on the {@code l} after
   * {@code g}).
   */
  private static final Set<String> FREQUENT_PAIRS = Set.of("t-", "lp", "ld");

  /** How many spaces may stand between a password's name and its sign. */
  private static final int MAX_ASSIGNMENT_GAP = 8;
  /**
   * The shortest encrypted key (none for direct encryption; AES key wrap of a 128-bit key gives
   * 24 bytes, 32 characters), initialization vector (96 bits) and tag (128 bits) of a JWE, in
   * base64url.
   */
  private static final int MIN_JWE_KEY = 32;
  private static final int MIN_JWE_IV = 16;
  private static final int MIN_JWE_TAG = 22;
  /**
   * The no-break space French puts before a colon; as a char and as the last byte of its UTF-8
   * form it is the same unit in the trigger table.
   */
  private static final int NO_BREAK_SPACE = 0xA0;

  private final Anchor[][] anchorsByChar = new Anchor[128][];

  /**
   * A format anchored on its prefix's character at {@code offset}; for a {@link
   * SecretFormat.Kind#PASSWORD} format {@code name} is the prefix's name in lower case, matched in
   * any case, and {@code sign} the rest, else both are null.
   */
  private record Anchor(SecretFormat format, int offset, boolean[] alphabet, String name,
      String sign) {}

  SecretDetector(List<SecretFormat> formats) {
    List<List<Anchor>> byChar = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      byChar.add(new ArrayList<>());
    }
    for (SecretFormat format : formats) {
      boolean password = format.kind().isPassword();
      int offset = password
          ? SecretFormat.passwordAnchor(format.prefix()) : anchorOffset(format.prefix());
      byChar.get(format.prefix().charAt(offset)).add(
          new Anchor(format, offset, SecretFormat.alphabetTable(format.alphabet()),
              password ? format.prefix().substring(0, offset).toLowerCase(Locale.ROOT) : null,
              password ? format.prefix().substring(offset) : null));
    }
    for (int c = 0; c < 128; c++) {
      if (!byChar.get(c).isEmpty()) {
        anchorsByChar[c] = byChar.get(c).toArray(new Anchor[0]);
      }
    }
  }

  /** The characters this detector needs the scan loop to stop on. */
  boolean[] anchorChars() {
    boolean[] chars = new boolean[128];
    for (int c = 0; c < 128; c++) {
      chars[c] = anchorsByChar[c] != null;
    }
    return chars;
  }

  /**
   * Per anchor character, a 256-bit set (four longs at {@code anchor * 4}) of the units that may
   * come right before it: the prefix's character there, or every unit, the ones at or above
   * {@code 0x80} too, for an anchor that starts a prefix.
   */
  long[] previousMasks() {
    long[] masks = new long[512];
    for (int c = 0; c < 128; c++) {
      if (anchorsByChar[c] == null) {
        continue;
      }
      for (Anchor anchor : anchorsByChar[c]) {
        if (anchor.offset == 0) {
          Arrays.fill(masks, c * 4, c * 4 + 4, -1L);
        } else {
          int previous = anchor.format.prefix().charAt(anchor.offset - 1);
          masks[c * 4 + (previous >>> 6)] |= 1L << (previous & 63);
          if (anchor.name != null && Ascii.isLetter(previous)) { // either case; password = …
            int other = Ascii.isLower(previous) ? previous - 32 : previous + 32;
            masks[c * 4 + (other >>> 6)] |= 1L << (other & 63);
            if (anchor.sign.equals("=")) { // password = …, 'password' => …, ['password'] = …
              masks[c * 4] |= 1L << ' ' | 1L << '\'' | 1L << '"';
              masks[c * 4 + 1] |= 1L << (']' & 63);
            } else if (anchor.sign.equals(":")) { // password : …, Mot de passe\u00a0: …
              masks[c * 4] |= 1L << ' ';
              masks[c * 4 + (NO_BREAK_SPACE >>> 6)] |= 1L << (NO_BREAK_SPACE & 63);
            }
          }
        }
      }
    }
    return masks;
  }

  private static int anchorOffset(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (Ascii.isDigit(prefix.charAt(i))) {
        return i;
      }
    }
    if (prefix.length() == 1) {
      return 0;
    }
    int best = -1;
    for (int i = 1; i < prefix.length(); i++) {
      boolean frequent = FREQUENT_PAIRS.contains(prefix.substring(i - 1, i + 1));
      if (!frequent && (best < 0 || rarity(prefix.charAt(i)) < rarity(prefix.charAt(best)))) {
        best = i;
      }
    }
    return best < 0 ? 1 : best;
  }

  /** The rank of {@code c} in {@link #RARITY}; characters not listed ({@code @}, {@code :}) last. */
  private static int rarity(char c) {
    int rank = RARITY.indexOf(c);
    return rank < 0 ? RARITY.length() : rank;
  }

  /**
   * Looks for a secret anchored at {@code anchor}; returns the end of the longest one and sets
   * the context's match start, or returns -1.
   */
  int find(ScanContext context, int anchor) {
    Text text = context.text;
    Anchor[] anchors = anchorsByChar[text.at(anchor)];
    int bestEnd = -1;
    int bestStart = -1;
    for (Anchor candidate : anchors) {
      int start = anchor - candidate.offset;
      String prefix = candidate.format.prefix();
      if (candidate.name != null) {
        start = passwordNameStart(text, anchor, candidate);
        if (start < 0) {
          continue;
        }
      } else if (!text.matches(start, prefix) || !isSecretStart(text, start, candidate.format)) {
        continue;
      }
      int prefixEnd = anchor + prefix.length() - candidate.offset;
      int end;
      switch (candidate.format.kind()) {
        case ASSIGNED -> {
          end = assignedValueEnd(context, candidate, prefixEnd);
          start = context.matchStart;
        }
        case AUTHORIZATION -> {
          int valueStart = AuthorizationCredential.valueStart(text, prefixEnd);
          start = AuthorizationCredential.start(text, valueStart);
          end = start < 0 ? -1 : bodyEnd(text, start, candidate);
          if (end > 0 && !AuthorizationCredential.isCredential(text, valueStart, start, end,
              context.scratch)) {
            end = -1;
          }
        }
        case USER_PASSWORD -> {
          start = CommandLineCredential.passwordStart(text, prefixEnd);
          end = passwordEnd(text, candidate, start, false, false);
        }
        case PRIVATE_KEY -> end = PrivateKeyBlock.end(text, prefixEnd, candidate.alphabet,
            candidate.format.minLength(), candidate.format.maxLength());
        case BASE64_PRIVATE_KEY -> {
          end = bodyEnd(text, prefixEnd, candidate);
          if (end > 0 && !PrivateKeyBlock.isBase64OfOne(text, start, end, context.scratch)) {
            end = -1;
          }
        }
        case PASSWORD, PASSWORD_WORD -> {
          int nameStart = start;
          int sign = prefixEnd - 1;
          if (text.at(sign) == '>' || XmlElementPassword.isAttributeElement(text, sign, sign + 2)) {
            start = XmlElementPassword.valueStart(text, nameStart, sign);
            end = start < 0 ? -1 : XmlElementPassword.valueEnd(text, start, sign,
                candidate.format.maxLength());
            end = isPassword(text, candidate, start, end, false, false) ? end : -1;
            break;
          }
          start = NamedPassword.valueStart(text, sign);
          if (start >= 0 && NamedPassword.closesLabel(text, nameStart, sign, start)) {
            start = -1; // {label:"Passwort:",hint:"…"}: the quote after the colon closes a label
          }
          end = passwordEnd(text, candidate, start, text.at(sign) == ':',
              text.at(anchor - 1) == ' ');
        }
        default -> {
          end = bodyEnd(text, prefixEnd, candidate);
          if (end > 0 && prefix.endsWith(".") && !text.anyMatch(prefixEnd, end, Ascii::isDigit)) {
            end = -1; // AQ.enqueueMessage(…): a member of a class named like a dotted prefix
          }
        }
      }
      if (end > 0 && end - start > bestEnd - bestStart) {
        bestStart = start;
        bestEnd = end;
      }
    }
    if (bestEnd > 0) {
      context.matchStart = bestStart;
    }
    return bestEnd;
  }

  /**
   * The end of the value assigned to the name that ends at {@code nameEnd} ({@link
   * AssignedValue}): after a sign, as a name/value pair's value, or as a command's next argument
   * that is no hex digest; it must look like a key. Sets the context's match start to its start.
   */
  private static int assignedValueEnd(ScanContext context, Anchor candidate, int nameEnd) {
    Text text = context.text;
    int start = AssignedValue.afterSign(text, nameEnd);
    int end = start < 0 ? -1 : bodyEnd(text, start, candidate);
    if (end < 0) { // - name: AWS_SECRET_ACCESS_KEY\n  value: …
      start = AssignedValue.afterPairName(text, nameEnd);
      end = start < 0 ? -1 : bodyEnd(text, start, candidate);
    }
    if (end < 0) { // setx AWS_SECRET_ACCESS_KEY …, not git log --grep secret_key aaf4c61…
      start = AssignedValue.afterArgument(text, nameEnd);
      end = start < 0 ? -1 : bodyEnd(text, start, candidate);
      end = end > 0 && AssignedValue.isHexDigest(text, start, end) ? -1 : end;
    }
    context.matchStart = start;
    return end > 0 && AssignedValue.isKeyLike(text, start, end) ? end : -1;
  }

  /**
   * The end of the password value of {@code candidate}'s format that starts at {@code start}, or
   * -1 when there is none there (also when {@code start} is -1).
   */
  private static int passwordEnd(Text text, Anchor candidate, int start, boolean afterColon,
      boolean spacedAssignment) {
    int end = start < 0 ? -1 : NamedPassword.valueEnd(text, start,
        NamedPassword.quoteOf(text, start), candidate.alphabet, candidate.format.minLength(),
        candidate.format.maxLength());
    return isPassword(text, candidate, start, end, afterColon, spacedAssignment) ? end : -1;
  }

  /**
   * Whether the value from {@code start} to {@code end} (-1 when there is none) is a password
   * as long as {@code candidate}'s format asks ({@link PasswordValue#isPassword}).
   */
  private static boolean isPassword(Text text, Anchor candidate, int start, int end,
      boolean afterColon, boolean spacedAssignment) {
    return end >= 0 && text.decodedLength(start, end) >= candidate.format.minLength()
        && PasswordValue.isPassword(text, start, end, afterColon, spacedAssignment);
  }

  /**
   * Looks for a password whose name ends right before the JSON escape of an {@code =} from
   * {@code escapeStart} to {@code escapeEnd} ({@code password\\u003d…}, as Gson writes a
   * string that holds {@code password=…}, a JDBC URL's {@code ?password=…} too); returns the
   * end of the longest value and sets the context's match start, or returns -1.
   */
  int findAfterEscapedEquals(ScanContext context, int escapeStart, int escapeEnd) {
    Text text = context.text;
    Anchor[] anchors = anchorsByChar['='];
    int bestEnd = -1;
    int bestStart = -1;
    for (int k = 0; anchors != null && k < anchors.length; k++) {
      Anchor candidate = anchors[k];
      if (candidate.name == null
          || !isNameAt(text, escapeStart - candidate.name.length(), candidate)) {
        continue;
      }
      int start = NamedPassword.valueStart(text, escapeEnd - 1);
      int end = passwordEnd(text, candidate, start, false, false);
      if (end > 0 && end - start > bestEnd - bestStart) {
        bestStart = start;
        bestEnd = end;
      }
    }
    if (bestEnd > 0) {
      context.matchStart = bestStart;
    }
    return bestEnd;
  }

  /**
   * Where the name of a password format whose sign is at {@code anchor} starts, or -1 when the
   * name and sign are not there. Spaces may stand before an {@code =} or a colon ({@code password
   * = …}, {@code Password : …}); before an {@code =} the name may also be a quoted key, of an
   * array too ({@code 'password' => …}, {@code $config['password'] = …}, {@code $a[ 'password' ]
   * = …}).
   */
  private static int passwordNameStart(Text text, int anchor, Anchor candidate) {
    if (!text.matches(anchor, candidate.sign)) {
      return -1;
    }
    boolean equals = candidate.sign.equals("=");
    boolean colon = candidate.sign.equals(":");
    int nameEnd = anchor;
    int gap = 0; // in characters: a no-break space is two bytes in UTF-8
    for (; (equals || colon) && gap < MAX_ASSIGNMENT_GAP; gap++) {
      if (text.at(nameEnd - 1) == ' ') {
        nameEnd--;
      } else if (colon && text.at(nameEnd - 1) == NO_BREAK_SPACE
          && text.codePointAt(text.codePointStartBefore(nameEnd)) == NO_BREAK_SPACE) {
        nameEnd = text.codePointStartBefore(nameEnd); // French typography: Mot de passe\u00a0: …
      } else {
        break;
      }
    }
    if (equals && text.at(nameEnd - 1) == ']') { // params[:password] = …, $a[ 'password' ] = …
      nameEnd--;
      for (gap++; gap < MAX_ASSIGNMENT_GAP && text.at(nameEnd - 1) == ' '; gap++) {
        nameEnd--;
      }
    }
    if (equals) {
      nameEnd -= isQuote(text.at(nameEnd - 1)) ? 1 : 0;
    }
    int start = nameEnd - candidate.offset;
    return isNameAt(text, start, candidate) ? start : -1;
  }

  /**
   * Whether the name of the password format {@code candidate} starts at {@code start}, in any
   * case; the name of a {@link SecretFormat.Kind#PASSWORD_WORD} format only at a word's start
   * ({@code Impasse:} and {@code resenha:} are none, {@code mot de passe :} and {@code
   * mot_de_passe=} are).
   */
  private static boolean isNameAt(Text text, int start, Anchor candidate) {
    return text.matchesIgnoreCase(start, candidate.name)
        && !(candidate.format.kind() == SecretFormat.Kind.PASSWORD_WORD
          && Ascii.isLetter(text.at(start - 1)));
  }

  private static boolean isQuote(int c) {
    return c == '\'' || c == '"';
  }

  /**
   * The end of a body of {@code anchor}'s format that starts at {@code bodyStart}, or -1. Full
   * stops at its end are left out, also when they are all that makes it longer than its format
   * allows; the body must end at a character that is not a letter, digit or {@code _}.
   */
  private static int bodyEnd(Text text, int bodyStart, Anchor anchor) {
    SecretFormat format = anchor.format;
    boolean[] alphabet = anchor.alphabet;
    int limit = (int) Math.min(Integer.MAX_VALUE - 1, (long) bodyStart + format.maxLength());
    int runEnd = bodyStart;
    while (runEnd <= limit && isIn(alphabet, text.at(runEnd))) {
      runEnd++;
    }
    int end = runEnd;
    while (end > bodyStart && text.at(end - 1) == '.') {
      end--;
    }
    if (end < runEnd) {
      while (text.at(runEnd) == '.') {
        runEnd++;
      }
    }
    int next = text.at(runEnd);
    if (end - bodyStart < format.minLength() || end > limit || isIn(alphabet, next)
        || Ascii.isWordChar(next)) {
      return -1;
    }
    int i = end;
    if (format.jwt() && !isJwt(text, bodyStart - format.prefix().length(), i)) {
      return isUnsecuredJwt(text, bodyStart - format.prefix().length(), i) ? i + 1 : -1;
    }
    return i;
  }

  /**
   * Whether {@code start} to {@code end} and the dot at {@code end} are an unsecured JWT (RFC 7519,
   * section 6): a header and a payload, each starting with {@code eyJ}, and an empty signature.
   */
  private static boolean isUnsecuredJwt(Text text, int start, int end) {
    if (text.at(end) != '.') {
      return false;
    }
    int dot = start;
    while (dot < end && text.at(dot) != '.') {
      dot++;
    }
    for (int i = dot + 1; i < end; i++) {
      if (text.at(i) == '.') {
        return false;
      }
    }
    return dot > start && dot < end && text.matches(dot + 1, "eyJ");
  }

  /**
   * Whether {@code start} to {@code end} is a signed JWT (JWS: header.payload.signature, the
   * payload starting with {@code eyJ}) or an encrypted one (JWE, RFC 7516: header, encrypted key,
   * empty for direct encryption, initialization vector, ciphertext and tag, as Auth.js session
   * cookies and encrypted ID tokens are).
   */
  private static boolean isJwt(Text text, int start, int end) {
    int firstDot = -1;
    int secondDot = -1;
    int thirdDot = -1;
    int fourthDot = -1;
    for (int i = start; i < end; i++) {
      if (text.at(i) != '.') {
        continue;
      }
      if (firstDot < 0) {
        firstDot = i;
      } else if (secondDot < 0) {
        secondDot = i;
      } else if (thirdDot < 0) {
        thirdDot = i;
      } else if (fourthDot < 0) {
        fourthDot = i;
      } else {
        return false;
      }
    }
    if (thirdDot < 0) {
      return secondDot > firstDot + 1 && firstDot > start && secondDot < end - 1
          && text.matches(firstDot + 1, "eyJ");
    }
    int keyLength = secondDot - firstDot - 1;
    return fourthDot > 0 && firstDot > start
        && (keyLength == 0 || keyLength >= MIN_JWE_KEY)
        && thirdDot - secondDot - 1 >= MIN_JWE_IV && fourthDot > thirdDot + 1
        && end - fourthDot - 1 >= MIN_JWE_TAG;
  }

  private static boolean isIn(boolean[] alphabet, int c) {
    return c >= 0 && c < 128 && alphabet[c];
  }

  /**
   * Whether a secret of {@code format} may start at {@code start}: not inside a longer token; a
   * name the secret is assigned to also after {@code _}, {@code .} or {@code -} ({@code
   * TF_VAR_aws_secret_access_key=}, {@code -Daws.secretKey=}), a key also after the {@code -} of
   * a shell default ({@code ${OPENAI_API_KEY:-sk-proj-…}}, {@code ${KEY-sk_live_…}}).
   */
  private static boolean isSecretStart(Text text, int start, SecretFormat format) {
    int before = text.before(start);
    if (!isTokenChar(before)) {
      return true;
    }
    if (format.assigned()) {
      return before == '_' || before == '.' || before == '-';
    }
    return before == '-' && ShellDefaults.isDefaultSign(text, start - 1);
  }

  private static boolean isTokenChar(int c) {
    return Ascii.isWordChar(c) || c == '-';
  }
}
