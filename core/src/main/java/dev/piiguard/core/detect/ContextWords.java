package dev.piiguard.core.detect;

import java.util.Locale;

/**
 * A small set of words that say what a nearby number is ("ssn", "imei", "phone"), looked up in a
 * window of text before or after a candidate, ignoring case.
 *
 * <p>Windows are measured in code points, so the char and byte paths see the same words. Words
 * are hashed while the window is read, so each word of the window costs one table probe.
 */
final class ContextWords {
  private static final int TABLE_SIZE = 256;

  /** The last parts of a camel-case key that name an id: {@code orderId}, {@code trackingNumber}. */
  private static final ContextWords ID_SUFFIXES =
      of("id", "ids", "no", "nr", "num", "number", "code", "ref");

  /**
   * The most units a letter of a word takes: two for an accented one in UTF-8, six for one
   * written as a JSON escape ({@code \\u00e9}); a word longer than this many times the longest
   * of the set is none of them.
   */
  private static final int MAX_UNITS_PER_LETTER = 6;
  /** The most units read on each side of a word to tell whether it lies in a random id. */
  private static final int MAX_ID_READ = 64;

  private final String[] table = new String[TABLE_SIZE];
  private final int longest;
  /** Whether every camel-case part of a key counts ({@link #of}), or only some ({@link #strict}). */
  private final boolean anyPart;

  private ContextWords(String[] words, boolean anyPart) {
    this.anyPart = anyPart;
    int max = 0;
    for (String word : words) {
      max = Math.max(max, word.length());
      int slot = hash(word) & (TABLE_SIZE - 1);
      while (table[slot] != null) {
        slot = (slot + 1) & (TABLE_SIZE - 1);
      }
      table[slot] = word;
    }
    this.longest = max;
  }

  /**
   * A set of ASCII words (letters only) that say what a value is: any camel-case part of a key
   * counts ({@code customerPhone}, {@code phoneNumber}).
   */
  static ContextWords of(String... words) {
    return new ContextWords(lowerCase(words), true);
  }

  /**
   * A set of words that say a value is something else (an order number, a version), where a
   * wrong match hides a finding: in a camel-case key only the whole key, its last part ({@code
   * appVersion}) or the part before the id suffixes that end it ({@code orderId}, {@code
   * deviceSerialNumber}) count, not {@code buildHost} or {@code orderAccountNumber}.
   */
  static ContextWords strict(String... words) {
    return new ContextWords(lowerCase(words), false);
  }

