package dev.piiguard.core.detect;

/**
 * Numbers typed in full-width digits ({@code ０９０－１２３４－５６７８}, {@code ４１１１ １１１１ …}),
 * as Japanese, Chinese and Korean input methods write them. The detectors read ASCII, so the
 * stretch around such a number is copied with the full-width forms of ASCII characters (U+FF01 to
 * U+FF5E), the ideographic space, the dashes typed between digits ({@code ー}, {@code ―},
 * {@code ─}) and an ideographic comma after a digit replaced by their ASCII counterparts, and scanned again; the findings that hold a replaced
 * character are reported at their place in the text. The copy keeps the words before the number,
 * so that a label such as {@code 電話番号：} still counts.
 */
final class FullWidthDigits {
  /** Code points of context kept before the first full-width digit and after the number. */
  private static final int CONTEXT_BEFORE = 48;
  private static final int CONTEXT_AFTER = 16;
  /**
   * The most code points from the first full-width digit of one copy to the last number it
   * takes: numbers that each start within {@link #CONTEXT_AFTER} of the one before are copied and
   * scanned once together, not once per number ({@code １:２:３…} would copy and scan the
   * stretch around each digit again).
   */
  private static final int MAX_NUMBERS_READ = 2048;
  private static final int FULL_WIDTH_FIRST = 0xFF01;
  private static final int FULL_WIDTH_LAST = 0xFF5E;
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;
  private static final int IDEOGRAPHIC_SPACE = 0x3000;
  /** Dashes typed between the groups of a full-width number: ー, ― and ─. */
  private static final String DASHES_BETWEEN_DIGITS = "\u30FC\u2015\u2500";
  private static final int IDEOGRAPHIC_COMMA = 0x3001;

  private FullWidthDigits() {}

  /** Whether {@code codePoint} is one of the full-width digits U+FF10 to U+FF19. */
  static boolean isDigit(int codePoint) {
    return codePoint >= 0xFF10 && codePoint <= 0xFF19;
  }

  /**
   * For a full-width digit that starts at {@code first}, written as such or as a JSON escape
   * ({@code \\uff10}, as Python's {@code json.dumps} writes it), where the scan loop stopped at
   * {@code anchor}: scans the number it starts again in ASCII with {@code engine}'s built-in
   * detectors and offers what they find; returns where the scan loop resumes, after the number,
   * or -1 when no full-width digit starts at {@code first}.
   */
  static int detect(ScanEngine engine, ScanContext context, int first, int anchor,
      int lookbehind) {
    Text text = context.text;
    if (!isDigit(codePointAt(text, first))) {
      return -1;
    }
    int numberEnd = numberEnd(text, first);
    if (first < context.fullWidthReadTo) {
      return numberEnd; // scanned with the numbers before it, what it holds offered then
    }
    int readTo = numbersReadTo(text, first, numberEnd);
    context.fullWidthReadTo = readTo;
    int windowStart = first;
    for (int k = 0; k < CONTEXT_BEFORE && windowStart > text.start(); k++) {
      windowStart = text.codePointStartBefore(windowStart);
    }
    int windowEnd = readTo;
    for (int k = 0; k < CONTEXT_AFTER && windowEnd < text.end(); k++) {
      windowEnd += unitsAt(text, windowEnd);
    }
    AsciiCopy copy = context.fullWidthCopy;
    copy.fill(text, windowStart, Math.min(windowEnd, text.end()));
    copy.offerTo(context, first, Math.max(text.start(), anchor - lookbehind));
    engine.scan(copy.chars(), copy);
    copy.clear();
    return numberEnd;
  }

  /**
   * The code point at {@code i}: the one a JSON unicode escape that starts there stands for, else
   * the text's own ({@link Text#codePointAt}).
   */
  static int codePointAt(Text text, int i) {
    int escaped = text.at(i) == '\\' ? text.unicodeEscapeAt(i) : -1;
    return escaped >= 0 ? escaped : text.codePointAt(i);
  }

  /** The units of the code point or JSON unicode escape at {@code i}; 1 where none starts. */
  static int unitsAt(Text text, int i) {
    if (text.at(i) == '\\' && text.unicodeEscapeAt(i) >= 0) {
      return text.escapeEnd(i) - i;
    }
    int codePoint = text.codePointAt(i);
    return codePoint < 0 ? 1 : text.unitsOf(codePoint);
  }

  /**
   * The end of the last of the numbers from the one at {@code first} (ending at {@code
   * numberEnd}) that each start within {@link #CONTEXT_AFTER} code points of the one before, up
   * to {@link #MAX_NUMBERS_READ} code points from {@code first}.
   */
  private static int numbersReadTo(Text text, int first, int numberEnd) {
    int readTo = numberEnd;
    int characters = text.codePointCount(first, numberEnd);
    while (characters < MAX_NUMBERS_READ) {
      int next = readTo;
      int gap = 0;
      while (gap < CONTEXT_AFTER && next < text.end() && !isDigit(codePointAt(text, next))) {
        next += unitsAt(text, next);
        gap++;
      }
      if (gap == CONTEXT_AFTER || next >= text.end()) {
        break;
      }
      int end = numberEnd(text, next);
      characters += gap + text.codePointCount(next, end);
      readTo = end;
    }
    return readTo;
  }

  /** The end of the run of full-width digits and the separators between them from {@code first}. */
  private static int numberEnd(Text text, int first) {
    int i = first;
    int end = first;
    while (i < text.end()) {
      int codePoint = codePointAt(text, i);
      if (codePoint < 0 || !isDigit(codePoint) && !isSeparator(codePoint)) {
        break;
      }
      i += unitsAt(text, i);
      if (isDigit(codePoint)) {
        end = i;
      }
    }
    return end;
  }

  private static boolean isSeparator(int codePoint) {
    return codePoint == ' ' || codePoint == '-' || codePoint == IDEOGRAPHIC_SPACE
        || isDashBetweenDigits(codePoint) || codePoint >= FULL_WIDTH_FIRST
        && codePoint <= FULL_WIDTH_LAST && " ()+-./".indexOf(codePoint - FULL_WIDTH_OFFSET) >= 0;
  }

  /** The ASCII counterpart of {@code codePoint} for the copy, or -1 to keep it as it is. */
  static int asciiOf(int codePoint, int previousAscii, int nextCodePoint) {
    if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
      return codePoint - FULL_WIDTH_OFFSET;
    }
    if (codePoint == IDEOGRAPHIC_SPACE) {
      return ' ';
    }
    if (isDashBetweenDigits(codePoint) && Ascii.isDigit(previousAscii) && isDigit(nextCodePoint)) {
      return '-';
    }
    if (codePoint == IDEOGRAPHIC_COMMA && Ascii.isDigit(previousAscii)) {
      return ','; // 090-…、080-…: a second number listed after a phone
    }
    return -1;
  }

  private static boolean isDashBetweenDigits(int codePoint) {
    return codePoint < 0x10000 && DASHES_BETWEEN_DIGITS.indexOf(codePoint) >= 0;
  }
}
