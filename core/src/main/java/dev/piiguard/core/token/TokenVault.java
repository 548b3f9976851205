package dev.piiguard.core.token;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded memory of issued tokens: token suffix to type and original value, least recently
 * used first out, limited by a number of entries and a total number of value chars.
 */
final class TokenVault {

  /** One issued token's type and the value it stands for. */
  record Entry(String type, String value) {
    /** Never the value: an entry that reaches a log or a debugger's view must not leak it. */
    @Override
    public String toString() {
      return "Entry[type=" + type + ", value=(" + value.length() + " chars)]";
    }
  }

  /** What {@link #remember} did. */
  enum Outcome {
    REMEMBERED,
    /** The suffix already stands for another value: the caller must pick another suffix. */
    TAKEN,
    /** The value alone is larger than the whole vault; the token is valid but not restorable. */
    TOO_LARGE
  }

  private final int maxEntries;
  private final long maxChars;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long chars;
  private volatile String[] types = new String[0];
  private volatile int longestType;

  TokenVault(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  synchronized Outcome remember(String suffix, String type, String value) {
    Entry existing = entries.get(suffix);
    if (existing != null) {
      return existing.type().equals(type) && existing.value().equals(value)
          ? Outcome.REMEMBERED
          : Outcome.TAKEN;
    }
    addType(type);
    if (value.length() > maxChars) {
      return Outcome.TOO_LARGE;
    }
    entries.put(suffix, new Entry(type, value));
    chars += value.length();
    evictBeyondBounds();
    return Outcome.REMEMBERED;
  }

  synchronized Entry lookup(String suffix) {
    return entries.get(suffix);
  }

  synchronized int size() {
    return entries.size();
  }

  /** Every type a token was issued for, so far; never shrinks. */
  String[] types() {
    return types;
  }

  int longestType() {
    return longestType;
  }

  private void evictBeyondBounds() {
    Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || chars > maxChars) && oldestFirst.hasNext()) {
      chars -= oldestFirst.next().getValue().value().length();
      oldestFirst.remove();
    }
  }

  private void addType(String type) {
    String[] known = types;
    for (String name : known) {
      if (name.equals(type)) {
        return;
      }
    }
    String[] grown = Arrays.copyOf(known, known.length + 1);
    grown[known.length] = type;
    longestType = Math.max(longestType, type.length());
    types = grown;
  }
}
