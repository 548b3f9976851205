package dev.piiguard.core.detect;

/**
 * What the scan loop stops on, decided from a pair of code units: the one before and the one at
 * the loop's position, so that the common characters that can anchor a value only in some
 * company (the colon of a JSON key, the {@code x} of "tax") do not stop the loop at all. Every
 * rule but the digit's and a secret prefix's first character's needs a particular previous unit,
 * so a wrong previous unit can only add stops, never remove one.
 *
 * <p>The table is indexed by {@link #index}; both units are bytes (a UTF-8 byte) or chars
 * clamped to {@code 0xFF} ({@link #unitOf}, which keeps a full-width digit's low byte). Every
 * other unit at or above {@code 0x80} behaves alike (it anchors nothing, and comes before an
 * anchor only where any unit may: at the start of a secret prefix), so clamping a char loses
 * nothing. At the first unit of the input the previous one is
 * {@link #NONE}.
 */
final class TriggerTable {
  /**
   * A digit. The loop steps over whole runs of digits, so it meets the first digit of a run;
   * stopping on a digit after a digit too means that a unit mistaken for a digit (the low byte
   * of a char above 0xFF) cannot hide a run's first digit.
   */
  static final byte DIGIT = 1;
  static final byte AT = 2;
  /**
   * A digit after {@code _} or {@code *}, which may start a later group of a card joined by them
   * ({@code 4111_1111_1111_1111}, see {@link UnusualCardSeparators}): a digit with the bit of
   * {@link #AT}, which no digit has otherwise, so that the scan loop sends it to the number
   * detector without the checks on every digit ({@link QuickChecks} steps over a number after
   * {@code _}); the check there on what follows each number cost 0.97× on clean text.
   */
  static final byte JOINED_DIGIT = DIGIT | AT;
  /** A colon next to a hex digit or another colon: maybe inside an IPv6 address. */
  static final byte COLON = 4;
  /** A character of a secret prefix, after the character the prefix has before it. */
  static final byte SECRET = 8;
  /**
   * A letter after a backslash: maybe a JSON escape ({@code \\n}, {@code \\u00a0}) with a value
   * right after it, which the escape's last character would otherwise glue to a word.
   */
  static final byte ESCAPE = 16;
  /**
   * The 4 of {@code %40} or {@code &#x40;}, the 6 of {@code &#64;}, the 0 of {@code &#064;}: maybe
   * an {@code @} encoded in a URL or as an HTML character reference.
   */
  static final byte ENCODED_AT = 32;
  /** The 2 of {@code %2B}: maybe the {@code +} of a phone number percent-encoded in a URL. */
  static final byte ENCODED_PLUS = 64;
  /**
   * The last unit of a full-width digit (U+FF10 to U+FF19): in UTF-8 the byte {@code 0x90} to
   * {@code 0x99} after {@code 0xBC}; as a char, the digit's low byte {@code 0x10} to {@code 0x19}
   * (see {@link #unitOf}), which a control character of that value shares and stops on too.
   */
  static final byte FULL_WIDTH = (byte) 0x80;
  /** The unit taken as the previous one at the start of the input. */
  static final int NONE = 0;

  private TriggerTable() {}

  /**
   * The unit of a char in the table: the char itself up to {@code 0xFF}, the low byte of a
   * full-width digit, {@code 0xFF} for any other char.
   */
  static int unitOf(char c) {
    return c <= 0xFF ? c : FullWidthDigits.isDigit(c) ? c & 0xFF : 0xFF;
  }

  /**
   * The table index of a pair of units, each in 0..0xFF: the current unit in the high byte, so
   * that two adjacent bytes of a little-endian word are the index of their pair.
   */
  static int index(int previous, int current) {
    return current << 8 | previous;
  }

  /**
   * A table for the given detectors: the built-in anchors if {@code builtIns}, and the secret
   * anchors of {@code secrets} (may be null).
   */
  static byte[] create(boolean builtIns, SecretDetector secrets) {
    byte[] table = new byte[1 << 16];
    long[] secretPrevious = secrets == null ? null : secrets.previousMasks();
    boolean[] anchors = secrets == null ? new boolean[128] : secrets.anchorChars();
    for (int previous = 0; previous < 256; previous++) {
      for (int current = 0; current < 128; current++) {
        int role = 0;
        if (builtIns) {
          role = builtInRole(previous, current);
        }
        if (anchors[current] && isSet(secretPrevious, current, previous)) {
          role |= SECRET;
        }
        table[index(previous, current)] = (byte) role;
      }
    }
    if (builtIns) {
      for (int previous = 0; previous < 256; previous++) {
        for (int digit = 0x10; digit <= 0x19; digit++) {
          table[index(previous, digit)] |= FULL_WIDTH;
        }
      }
      for (int lastByte = 0x90; lastByte <= 0x99; lastByte++) {
        table[index(0xBC, lastByte)] |= FULL_WIDTH;
      }
    }
    return table;
  }

  private static int builtInRole(int previous, int current) {
    if (Ascii.isDigit(current)) {
      if (previous == '_' || previous == '*') {
        return JOINED_DIGIT;
      }
      if (previous == '%') {
        return current == '4' ? DIGIT | ENCODED_AT : current == '2' ? DIGIT | ENCODED_PLUS : DIGIT;
      }
      boolean characterReference = previous == '#' && (current == '6' || current == '0')
          || (previous == 'x' || previous == 'X') && current == '4';
      return characterReference ? DIGIT | ENCODED_AT : DIGIT;
    }
    if (previous == '\\' && (Text.isControlEscape(current) || current == 'u')) {
      return ESCAPE;
    }
    if (current == '@') {
      return AT;
    }
    if (current == ':' && (Ascii.isHexDigit(previous) || previous == ':')) {
      return COLON;
    }
    return 0;
  }

  private static boolean isSet(long[] masks, int anchor, int previous) {
    return ((masks[anchor * 4 + (previous >>> 6)] >>> (previous & 63)) & 1) != 0;
  }
}
