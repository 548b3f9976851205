package dev.piiguard.core.detect;

import java.util.Arrays;
import java.util.Set;

/**
 * A reusable copy of a stretch of the text with full-width forms replaced by ASCII (see {@link
 * FullWidthDigits}), and for each of its chars the offset in the text it came from; as the
 * listener of the copy's scan, offers the built-in findings that hold a replaced char to the scan
 * of the text, at their place there.
 */
final class AsciiCopy implements MatchListener {
  private static final Set<String> BUILT_IN_TYPES = Set.of(EmailDetector.TYPE, PhoneDetector.TYPE,
      PaymentCardDetector.TYPE, IbanDetector.TYPE, SsnDetector.TYPE, IpAddressDetector.TYPE,
      SecretDetector.TYPE);

  private final StringBuilder chars = new StringBuilder(128);
  private int[] offsets = new int[129];
  private boolean[] replaced = new boolean[128];
  private int end;
  private ScanContext target;
  private int endsAfter;
  private int startsFrom;

  /** Copies {@code [from, to)} of {@code text}. */
  void fill(Text text, int from, int to) {
    chars.setLength(0);
    end = to;
    int previousAscii = -1;
    int i = from;
    int codePoint = i < to ? FullWidthDigits.codePointAt(text, i) : -1;
    while (i < to) {
      int units = FullWidthDigits.unitsAt(text, i);
      int next = i + units < to ? FullWidthDigits.codePointAt(text, i + units) : -1;
      int ascii = codePoint < 0 ? -1 : FullWidthDigits.asciiOf(codePoint, previousAscii, next);
      if (ascii >= 0) {
        append((char) ascii, i, true);
      } else if (codePoint < 0) {
        append('\uFFFD', i, false); // a byte that starts no UTF-8 sequence
      } else if (Character.isBmpCodePoint(codePoint)) {
        append((char) codePoint, i, false);
      } else {
        append(Character.highSurrogate(codePoint), i, false);
        append(Character.lowSurrogate(codePoint), i, false);
      }
      previousAscii = ascii >= 0 ? ascii : codePoint;
      i += units;
      codePoint = next;
    }
  }

  private void append(char c, int offset, boolean isReplaced) {
    int index = chars.length();
    if (index + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
      replaced = Arrays.copyOf(replaced, offsets.length);
    }
    offsets[index] = offset;
    replaced[index] = isReplaced;
    chars.append(c);
  }

  CharSequence chars() {
    return chars;
  }

  /**
   * Makes the copy's findings go to {@code target}'s scan, those that end after {@code endsAfter}
   * and start at or after {@code startsFrom} in the text.
   */
  void offerTo(ScanContext target, int endsAfter, int startsFrom) {
    this.target = target;
    this.endsAfter = endsAfter;
    this.startsFrom = startsFrom;
  }

  @Override
  public void onMatch(String type, int start, int end) {
    int originalStart = originalOffset(start);
    int originalEnd = originalOffset(end);
    if (BUILT_IN_TYPES.contains(type) && replacedIn(start, end) && originalEnd > endsAfter
        && originalStart >= startsFrom) {
      target.offer(type, originalStart, originalEnd);
    }
  }

  /** Forgets the target scan. */
  void clear() {
    target = null;
  }

  /** The offset in the text of the copy's char at {@code index}, or the stretch's end. */
  int originalOffset(int index) {
    return index < chars.length() ? offsets[index] : end;
  }

  /** Whether a char in {@code [start, end)} of the copy was replaced. */
  boolean replacedIn(int start, int end) {
    for (int k = start; k < end; k++) {
      if (replaced[k]) {
        return true;
      }
    }
    return false;
  }
}
