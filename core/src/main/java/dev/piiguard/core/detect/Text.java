package dev.piiguard.core.detect;

import java.util.function.IntPredicate;

/**
 * A reusable, allocation-free view of the input being scanned: a String, another CharSequence, or
 * a range of UTF-8 bytes, read one code unit at a time.
 *
 * <p>Detectors reason about ASCII. A UTF-8 byte or a char at or above 0x80 is returned as is and
 * is neither letter, digit nor separator, except where a detector decodes it on purpose: the
 * letters of Latin-1 in context words ({@link #foldedLetter}) and the typographic spaces and
 * dashes between digit groups ({@link #codePointAt}). Both are read the same from chars and
 * from UTF-8 bytes, so that the two paths reach the same decisions.
 */
final class Text {
  private static final int ELLIPSIS = 0x2026;

  /**
   * The most backslashes an escape is read with: JSON four levels deep; bounds the look ahead over
   * a long run of backslashes.
   */
  private static final int MAX_BACKSLASHES = 8;
  /** What {@link #escapedLetter} returns for a unit that no unicode escape covers. */
  private static final int NOT_AN_ESCAPE = -2;

  /** The letters U+00C0 to U+00FF without accents; {@code -} for the two signs among them. */
  private static final String LATIN1_LETTERS =
      "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";

  private String string;
  private CharSequence chars;
  private byte[] bytes;
  private int start;
  private int end;

  void reset(String string, int start, int end) {
    this.string = string;
    this.chars = null;
    this.bytes = null;
    this.start = start;
    this.end = end;
  }

  void reset(CharSequence chars, int start, int end) {
    this.string = null;
    this.chars = chars;
    this.bytes = null;
    this.start = start;
    this.end = end;
  }

  void reset(byte[] bytes, int start, int end) {
    this.string = null;
    this.chars = null;
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }

  void clear() {
    string = null;
    chars = null;
    bytes = null;
  }

  /** The first index of the input. */
  int start() {
    return start;
  }

  /** The index just past the input. */
  int end() {
    return end;
  }

  /** The unit at {@code index}, or -1 outside the input. */
  int at(int index) {
    if (index < start || index >= end) {
      return -1;
    }
    if (bytes != null) {
      return bytes[index] & 0xFF;
    }
    if (string != null) {
      return string.charAt(index);
    }
    return chars.charAt(index);
  }

  /**
   * The unit before {@code index} as a reader sees it: a space where a JSON escape ends there
   * ({@code \n}, {@code \\u00a0}), since raw JSON puts {@code \nJane} where the text has a line
   * break before {@code Jane}; -1 outside the input.
   */
  int before(int index) {
    return endsEscape(index - 1) ? ' ' : at(index - 1);
  }

  /**
   * Whether the unit at {@code index} is the last of a JSON escape that stands for a character
   * of its own: {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or {@code \\uXXXX},
   * after any number of backslashes: JSON written inside a JSON string doubles them (a tool
   * call's {@code "arguments":"…\"Card:\\n4111…"}, a logged request body), so {@code \\n} is
   * read as a line break too, not as a backslash and the letter n.
   */
  boolean endsEscape(int index) {
    if (endsControlEscape(index)) {
      return true;
    }
    return Ascii.isHexDigit(at(index)) && at(index - 4) == 'u' && at(index - 5) == '\\'
        && escapeEndCovering(index) == index + 1;
  }

  /** Whether the unit at {@code index} is the letter of {@code \\n}, {@code \\t} or the like. */
  boolean endsControlEscape(int index) {
    return isControlEscape(at(index)) && at(index - 1) == '\\';
  }

