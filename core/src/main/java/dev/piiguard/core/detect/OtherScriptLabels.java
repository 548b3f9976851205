package dev.piiguard.core.detect;

/**
 * Labels in scripts other than Latin, which {@link ContextWords} does not read (its words are
 * Latin letters): phone labels ({@code 電話番号：090-1234-5678}, {@code 手机 138 0013 8000}, {@code
 * 휴대폰: 010-1234-5678}, {@code Телефон: 8 (495) 123-45-67}) and card labels ({@code 卡号：6205…},
 * {@code номер карты 6205…}). A label counts only right before
 * the number, with at most a few spaces, colons (the full-width {@code ：} too), quotes, a dot, an
 * equals sign (a log's {@code 顧客電話番号=090-…}) or a particle for "is" between ({@code
 * 電話番号は03-1234-5678}, {@code 我的手机号码是138…}): these scripts have no filler words the
 * reader could step over, and Chinese and Japanese put no spaces between words. The telephone emoji count the same way.
 * Labels and gaps are read also as JSON escapes, which Python's {@code json.dumps} writes for
 * every character beyond ASCII ({@code \\u96fb\\u8a71\\uff1a090-1234-5678}).
 */
final class OtherScriptLabels {
  /** The most characters between a label and its number: {@code "電話":"}. */
  private static final int MAX_GAP = 4;
  private static final int FULL_WIDTH_COLON = 0xFF1A;
  private static final int IDEOGRAPHIC_SPACE = 0x3000;
  private static final int NO_BREAK_SPACE = 0xA0;
  /** The variation selector that asks for a symbol's emoji form: ☎️ is U+260E U+FE0F. */
  private static final int EMOJI_PRESENTATION = 0xFE0F;
  /**
   * The invisible marks of writing direction that phones and WhatsApp put around a number in
   * Arabic and Hebrew text ({@code الهاتف: U+200F 050 123 4567}): the left-to-right and
   * right-to-left marks, the Arabic letter mark and the isolates U+2066 to U+2069.
   */
  private static final String DIRECTION_MARKS = "\u200e\u200f\u061c\u2066\u2067\u2068\u2069";
  /**
   * The particles that join a label to its number in Japanese, Chinese and Korean, where they
   * stand for "is": {@code 電話番号は}, {@code 手机号码是}, {@code 전화번호는}.
   */
  private static final String PARTICLES = "はが是为為는은";
  /** Below this code point (Greek begins here) there is no letter of a label. */
  private static final int FIRST_LABEL_CODE_POINT = 0x370;
  /**
   * Labels in Greek and Cyrillic, which separate words by spaces and write no article onto them,
   * start after a character that is no letter ({@code тел}, not the end of {@code мотел}).
   */
  private static final int LAST_SPACED_SCRIPT_CODE_POINT = 0x052F;

  /**
   * Phone labels in lower case: Japanese, Chinese, Korean, Russian and Ukrainian, Greek, Hebrew,
   * Arabic, Hindi, Thai, the telephone symbols and the emoji of a receiver and a mobile phone (📞,
   * 📱, 📲, in signatures and chat). A label may be a phrase, as "call me" is in Russian and
   * Ukrainian ({@code Позвоните мне: 8 (495) 123-45-67}), or end in an apostrophe, as Hebrew
   * abbreviates with a geresh or the apostrophe typed for it ({@code טל': 03-123-4567}).
   */
  static final OtherScriptLabels PHONE = new OtherScriptLabels(new String[] {
    "電話", "電話番号", "携帯", "携帯番号", "連絡先", "ケータイ",
    "电话", "手机", "手機", "电话号码", "手机号码", "手机号", "電話號碼", "手機號碼", "联系方式",
    "전화", "전화번호", "휴대폰", "핸드폰", "연락처", "휴대폰번호", "핸드폰번호", "연락처 번호",
    "휴대폰 번호", "핸드폰 번호",
    "телефон", "телефона", "телефону", "тел", "моб", "мобильный", "сотовый", "мобільний",
    "позвоните", "звоните", "позвоните мне", "звоните мне", "позвоните нам", "звоните нам",
    "зателефонуйте", "зателефонуйте мені", "зателефонуйте нам",
    "τηλέφωνο", "τηλ", "κινητό",
    "טלפון", "נייד", "טל'", "טל׳",
    "هاتف", "جوال", "جوالي", "موبايل", "واتساب",
    "\u092b\u093c\u094b\u0928", "\u095e\u094b\u0928", "फोन", "मोबाइल", // फ़ोन decomposed, precomposed
    "โทร", "โทรศัพท์", "☎", "✆", "📞", "📱", "📲"
  });
  /**
   * Card labels in lower case, in the same languages: the card number of a UnionPay debit card is
   * most often written as 19 bare digits after {@code 卡号}, which only such a label tells from an
   * id.
   */
  static final OtherScriptLabels CARD = new OtherScriptLabels(new String[] {
    "卡号", "银行卡号", "银行卡", "信用卡", "信用卡号", "银联卡", "借记卡", "卡號", "銀行卡",
    "信用卡號", "銀聯卡", "カード番号", "カード", "クレジットカード", "카드번호", "카드",
    "신용카드", "карта", "карты", "карту", "картой", "картка", "картки", "κάρτα", "κάρτας",
    "כרטיס", "אשראי", "بطاقة", "البطاقة", "कार्ड", "บัตร", "บัตรเครดิต"
  });

