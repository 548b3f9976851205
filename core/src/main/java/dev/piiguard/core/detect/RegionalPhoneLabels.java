package dev.piiguard.core.detect;

/**
 * Phone labels of countries whose national numbers {@link PhoneValidation} reads only in their own
 * region, each with those regions: Vietnamese ({@code điện thoại: 0912 345 678}, {@code SĐT
 * 0912345678}, also written without accents) for Viet Nam, Indonesian and Malay ({@code no. HP
 * 0812-3456-7890}, {@code nomor HP:}, {@code telepon}, {@code WA}) for Indonesia and Malaysia. A
 * label counts only right before the number, with at most a few spaces, colons, dots, quotes or an
 * equals sign between, and not as the end of a longer word ({@link ContextWords} reads no letters
 * beyond Latin-1, and {@code HP} or {@code WA} alone are other words elsewhere: only a number
 * valid in the label's regions makes them a phone's).
 */
final class RegionalPhoneLabels {
  /** The most characters between a label and its number: {@code ": "}. */
  private static final int MAX_GAP = 3;
  private static final String[] VIET_NAM = {"VN"};
  private static final String[] INDONESIA_AND_MALAYSIA = {"ID", "MY"};
  /** Vietnamese labels in lower case: telephone, its abbreviations, mobile. */
  private static final String[] VIETNAMESE = {
    "điện thoại", "dien thoai", "đt", "dt", "sđt", "sdt", "đtdđ", "dtdd", "di động", "di dong"
  };
  /**
   * Indonesian and Malay labels in lower case: {@code HP} (handphone, as in {@code no. HP}, {@code
   * nomor HP}), telephone and its abbreviations, WhatsApp's {@code WA}, mobile.
   */
  private static final String[] INDONESIAN_AND_MALAY = {
    "hp", "telepon", "telp", "tlp", "wa", "ponsel", "handphone", "bimbit"
  };

  private RegionalPhoneLabels() {}

  /**
   * The regions of the label that ends right before the number at {@code start}, or null when
   * there is none.
   */
  static String[] regionsBefore(Text text, int start) {
    int end = start;
    while (start - end < MAX_GAP && isGap(text.at(end - 1))) {
      end--;
    }
    if (end == start) {
      return null; // HP0812…: glued to a word
    }
    if (endsWithOneOf(text, end, VIETNAMESE)) {
      return VIET_NAM;
    }
    return endsWithOneOf(text, end, INDONESIAN_AND_MALAY) ? INDONESIA_AND_MALAYSIA : null;
  }

  private static boolean endsWithOneOf(Text text, int end, String[] labels) {
    for (String label : labels) {
      if (endsWith(text, end, label)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGap(int c) {
    return c == ' ' || c == ':' || c == '.' || c == '"' || c == '\'' || c == '=' || c == '\t';
  }

  /**
   * Whether {@code label} (any case) ends at {@code end} and starts where no letter or digit
   * comes before it.
   */
  private static boolean endsWith(Text text, int end, String label) {
    int i = end;
    for (int k = label.length(); k > 0; k = label.offsetByCodePoints(k, -1)) {
      if (i <= text.start()) {
        return false;
      }
      i = text.codePointStartBefore(i);
      if (Character.toLowerCase(text.codePointAt(i)) != label.codePointBefore(k)) {
        return false;
      }
    }
    if (i <= text.start()) {
      return true;
    }
    int before = text.codePointAt(text.codePointStartBefore(i));
    return !Character.isLetterOrDigit(before) && before != '_';
  }
}