  /**
   * The index just past the JSON escape that starts at {@code index}, or -1 when none starts
   * there. An escape of a character of its own takes the backslashes before its letter, up to
   * eight (see {@link #endsEscape}); {@code \"}, {@code \\} and {@code \/} need a backslash
   * that is not itself escaped.
   */
  int escapeEnd(int index) {
    if (at(index) != '\\') {
      return -1;
    }
    int letter = afterBackslashes(index);
    if (at(letter) == 'u') {
      return escapeEndCovering(letter + 1);
    }
    if (isControlEscape(at(letter))) {
      return letter + 1;
    }
    int next = at(index + 1);
    return (next == '"' || next == '\\' || next == '/') && isEscapingBackslash(index)
        ? index + 2 : -1;
  }

  /**
   * The code point that the {@code \\uXXXX} escape starting at {@code index} stands for (also
   * with more backslashes, see {@link #endsEscape}), or -1 when no such escape starts there.
   */
  int unicodeEscapeAt(int index) {
    int letter = afterBackslashes(index);
    int end = escapeEnd(index);
    if (at(letter) != 'u' || end != letter + 5) {
      return -1;
    }
    int codePoint = 0;
    for (int k = end - 4; k < end; k++) {
      codePoint = codePoint << 4 | Ascii.hexValue(at(k));
    }
    return codePoint;
  }

  /**
   * The index after the run of backslashes that starts at {@code index} (at most {@link
   * #MAX_BACKSLASHES} of them): where an escape's letter is.
   */
  private int afterBackslashes(int index) {
    return index + backslashesFrom(index, MAX_BACKSLASHES);
  }

  /** The backslashes in the run that starts at {@code index}, counted up to {@code limit}. */
  int backslashesFrom(int index, int limit) {
    int count = 0;
    while (count < limit && at(index + count) == '\\') {
      count++;
    }
    return count;
  }

  /**
   * How many characters [from, to) holds as the text it escapes reads: a code point counts once,
   * so does a JSON escape ({@code \\u00e9}), a run of backslashes half (one escapes the next:
   * {@code \\\\} is one backslash, {@code \\"} a quote; seven stand before each quote three
   * JSON strings deep).
   */
  int decodedLength(int from, int to) {
    int characters = 0;
    for (int i = to - 1; i >= from; i--) {
      int c = at(i);
      if (c == '\\') {
        int backslashes = 1 + backslashesBefore(i, i - from);
        characters += backslashes / 2; // a backslash escapes the next: Pa\\ss1 is Pa\ss1
        i -= backslashes - 1;
        continue;
      }
      if (c < 0x80 || startsCodePoint(i)) {
        characters++;
      }
      int first = mayEndUnicodeEscape(i) ? unicodeEscapeStartEndingAt(i) : -1;
      if (first >= from) {
        i = first;
      }
    }
    return characters;
  }

  /** The backslashes right before {@code index}, counted up to {@code limit}. */
  int backslashesBefore(int index, int limit) {
    int count = 0;
    while (count < limit && at(index - 1 - count) == '\\') {
      count++;
    }
    return count;
  }

  /**
   * The character a percent-encoded triple at {@code index} stands for ({@code %2B} is {@code +},
   * {@code %3D} is {@code =}), or -1 when no {@code %} and two hex digits start there.
   */
  int percentEncodedAt(int index) {
    int high = at(index + 1);
    int low = at(index + 2);
    if (at(index) != '%' || !Ascii.isHexDigit(high) || !Ascii.isHexDigit(low)) {
      return -1;
    }
    return Ascii.hexValue(high) << 4 | Ascii.hexValue(low);
  }

  /**
   * The index of the first backslash of the {@code \\uXXXX} escape whose last hex digit is at
   * {@code last} (also with more backslashes, up to eight), or -1 when none ends there.
   */
  int unicodeEscapeStartEndingAt(int last) {
    if (escapeEndCovering(last) != last + 1) {
      return -1;
    }
    int backslashes = backslashesBefore(last - 4, MAX_BACKSLASHES);
    return backslashes > 0 ? last - 4 - backslashes : -1;
  }

  /**
   * Whether {@code c} after a backslash makes a JSON escape of a control character ({@code \n},
   * {@code \r}, {@code \t}, {@code \b}, {@code \f}): a letter that stands for no letter.
   */
  static boolean isControlEscape(int c) {
    return c == 'n' || c == 'r' || c == 't' || c == 'b' || c == 'f';
  }