  /**
   * Labels of tax and identity numbers in Russian and Ukrainian, which win over a phone word
   * farther back ({@code ИНН 500100732259}, {@code СНИЛС 112-233-445 95}).
   */
  static final OtherScriptLabels TAX_IDS = new OtherScriptLabels(new String[] {
    "инн", "огрн", "снилс", "кпп", "іпн", "єдрпоу", "рнокпп"
  });

  private final String[] labels;

  private OtherScriptLabels(String[] labels) {
    this.labels = labels;
  }

  /**
   * The index just past a label that ends right before the number at {@code start} (see the
   * class comment), or -1.
   */
  int endBefore(Text text, int start) {
    int end = start;
    for (int gap = 0; gap <= MAX_GAP && end > text.start(); gap++) {
      int previous = characterStartBefore(text, end);
      int codePoint = characterAt(text, previous);
      if (codePoint < FIRST_LABEL_CODE_POINT) {
        if (!isAsciiGap(codePoint) && codePoint != NO_BREAK_SPACE) {
          return -1; // the common case: a Latin word or other ASCII right before the gap
        }
      } else if (!isGap(codePoint)) {
        return endsWithLabel(text, end) ? end : -1;
      }
      end = previous;
    }
    return -1;
  }

  private static boolean isAsciiGap(int c) {
    return c == ' ' || c == ':' || c == '"' || c == '.' || c == '\t' || c == '=' || c == '\'';
  }

  /** Whether a code point from U+0370 on may stand between a label and its number. */
  private static boolean isGap(int codePoint) {
    return codePoint == FULL_WIDTH_COLON || codePoint == IDEOGRAPHIC_SPACE
        || codePoint == EMOJI_PRESENTATION || PARTICLES.indexOf(codePoint) >= 0
        || DIRECTION_MARKS.indexOf(codePoint) >= 0;
  }

  private boolean endsWithLabel(Text text, int end) {
    boolean apostropheAfter = characterAt(text, end) == '\'';
    for (String label : labels) {
      int length = label.length();
      if (label.charAt(length - 1) == '\'') {
        if (!apostropheAfter) {
          continue;
        }
        length--; // the apostrophe after the label was read as a gap: טל' is read up to it
      }
      int labelStart = startOfLabelEndingAt(text, end, label, length);
      if (labelStart >= 0 && (label.charAt(0) > LAST_SPACED_SCRIPT_CODE_POINT
          || labelStart == text.start()
          || !Character.isLetter(characterAt(text, characterStartBefore(text, labelStart))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the first {@code length} chars of {@code label} start if the text before {@code end}
   * ends with them (any case), or -1.
   */
  private static int startOfLabelEndingAt(Text text, int end, String label, int length) {
    int i = end;
    for (int k = length; k > 0; k = label.offsetByCodePoints(k, -1)) {
      if (i <= text.start()) {
        return -1;
      }
      i = characterStartBefore(text, i);
      if (Character.toLowerCase(characterAt(text, i)) != label.codePointBefore(k)) {
        return -1;
      }
    }
    return i;
  }

  /**
   * Where the character that ends just before {@code end} starts: its code point's first unit,
   * or the JSON escape that stands for it, as Python's {@code json.dumps} writes every letter
   * beyond ASCII ({@code \\u96fb\\u8a71} for 電話; a pair of escapes for an emoji, {@code
   * \\ud83d\\udcde} for 📞).
   */
  private static int characterStartBefore(Text text, int end) {
    int escape = text.mayEndUnicodeEscape(end - 1) ? text.unicodeEscapeStartEndingAt(end - 1) : -1;
    if (escape < 0) {
      return text.codePointStartBefore(end);
    }
    if (Character.isLowSurrogate((char) text.unicodeEscapeAt(escape))
        && text.mayEndUnicodeEscape(escape - 1)) {
      int high = text.unicodeEscapeStartEndingAt(escape - 1);
      if (high >= 0 && Character.isHighSurrogate((char) text.unicodeEscapeAt(high))) {
        return high;
      }
    }
    return escape;
  }

  /**
   * The code point of the character at {@code index}: the one a JSON escape (or a pair of them)
   * that starts there stands for, else the one written there.
   */
  private static int characterAt(Text text, int index) {
    int escaped = text.at(index) == '\\' ? text.unicodeEscapeAt(index) : -1;
    if (escaped < 0) {
      return text.codePointAt(index);
    }
    if (Character.isHighSurrogate((char) escaped)) {
      int next = text.escapeEnd(index);
      int low = text.at(next) == '\\' ? text.unicodeEscapeAt(next) : -1;
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        return Character.toCodePoint((char) escaped, (char) low);
      }
    }
    return escaped;
  }
}
