package dev.piiguard.core.detect;

import java.util.Locale;

/**
 * A small set of words that say what a nearby number is ("ssn", "imei", "phone"), looked up in a
 * window of text before or after a candidate, ignoring case.
 *
 * <p>Windows are measured in code points, so the char and byte paths see the same words.
 */
final class ContextWords {
  private final String[] words;
  private final int longest;

  private ContextWords(String[] words) {
    this.words = words;
    int max = 0;
    for (String word : words) {
      max = Math.max(max, word.length());
    }
    this.longest = max;
  }

  /** A set of ASCII words; each may contain letters only. */
  static ContextWords of(String... words) {
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT);
    }
    return new ContextWords(lower);
  }

  /**
   * The distance in code points from {@code position} back to the end of the nearest word of the
   * set that ends within {@code window} code points before it, or -1.
   */
  int distanceBefore(Text text, int position, int window) {
    int seen = 0;
    int i = position - 1;
    int wordEnd = -1;
    int distanceAtWordEnd = 0;
    while (i >= text.start() && seen <= window + longest) {
      int c = text.at(i);
      if (Ascii.isLetter(c)) {
        if (wordEnd < 0) {
          wordEnd = i + 1;
          distanceAtWordEnd = seen;
        }
      } else if (wordEnd >= 0) {
        if (distanceAtWordEnd <= window && contains(text, i + 1, wordEnd)) {
          return distanceAtWordEnd;
        }
        wordEnd = -1;
      }
      if (text.startsCodePoint(i)) {
        seen++;
      }
      i--;
    }
    if (wordEnd >= 0 && distanceAtWordEnd <= window && contains(text, i + 1, wordEnd)) {
      return distanceAtWordEnd;
    }
    return -1;
  }

  /** Whether a word of the set starts within {@code window} code points after {@code position}. */
  boolean occursAfter(Text text, int position, int window) {
    int seen = 0;
    int i = position;
    while (i < text.end() && seen <= window) {
      int c = text.at(i);
      if (Ascii.isLetter(c) && !Ascii.isLetter(text.at(i - 1))) {
        int wordEnd = i;
        while (Ascii.isLetter(text.at(wordEnd))) {
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
      if (text.startsCodePoint(i)) {
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
    for (String word : words) {
      if (word.length() == length && text.matchesIgnoreCase(start, word)) {
        return true;
      }
    }
    return false;
  }
}