  /** Whether the escape at {@code index} (see {@link #escapeEnd}) is a line break. */
  boolean isLineBreakEscape(int index) {
    int end = escapeEnd(index);
    return end > 0 && (at(end - 1) == 'n' || at(end - 1) == 'r');
  }

  /**
   * The index just past the {@code \\uXXXX} escape one of whose four hex digits is at {@code
   * index}, or -1 when there is none.
   */
  int escapeEndCovering(int index) {
    for (int u = index - 1; u >= index - 4; u--) {
      if (at(u) == 'u' && at(u - 1) == '\\') {
        for (int k = u + 1; k <= u + 4; k++) {
          if (!Ascii.isHexDigit(at(k))) {
            return -1;
          }
        }
        return u + 5;
      }
      if (!Ascii.isHexDigit(at(u))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code index} holds a backslash that escapes the unit after it. */
  private boolean isEscapingBackslash(int index) {
    return (backslashesBefore(index + 1, Integer.MAX_VALUE) & 1) == 1;
  }

  /**
   * The code point that starts at {@code index}: the char there, or the code point of a
   * surrogate pair starting there; or the code point of the UTF-8 sequence there; -1 outside the
   * input, at a byte that starts no sequence, or at one cut short. A lone surrogate is returned
   * as is.
   */
  int codePointAt(int index) {
    int unit = at(index);
    if (bytes == null) {
      int next = Character.isHighSurrogate((char) unit) ? at(index + 1) : -1;
      return next >= 0 && Character.isLowSurrogate((char) next)
          ? Character.toCodePoint((char) unit, (char) next) : unit;
    }
    if (unit < 0x80) {
      return unit;
    }
    int length = utf8SequenceLength(unit);
    if (length == 0 || unit >= 0xF8) {
      return -1;
    }
    int codePoint = unit & (0x7F >> length);
    for (int k = 1; k < length; k++) {
      int next = at(index + k);
      if ((next & 0xC0) != 0x80) {
        return -1;
      }
      codePoint = codePoint << 6 | (next & 0x3F);
    }
    return codePoint;
  }

  /** The number of units {@code codePoint} takes in this input. */
  int unitsOf(int codePoint) {
    if (bytes == null) {
      return Character.charCount(codePoint);
    }
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  /** The number of code points in {@code [from, to)}. */
  int codePointCount(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (startsCodePoint(i)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Where the code point that ends just before {@code index} starts: {@code index - 1}, two
   * chars back for a surrogate pair, or up to four bytes back in UTF-8; not before the input's
   * start.
   */
  int codePointStartBefore(int index) {
    int i = index - 1;
    while (i > start && i > index - 4 && !startsCodePoint(i)) {
      i--;
    }
    return i;
  }

  /**
   * Whether the unit at {@code index}, beyond ASCII, is part of a letter, a digit or a combining
   * mark of a script written with spaces between words ({@code ř}, {@code ł}, {@code я}, {@code
   * α}, the accent of a decomposed {@code é}), whichever of its units it is; false for an ASCII
   * unit, a malformed sequence, outside the input, and for the scripts written without spaces
   * (Chinese, Japanese, Thai, …), whose text runs right up to a word such as an address
   * ({@code 邮箱jane@example.com}).
   */
  boolean inNonAsciiLetter(int index) {
    int unit = at(index);
    if (unit < 0x80) {
      return false;
    }
    int start = codePointStartBefore(index + 1);
    int codePoint = codePointAt(start);
    if (codePoint < 0x80 || start + unitsOf(codePoint) <= index || malformed(start, codePoint)) {
      return false; // malformed or overlong, or a stray continuation byte after a letter
    }
    int type = Character.getType(codePoint);
    return (Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK) && !writtenWithoutSpaces(codePoint);
  }

  /** Whether {@code codePoint} belongs to a script written without spaces between words. */
  static boolean writtenWithoutSpaces(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN
        || codePoint >= 0xFF00 && codePoint <= 0xFFEF; // full-width forms: ｊａｎｅ
  }

  /**
   * Whether the code point that starts at {@code index} is not well formed, so that a decoder
   * gives U+FFFD for it: UTF-8 bytes cut short, overlong, an encoded surrogate or above U+10FFFF;
   * a lone surrogate char.
   */
  boolean malformedAt(int index) {
    return malformed(index, codePointAt(index));
  }

  /** {@link #malformedAt} for the code point {@link #codePointAt} read at {@code index}. */
  private boolean malformed(int index, int codePoint) {
    if (codePoint < 0 || Character.getType(codePoint) == Character.SURROGATE
        || codePoint > Character.MAX_CODE_POINT) {
      return true;
    }
    return bytes != null && unitsOf(codePoint) != utf8SequenceLength(at(index));
  }

  /**
   * The length of the UTF-8 sequence that the byte {@code lead} starts: 1 for ASCII, 0 for a
   * continuation byte, which starts none.
   */
  private static int utf8SequenceLength(int lead) {
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  }

  /** Whether the unit at {@code index} starts a code point (so it counts once in a window). */
  boolean startsCodePoint(int index) {
    int unit = at(index);
    if (bytes != null) {
      return unit < 0x80 || unit >= 0xC0;
    }
    return unit < 0xDC00 || unit > 0xDFFF;
  }

  /**
   * The letter at {@code index} in lower-case ASCII without its accent ({@code é} as {@code e},
   * {@code Ñ} as {@code n}), so that context words of other languages ({@code Tél.}, {@code
   * Móvil}) are read like ASCII ones: for an ASCII letter, a Latin-1 letter as a char, or the
   * second of its two UTF-8 bytes; 0 for the first of those bytes, which adds nothing; {@code *}
   * for a Latin-1 letter with no one-letter ASCII form ({@code æ}, {@code ß}); -1 for any other
   * unit. A letter written as a JSON escape ({@code T\\u00e9l}, as Python's {@code json.dumps}
   * writes {@code Tél}) is read at the escape's last unit, its other units adding nothing; every
   * unit of an escape of anything else is -1, and so is the letter of {@code \\n}, {@code \\t}
   * and the other escapes of a control character.
   */
  int foldedLetter(int index) {
    int unit = at(index);
    if (unit < 0x80) {
      if (unit == '\\' || unit == 'u' || Ascii.isHexDigit(unit)) {
        int escaped = escapedLetter(index, unit);
        if (escaped != NOT_AN_ESCAPE) {
          return escaped;
        }
      }
      if (endsControlEscape(index)) {
        return -1; // the n of \n
      }
      return Ascii.isLetter(unit) ? unit | 0x20 : -1;
    }
    return plainFoldedLetter(index);
  }

  /**
   * {@link #foldedLetter} without escapes: an escape's units read as what they are. For the
   * reader that runs for every long number ({@link ContextWords#nearestBefore}), which looks for an
   * escape only at a unit that may end one ({@link #mayEndUnicodeEscape}): reading escapes at
   * every unit cost 0.96× on clean text.
   */
  int plainFoldedLetter(int index) {
    int unit = at(index);
    if (unit < 0x80) {
      return Ascii.isLetter(unit) ? unit | 0x20 : -1;
    }
    if (bytes == null) {
      return foldLatin1(unit);
    }
    if (unit == 0xC3) {
      int next = at(index + 1);
      return next >= 0x80 && next < 0xC0 && foldLatin1(next + 0x40) > 0 ? 0 : -1;
    }
    return unit < 0xC0 && at(index - 1) == 0xC3 ? foldLatin1(unit + 0x40) : -1;
  }

  /**
   * Whether the unit at {@code index} may be the last of a {@code \\uXXXX} escape: a hex digit
   * with a {@code u} four units before it (one read for most units); {@link
   * #unicodeEscapeStartEndingAt} tells for sure.
   */
  boolean mayEndUnicodeEscape(int index) {
    return at(index - 4) == 'u' && Ascii.isHexDigit(at(index));
  }

  /**
   * For a unit of a {@code \\uXXXX} escape (see {@link #endsEscape} for more backslashes): the
   * letter of Latin-1 it stands for as {@link #foldedLetter} reads it at its last unit, 0 at the
   * others; -1 at every unit when it stands for anything else; {@link #NOT_AN_ESCAPE} when no
   * escape covers {@code index}. Looks back from a hex digit only as far as hex digits go (at most
   * four units), since this runs for every unit of a word read.
   */
  private int escapedLetter(int index, int unit) {
    int u = -1;
    if (unit == '\\') {
      u = afterBackslashes(index);
    } else if (unit == 'u') {
      u = index;
    } else {
      int end = escapeEndCovering(index);
      u = end < 0 ? -1 : end - 5;
    }
    int codePoint = u >= 0 && at(u) == 'u' && at(u - 1) == '\\' ? unicodeEscapeAt(u - 1) : -1;
    if (codePoint < 0) {
      return NOT_AN_ESCAPE;
    }
    int letter = codePoint < 0x80 ? (Ascii.isLetter(codePoint) ? codePoint | 0x20 : -1)
        : codePoint <= 0xFF ? foldLatin1(codePoint) : -1;
    return letter < 0 ? -1 : index == u + 4 ? letter : 0;
  }

  private static int foldLatin1(int codePoint) {
    if (codePoint < 0xC0 || codePoint > 0xFF) {
      return -1;
    }
    char letter = LATIN1_LETTERS.charAt(codePoint - 0xC0);
    return letter == '-' ? -1 : letter;
  }

  /**
   * Whether the {@code length} units at {@code index} are {@code lowerCaseWord} (ASCII lower
   * case), each letter compared as {@link #foldedLetter} reads it.
   */
  boolean matchesFolded(int index, int length, String lowerCaseWord) {
    int k = 0;
    for (int i = index; i < index + length; i++) {
      int letter = foldedLetter(i);
      if (letter == 0) {
        continue;
      }
      if (k == lowerCaseWord.length() || letter != lowerCaseWord.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == lowerCaseWord.length();
  }

  /** Whether {@code literal} (ASCII) occurs at {@code index}, exactly. */
  boolean matches(int index, String literal) {
    int length = literal.length();
    if (index < start || index + length > end) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (at(index + i) != literal.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an ellipsis starts at {@code index}: two full stops or more, or U+2026 (a value shown
   * shortened, {@code abc...}, {@code abc…}).
   */
  boolean startsEllipsis(int index) {
    return at(index) == '.' && at(index + 1) == '.' || codePointAt(index) == ELLIPSIS;
  }

  /** Whether every unit from {@code from} to {@code to} passes {@code test}. */
  boolean allMatch(int from, int to, IntPredicate test) {
    for (int i = from; i < to; i++) {
      if (!test.test(at(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of the decimal digits from {@code from} to {@code to}, which must be digits. */
  int decimalValue(int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + at(i) - '0';
    }
    return value;
  }

  /** Whether a unit from {@code from} to {@code to} passes {@code test}. */
  boolean anyMatch(int from, int to, IntPredicate test) {
    for (int i = from; i < to; i++) {
      if (test.test(at(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lowerCaseWord} (ASCII lower case) occurs between {@code from} and {@code to},
   * ignoring case.
   */
  boolean containsIgnoreCase(int from, int to, String lowerCaseWord) {
    for (int i = from; i + lowerCaseWord.length() <= to; i++) {
      if (matchesIgnoreCase(i, lowerCaseWord)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code lowerCaseWord} (ASCII lower case) occurs at {@code index}, ignoring case. */
  boolean matchesIgnoreCase(int index, String lowerCaseWord) {
    int length = lowerCaseWord.length();
    if (index < start || index + length > end) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Ascii.toLower(at(index + i)) != lowerCaseWord.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
