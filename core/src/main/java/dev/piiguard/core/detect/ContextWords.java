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
   * appVersion}) or its first part before an id suffix ({@code orderId}, {@code trackingNumber})
   * count, not {@code buildHost} or {@code orderAccountNumber}.
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
    int start = end;
    while (start > text.start() && isWordLetter(text, start - 1)
        && !startsCamelWord(text, start)) {
      start--;
    }
    return contains(text, start, end);
  }

  /** Whether the unit at {@code i} is a letter of a word, not the end of an escape ({@code \n}). */
  private static boolean isWordLetter(Text text, int i) {
    return Ascii.isLetter(text.at(i)) && !text.endsEscape(i);
  }

  /**
   * Whether a camel-case word starts at {@code i}: an upper-case letter after a lower-case one, as
   * in {@code phoneNumber}, {@code customerSSN}.
   */
  private static boolean startsCamelWord(Text text, int i) {
    return Ascii.isUpper(text.at(i)) && Ascii.isLower(text.at(i - 1));
  }

  /**
   * The index just past the nearest word of the set that ends within {@code window} code points
   * before {@code position}, or -1. A larger index means a nearer word.
   */
  int nearestBefore(Text text, int position, int window) {
    int limit = text.start();
    int seen = 0;
    // The word being read backwards, the camel-case part being read (phoneNumber: Number, then
    // phone), and the word's last part, read first.
    int wordLength = 0;
    int wordHash = 0;
    int partLength = 0;
    int partHash = 0;
    int lastPartLength = 0;
    int lastPartHash = 0;
    int parts = 1;
    for (int i = position - 1; i >= limit; i--) {
      if (wordLength == 0 && seen > window) {
        return -1;
      }
      int c = text.at(i);
      boolean letter = isWordLetter(text, i);
      if (letter && partLength > 0 && startsCamelWord(text, i + 1)) {
        if (anyPart && isWordAt(text, i + 1, partLength, partHash)) {
          return i + 1 + partLength;
        }
        if (parts == 1) {
          lastPartLength = partLength;
          lastPartHash = partHash;
        }
        parts++;
        partLength = 0;
        partHash = 0;
      }
      if (letter) {
        wordLength++;
        wordHash = wordHash * 31 + (c | 0x20);
        partLength++;
        partHash = partHash * 31 + (c | 0x20);
      } else if (wordLength > 0) {
        int found = wordAt(text, i + 1, wordLength, wordHash, partLength, partHash, parts,
            lastPartLength, lastPartHash);
        if (found >= 0) {
          return found;
        }
        wordLength = 0;
        wordHash = 0;
        partLength = 0;
        partHash = 0;
        lastPartLength = 0;
        lastPartHash = 0;
        parts = 1;
      }
      if (c < 0x80 || text.startsCodePoint(i)) {
        seen++;
      }
    }
    return wordLength > 0 ? wordAt(text, limit, wordLength, wordHash, partLength, partHash, parts,
        lastPartLength, lastPartHash) : -1;
  }

  /**
   * The end of the word of the set that the word at {@code start} is or holds, or -1. The word
   * has {@code parts} camel-case parts; the first has {@code firstLength} letters, the last (when
   * there are two or more) {@code lastLength}.
   */
  private int wordAt(Text text, int start, int wordLength, int wordHash, int firstLength,
      int firstHash, int parts, int lastLength, int lastHash) {
    if (anyPart && isWordAt(text, start, firstLength, firstHash)) {
      return start + firstLength;
    }
    if (isWordAt(text, start, wordLength, wordHash)) {
      return start + wordLength;
    }
    if (anyPart || parts == 1) {
      return -1;
    }
    int lastStart = start + wordLength - lastLength;
    if (isWordAt(text, lastStart, lastLength, lastHash)) {
      return start + wordLength;
    }
    if (parts == 2 && ID_SUFFIXES.isWordAt(text, lastStart, lastLength, lastHash)
        && isWordAt(text, start, firstLength, firstHash)) {
      return start + firstLength;
    }
    return -1;
  }

  private boolean isWordAt(Text text, int start, int length, int hash) {
    return length <= longest && contains(text, start, length, hash);
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
      if (Ascii.isLetter(c) && !Ascii.isLetter(text.before(i))) {
        int wordEnd = i + 1;
        while (Ascii.isLetter(text.at(wordEnd)) && !startsCamelWord(text, wordEnd)) {
          wordEnd++;
        }
        if (contains(text, i, wordEnd)) {
          return true;
        }
        seen += wordEnd - i;
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

  /** Whether the word at [start, end) is in the set. */
  boolean contains(Text text, int start, int end) {
    int length = end - start;
    if (length > longest) {
      return false;
    }
    int hash = 0;
    for (int i = end - 1; i >= start; i--) {
      hash = hash * 31 + (text.at(i) | 0x20);
    }
    return contains(text, start, length, hash);
  }

  private boolean contains(Text text, int start, int length, int rawHash) {
    int slot = mix(rawHash) & (TABLE_SIZE - 1);
    String word;
    while ((word = table[slot]) != null) {
      if (word.length() == length && text.matchesIgnoreCase(start, word)) {
        return true;
      }
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    return false;
  }
}