  private static String[] lowerCase(String[] words) {
    if (words.length > TABLE_SIZE / 2) {
      throw new IllegalArgumentException("too many context words: " + words.length);
    }
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** The hash of a lower-case word, as {@link #nearestBefore} computes it reading backwards. */
  private static int hash(String word) {
    int hash = 0;
    for (int i = word.length() - 1; i >= 0; i--) {
      hash = hash * 31 + word.charAt(i);
    }
    return mix(hash);
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 7) ^ (hash >>> 13);
  }

  /** Whether the letters that end just before {@code end} form a word of the set. */
  boolean containsWordEndingAt(Text text, int end) {
    return contains(text, startOfWordEndingAt(text, end), end);
  }

  /**
   * The start of the word whose letters end just before {@code end}: of its last camel-case part
   * in a key ({@code Number} in {@code phoneNumber}).
   */
  static int startOfWordEndingAt(Text text, int end) {
    int start = end;
    while (start > text.start() && isWordLetter(text, start - 1)
        && (start == end || !startsCamelWord(text, start))) {
      start--; // a camel-case part may follow the word: Number in orderNumberRef
    }
    return start;
  }

  /**
   * Whether a word of the set comes right before the word that ends at {@code wordEnd}, with
   * only spaces between ({@code my} before {@code number}).
   */
  boolean containsWordBefore(Text text, int wordEnd) {
    int i = wordEnd;
    while (i > text.start() && isWordLetter(text, i - 1)) {
      i--;
    }
    int wordStart = i;
    while (i > text.start() && text.at(i - 1) == ' ') {
      i--;
    }
    return i < wordStart && containsWordEndingAt(text, i);
  }

  /**
   * Whether the unit at {@code i} is (part of) a letter of a word, accented and escaped ones
   * included, the letter of an escape such as {@code \n} not (see {@link Text#foldedLetter}).
   */
  static boolean isWordLetter(Text text, int i) {
    return text.foldedLetter(i) >= 0;
  }

  /**
   * Whether a camel-case word starts at {@code i}: an upper-case letter after two or more
   * lower-case ones, as in {@code phoneNumber}, {@code customerSSN}; not in {@code iPhone}.
   */
  private static boolean startsCamelWord(Text text, int i) {
    return Ascii.isUpper(text.at(i)) && Ascii.isLower(text.at(i - 1))
        && Ascii.isLetter(text.at(i - 2)); // not a product's one-letter prefix: iPhone, eSIM
  }

  /**
   * The index just past the nearest word of the set that ends within {@code window} code points
   * before {@code position}, or -1. A larger index means a nearer word. A JSON escape counts as
   * the one character it stands for, a backslash that escapes a quote or another backslash as
   * none: JSON nested in JSON strings puts seven before each quote three levels deep.
   */
  int nearestBefore(Text text, int position, int window) {
    int limit = text.start();
    int seen = 0;
    // Read backwards: the word so far, its camel-case part being read (phoneNumber: Number, then
    // phone), its last part (read first), and for a strict set the part before the id suffixes
    // that end the word (orderId: order).
    int wordLength = 0;
    int wordHash = 0;
    int partLength = 0;
    int partHash = 0;
    int lastLength = 0;
    int lastHash = 0;
    boolean onlySuffixes = true;
    boolean sawSuffix = false;
    int qualifierStart = -1;
    int qualifierLength = 0;
    int qualifierHash = 0;
    for (int i = position - 1; i >= limit - 1; i--) { // limit - 1 reads as -1: ends the last word
      if (wordLength == 0 && seen > window) {
        return -1;
      }
      int c = text.at(i);
      // what ends at i starts at first: an escape (T\\u00e9l) is read at its last unit, whole
      int first = text.mayEndUnicodeEscape(i) ? text.unicodeEscapeStartEndingAt(i) : -1;
      int folded;
      if (first >= 0) {
        folded = text.foldedLetter(i); // the escaped letter, or -1
      } else {
        first = i;
        folded = text.plainFoldedLetter(i);
        if (folded > 0 && text.endsControlEscape(i)) {
          folded = -1; // the n of \n
        }
      }
      boolean letter = folded >= 0;
      if (partLength > 0 && (!letter || startsCamelWord(text, i + 1))) {
        int partStart = i + 1;
        if (anyPart && isWordAt(text, partStart, partLength, partHash)
            && !inRandomId(text, partStart, partStart + partLength)) {
          return partStart + partLength;
        }
        if (lastLength == 0) {
          lastLength = partLength;
          lastHash = partHash;
        }
        if (!anyPart && onlySuffixes) {
          if (ID_SUFFIXES.isWordAt(text, partStart, partLength, partHash)) {
            sawSuffix = true;
          } else {
            onlySuffixes = false;
            if (sawSuffix) {
              qualifierStart = partStart;
              qualifierLength = partLength;
              qualifierHash = partHash;
            }
          }
        }
        partLength = 0;
        partHash = 0;
        if (!letter) {
          int found = wordAt(text, partStart, wordLength, wordHash, lastLength, lastHash,
              qualifierStart, qualifierLength, qualifierHash);
          if (found >= 0 && !inRandomId(text, partStart, found)) {
            return found;
          }
          wordLength = 0;
          wordHash = 0;
          lastLength = 0;
          lastHash = 0;
          onlySuffixes = true;
          sawSuffix = false;
          qualifierStart = -1;
        }
      }
      if (letter) {
        wordLength += i - first + 1;
        partLength += i - first + 1;
        if (folded > 0) {
          wordHash = wordHash * 31 + folded;
          partHash = partHash * 31 + folded;
        }
      }
      if (c != '\\' && (c < 0x80 || text.startsCodePoint(i))) {
        seen++; // backslashes that escape quotes take no room: \\\"phone\\\": \\\"415…
      }
      i = first;
    }
    return -1;
  }

  /**
   * Whether the word at [start, end) lies in a token of letters, digits, {@code _} and {@code -}
   * that mixes upper and lower case and holds digits between its letters at two places or more,
   * or at one place and has two lower-case letters alone after a capital ({@code Vb} and {@code
   * Ph} in {@code 6Y9kRyrlkDVbBslPhKeodx}): a random base62 or base64url id ({@code
   * KsYGbLPNRt8OGNJM27ZbPH}, {@code 4Q_gsdrKtpa89cLnc8_sMS}, an Elasticsearch index's uuid), whose
   * letters spell a word only by chance ({@code PH}, {@code sMS}); not a key ({@code ssnLast4},
   * {@code phone2}, {@code user_SSN}, {@code e164Phone}, {@code phoneNo2Mobile}), whose words run
   * three lower-case letters or more ({@code ctl00_ContentPlaceHolder1_txtPhone}, {@code
   * Applicant2SSN1Value}, as ASP.NET and form builders name fields), where a random id has two
   * or more runs of one or two ({@code Ks}, {@code Gb}).
   * Read only for a word of the set, at most {@link #MAX_ID_READ} units on each side.
   */
  private static boolean inRandomId(Text text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Ascii.isLetter(text.at(i))) {
        return false; // read through an escape or an accent: T\\u00e9l, Télé
      }
    }
    int from = start;
    while (start - from < MAX_ID_READ && isIdChar(text.at(from - 1))
        && !text.endsEscape(from - 1)) { // Social\\u00a0Security, \\u200bphone, Name\\nPhone
      from--;
    }
    int to = end;
    while (to - end < MAX_ID_READ && isIdChar(text.at(to))) {
      to++;
    }
    boolean upper = false;
    boolean lower = false;
    int innerDigitRuns = 0;
    int lowerAloneAfterCapital = 0;
    int shortLowerRuns = 0;
    for (int i = from; i < to; i++) {
      int c = text.at(i);
      upper |= Ascii.isUpper(c);
      lower |= Ascii.isLower(c);
      if (Ascii.isLower(c) && (i == from || !Ascii.isLower(text.at(i - 1)))
          && !(i + 2 < to && Ascii.isLower(text.at(i + 1)) && Ascii.isLower(text.at(i + 2)))) {
        shortLowerRuns++; // Ks, Gb, Rt: words of a name have longer runs (ContentPlaceHolder1)
      }
      if (Ascii.isLower(c) && i > from && Ascii.isUpper(text.at(i - 1))
          && !Ascii.isLower(text.at(i + 1))) {
        lowerAloneAfterCapital++;
      }
      if (i > from && Ascii.isDigit(c) && !Ascii.isDigit(text.at(i - 1))) {
        int runEnd = i;
        while (runEnd < to && Ascii.isDigit(text.at(runEnd))) {
          runEnd++;
        }
        if (runEnd < to) {
          innerDigitRuns++;
        }
      }
    }
    return upper && lower && innerDigitRuns >= 2 && shortLowerRuns >= 2
        || innerDigitRuns == 1 && lowerAloneAfterCapital >= 2;
  }

  private static boolean isIdChar(int c) {
    return Ascii.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /**
   * The end of the word of the set that the word at {@code start} is or holds, or -1: the whole
   * word ({@code WhatsApp}), and for a strict set also its last part ({@code appVersion}, of
   * {@code lastLength} letters) or the part before the id suffixes that end it ({@code orderId},
   * {@code deviceSerialNumber}, at {@code qualifierStart}, -1 if none). Every part of a word
   * counts for a set that is not strict, each as it is read.
   */
  private int wordAt(Text text, int start, int wordLength, int wordHash, int lastLength,
      int lastHash, int qualifierStart, int qualifierLength, int qualifierHash) {
    if (isWordAt(text, start, wordLength, wordHash)) {
      return start + wordLength;
    }
    if (anyPart || lastLength == wordLength) {
      return -1;
    }
    if (isWordAt(text, start + wordLength - lastLength, lastLength, lastHash)) {
      return start + wordLength;
    }
    if (qualifierStart >= 0 && isWordAt(text, qualifierStart, qualifierLength, qualifierHash)) {
      return qualifierStart + qualifierLength;
    }
    return -1;
  }

  /** Whether the {@code length} units at {@code start}, their letters hashed, are a word. */
  private boolean isWordAt(Text text, int start, int length, int hash) {
    return length <= MAX_UNITS_PER_LETTER * longest && contains(text, start, length, hash);
  }

  /** Whether a word of the set starts within {@code window} code points after {@code position}. */
  boolean occursAfter(Text text, int position, int window) {
    int seen = 0;
    int i = position;
    while (i < text.end() && seen <= window) {
      int c = text.at(i);
      int escapeEnd = text.escapeEnd(i);
      if (escapeEnd > 0) {
        if (text.isLineBreakEscape(i)) {
          return false;
        }
        seen++;
        i = escapeEnd;
        continue;
      }
      if (isWordLetter(text, i) && !isWordLetter(text, i - 1)) {
        int wordEnd = i;
        while (text.foldedLetter(wordEnd) >= 0
            && (wordEnd == i || !startsCamelWord(text, wordEnd))) {
          if (text.foldedLetter(wordEnd) > 0) {
            seen++;
          }
          wordEnd++;
        }
        if (contains(text, i, wordEnd)) {
          return true;
        }
        i = wordEnd;
        continue;
      }
      if (c == '\n') {
        return false;
      }
      if (c < 0x80 || text.startsCodePoint(i)) {
        seen++;
      }
      i++;
    }
    return false;
  }

  /**
   * Whether every word from {@code from} to {@code to} is in the set, with only spaces and
   * punctuation besides (no digit): {@code number} and {@code ref} in {@code Part number 412…},
   * {@code Claim ref: 412…}; each part of a camel-case key counts as a word ({@code RefNo} in
   * {@code bookingRefNo}).
   */
  boolean holdsAllWordsBetween(Text text, int from, int to) {
    int i = from;
    while (i < to) {
      if (Ascii.isDigit(text.at(i))) {
        return false;
      }
      if (text.foldedLetter(i) < 0) {
        i++;
        continue;
      }
      int wordStart = i;
      i++;
      while (i < to && text.foldedLetter(i) >= 0 && !startsCamelWord(text, i)) {
        i++;
      }
      if (!contains(text, wordStart, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at [start, end) is in the set. */
  boolean contains(Text text, int start, int end) {
    int length = end - start;
    if (length > MAX_UNITS_PER_LETTER * longest) {
      return false;
    }
    int hash = 0;
    for (int i = end - 1; i >= start; i--) {
      int letter = text.foldedLetter(i);
      if (letter != 0) {
        hash = hash * 31 + letter;
      }
    }
    return contains(text, start, length, hash);
  }

  /**
   * Whether the {@code length} units at {@code start}, whose letters hash to {@code rawHash}, are
   * a word of the set (see {@link #MAX_UNITS_PER_LETTER} for how long it may be).
   */
  private boolean contains(Text text, int start, int length, int rawHash) {
    int slot = mix(rawHash) & (TABLE_SIZE - 1);
    String word;
    while ((word = table[slot]) != null) {
      if (text.matchesFolded(start, length, word)) {
        return true;
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    return false;
  }
}
