package dev.piiguard.core.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds API keys and tokens by their documented formats ({@link SecretFormat}).
 *
 * <p>Each format is anchored on its prefix's first digit, which stops the loop anyway (a
 * character after a digit may be stepped over with an ordinary number), else on the rarest
 * character after the first (the {@code _} of {@code ghp_}, the {@code K} of {@code AKIA}, the
 * {@code J} of {@code eyJ}); the scan loop stops on an anchor only when the character before it
 * is the one the prefix has there (the {@code p} of {@code ghp_}), or on every occurrence of an
 * anchor that starts its prefix, and the prefix and body are then checked around it.
 */
final class SecretDetector {
  static final String TYPE = "SECRET";
  /** ASCII characters from rarest to most common in prose, JSON and code; picks the anchor. */
  private static final String RARITY = "`^|~\\{}<>$#*=+!;%?QZXJKVqjzxUYGFBPHMNDLCROWE_&[]/-"
      + "TSAIkvbygpwf.,'\"mucdlhrsnioate ";

  /** What may stand around the {@code =} or {@code :} between a name and its secret. */
  private static final String ASSIGNMENT_GAP = " \t\"'\\";
  private static final int MAX_ASSIGNMENT_GAP = 8;

  private final Anchor[][] anchorsByChar = new Anchor[128][];

  private record Anchor(SecretFormat format, int offset, boolean[] alphabet) {}

  SecretDetector(List<SecretFormat> formats) {
    List<List<Anchor>> byChar = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      byChar.add(new ArrayList<>());
    }
    for (SecretFormat format : formats) {
      int offset = anchorOffset(format.prefix());
      byChar.get(format.prefix().charAt(offset)).add(
          new Anchor(format, offset, SecretFormat.alphabetTable(format.alphabet())));
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
    int best = 1;
    for (int i = 2; i < prefix.length(); i++) {
      if (rarity(prefix.charAt(i)) < rarity(prefix.charAt(best))) {
        best = i;
      }
    }
    return best;
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
      if (!text.matches(start, prefix) || isTokenChar(text.before(start))) {
        continue;
      }
      int bodyStart = start + prefix.length();
      if (candidate.format.assigned()) {
        bodyStart = assignedValueStart(text, bodyStart);
        start = bodyStart;
      }
      int end = bodyStart < 0 ? -1 : bodyEnd(text, bodyStart, candidate);
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
   * Where the value assigned to a name that ends at {@code nameEnd} starts: after an {@code =},
   * {@code =>} or {@code :} with at most a few spaces, quotes and backslashes (of JSON in a JSON
   * string) on each side; -1 when there is none.
   */
  private static int assignedValueStart(Text text, int nameEnd) {
    int i = skipAssignmentGap(text, nameEnd);
    int operator = text.at(i);
    if (operator != '=' && operator != ':') {
      return -1;
    }
    i++;
    if (operator == '=' && text.at(i) == '>') {
      i++;
    }
    return skipAssignmentGap(text, i);
  }

  private static int skipAssignmentGap(Text text, int from) {
    int i = from;
    while (i - from < MAX_ASSIGNMENT_GAP && ASSIGNMENT_GAP.indexOf(text.at(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int bodyEnd(Text text, int bodyStart, Anchor anchor) {
    SecretFormat format = anchor.format;
    boolean[] alphabet = anchor.alphabet;
    int i = bodyStart;
    int limit = bodyStart + format.maxLength();
    while (i < limit) {
      int c = text.at(i);
      if (c < 0 || c >= 128 || !alphabet[c]) {
        break;
      }
      i++;
    }
    if (format.jwt()) {
      while (i > bodyStart && text.at(i - 1) == '.') {
        i--;
      }
    }
    int next = text.at(i);
    boolean bodyGoesOn = next >= 0 && next < 128 && alphabet[next] && !(format.jwt() && next == '.');
    if (i - bodyStart < format.minLength() || bodyGoesOn || Ascii.isWordChar(next)) {
      return -1;
    }
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

  private static boolean isJwt(Text text, int start, int end) {
    int firstDot = -1;
    int secondDot = -1;
    for (int i = start; i < end; i++) {
      if (text.at(i) == '.') {
        if (firstDot < 0) {
          firstDot = i;
        } else if (secondDot < 0) {
          secondDot = i;
        } else {
          return false;
        }
      }
    }
    return secondDot > firstDot + 1 && firstDot > start && secondDot < end - 1
        && text.matches(firstDot + 1, "eyJ");
  }

  private static boolean isTokenChar(int c) {
    return Ascii.isWordChar(c) || c == '-';
  }
}
