package dev.piiguard.core.known;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values an application knows to be personal data, each with an entity id, found whole wherever
 * they appear in a scanned text: a customer's name or postal address, which no detector can tell
 * by its shape. Give them to a scanner with {@code PiiScanner.builder().withKnownValues(values)};
 * its findings then include them.
 *
 * <pre>{@code
 * KnownValues known = KnownValues.withCapacity(100_000);
 * known.add(customer.fullName(), "PERSON_NAME");
 * PiiScanner scanner = PiiScanner.builder().withKnownValues(known).build();
 * scanner.scan("Write to Jane Doe about her order");   // PERSON_NAME at 9..17
 * }</pre>
 *
 * <p>A value is found where it appears exactly (same case, same spacing), also as common JSON
 * serialisers escape it inside a string ({@code Zo\u00eb O\u0027Brien}, see {@link JsonSpellings}),
 * and no ASCII letter,
 * digit or {@code _} touches it on either side: {@code Jane Doe} is found in {@code "Jane Doe,"}
 * but not in {@code "Jane Doerr"} or {@code "Jane Doe_2"}. Only values of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters that
 * start and end with a letter or digit are taken: a shorter one would be found in too many texts.
 * Nor is a number, or one word of lower-case ASCII letters ({@code true}, {@code null},
 * {@code none}, {@code user}): found in a JSON body, its placeholder or token would break the JSON
 * ({@code "max_tokens":[POSTAL_ADDRESS]}) or change a value an API reads ({@code
 * "tool_choice":"[OTHER]"}). A capitalised word is taken: the first name {@code Will} is then found
 * in {@code "Will it rain?"}.
 *
 * <p>No value is kept: only its fingerprints, 61-bit hashes under a random key of this instance
 * (of its chars and of its UTF-8 bytes), so that no value can be read from the registry as text
 * (the key is in the same heap: a heap dump lets a guessed value, a name from a list, be
 * confirmed); two different texts of at most {@code n} units share a fingerprint with a
 * probability of at most {@code n / 2^61}. The registry holds at most its capacity of spellings
 * (a value JSON would escape has several): when full, the older half is forgotten, a value added
 * again stays. Thread-safe: new values are added
 * under a lock, scans and values added again read without one (a value added while a scan runs may
 * be missed by it). Nothing is allocated by a
 * search that finds nothing.
 */
public final class KnownValues {
  /** The fewest characters a value may have. */
  public static final int MIN_LENGTH = 4;
  /** The most characters a value may have. */
  public static final int MAX_LENGTH = 128;

  private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_.-]+");
  /** A JSON number as a value can be one: it starts with a digit. */
  private static final Pattern JSON_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");
  private static final int MAX_TYPES = 127;
  private static final int MAX_UTF8_LENGTH = 4 * MAX_LENGTH;
  /** Which byte values are word units (see {@link #isWordUnit}). */
  private static final boolean[] WORD_BYTES = wordBytes();

  private final long charBase;
  private final long byteBase;
  private final int generationSize;
  private final Object lock = new Object();
  private volatile Generation current;
  private volatile Generation previous;
  private volatile String[] types = new String[0];
  private volatile boolean empty = true;
  private final StartFilter charStarts;
  private final StartFilter byteStarts;

  private KnownValues(int capacity) {
    SecureRandom random = new SecureRandom();
    this.charBase = randomBase(random);
    this.byteBase = randomBase(random);
    this.generationSize = Math.max(1, capacity / 2);
    this.charStarts = new StartFilter(capacity, MAX_LENGTH);
    this.byteStarts = new StartFilter(capacity, MAX_UTF8_LENGTH);
    this.current = new Generation();
  }

  /** An empty registry that holds at most {@code capacity} values (at least 2). */
  public static KnownValues withCapacity(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity < 2: " + capacity);
    }
    return new KnownValues(capacity);
  }

  /**
   * Adds {@code value}, to be found as {@code type}, and tells whether it was taken: white space
   * around it is left out, and a value shorter than {@value #MIN_LENGTH} or longer than {@value
   * #MAX_LENGTH} characters, or one that does not start and end with a letter or digit, or a
   * number ({@code 2048}, {@code 12.50}), or one word of lower-case ASCII letters ({@code null},
   * {@code none}), is not.
   *
   * @throws IllegalArgumentException if {@code type} is not an entity id (letters, digits,
   *     {@code _}, {@code -} and {@code .})
   */
  public boolean add(CharSequence value, String type) {
    Objects.requireNonNull(value, "value");
    if (indexOfType(Objects.requireNonNull(type, "type")) < 0 && !ENTITY_ID.matcher(type).matches()) {
      throw new IllegalArgumentException("not an entity id: " + type);
    }
    if (value.length() > 2 * MAX_LENGTH) {
      return false; // however much white space it has around it: not copied to be stripped
    }
    String text = value.toString().strip();
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH
        || !Character.isLetterOrDigit(text.codePointAt(0))
        || !Character.isLetterOrDigit(text.codePointBefore(text.length())) || isJsonScalar(text)
        || isLowerCaseWord(text)) {
      return false;
    }
    long charFingerprint = 0;
    for (int i = 0; i < text.length(); i++) {
      charFingerprint = FingerprintHash.extend(charFingerprint, text.charAt(i), charBase);
    }
    if (current.chars.typeOf(charFingerprint) >= 0) {
      // the common case (the same customer's record made again): no lock, no encoding
      return true;
    }
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(text);
    spellings.addAll(JsonSpellings.of(text, MAX_LENGTH));
    synchronized (lock) {
      int typeIndex = typeIndex(type);
      if (typeIndex < 0) {
        return false;
      }
      if (current.chars.size() >= generationSize) {
        previous = current;
        current = new Generation();
      }
      for (String spelling : spellings) {
        addSpelling(spelling, typeIndex);
      }
      empty = false;
    }
    return true;
  }

  /** Adds one spelling of a value; under the lock. */
  private void addSpelling(String spelling, int typeIndex) {
    long charFingerprint = 0;
    for (int i = 0; i < spelling.length(); i++) {
      charFingerprint = FingerprintHash.extend(charFingerprint, spelling.charAt(i), charBase);
    }
    byte[] utf8 = spelling.getBytes(StandardCharsets.UTF_8);
    long byteFingerprint = 0;
    for (byte unit : utf8) {
      byteFingerprint = FingerprintHash.extend(byteFingerprint, unit & 0xFF, byteBase);
    }
    current.chars.add(charFingerprint, typeIndex);
    current.bytes.add(byteFingerprint, typeIndex);
    charStarts.add(spelling.charAt(0), StartFilter.prefixOf(spelling, 0), spelling.length());
    byteStarts.add(utf8[0], StartFilter.prefixOf(utf8, 0), utf8.length);
  }

  /** Whether no value was ever added: a search then returns at once. */
  public boolean isEmpty() {
    return empty;
  }

  /** Reports each known value in {@code text} to {@code sink}, in order of start (the longest at a start). */
  public void find(CharSequence text, MatchSink sink) {
    if (empty) {
      return;
    }
    Generation newer = current;
    Generation older = previous;
    int length = text.length();
    boolean afterWordUnit = false;
    for (int start = 0; start + MIN_LENGTH <= length; start++) {
      char unit = text.charAt(start);
      if (!afterWordUnit && charStarts.mayStartWith(unit)
          && charStarts.mayStartWithPrefix(StartFilter.prefixOf(text, start))) {
        report(longestInChars(text, start, length, newer, older), start, sink);
      }
      afterWordUnit = isWordUnit(unit);
    }
  }

  /**
   * Reports each known value in the UTF-8 bytes {@code utf8[from..to)} to {@code sink}, in order
   * of start, with offsets that are indexes into {@code utf8}.
   */
  public void findUtf8(byte[] utf8, int from, int to, MatchSink sink) {
    Objects.checkFromToIndex(from, to, utf8.length);
    if (empty) {
      return;
    }
    Generation newer = current;
    Generation older = previous;
    boolean afterWordUnit = false;
    // a value of at least MIN_LENGTH chars has at least as many bytes
    for (int start = from; start + MIN_LENGTH <= to; start++) {
      byte unit = utf8[start];
      if (!afterWordUnit && byteStarts.mayStartWith(unit)
          && byteStarts.mayStartWithPrefix(StartFilter.prefixOf(utf8, start))) {
        report(longestInBytes(utf8, start, to, newer, older), start, sink);
      }
      afterWordUnit = WORD_BYTES[unit & 0xFF];
    }
  }

  // The searches for a value at one start, apart from the loops above over every unit.

  /** The longest value at {@code start} as {@code end << 32 | type}, or -1. */
  private long longestInChars(CharSequence text, int start, int length, Generation newer, Generation older) {
    long found = -1;
    long fingerprint = 0;
    int limit = Math.min(length, start + charStarts.longest());
    for (int end = start + 1; end <= limit; end++) {
      fingerprint = FingerprintHash.extend(fingerprint, text.charAt(end - 1), charBase);
      if (charStarts.hasLength(end - start) && (end == length || !isWordUnit(text.charAt(end)))) {
        int type = typeOf(newer.chars, older == null ? null : older.chars, fingerprint);
        if (type >= 0) {
          found = (long) end << 32 | type;
        }
      }
    }
    return found;
  }

  /** The longest value at {@code start} as {@code end << 32 | type}, or -1. */
  private long longestInBytes(byte[] utf8, int start, int to, Generation newer, Generation older) {
    long found = -1;
    long fingerprint = 0;
    int limit = Math.min(to, start + byteStarts.longest());
    for (int end = start + 1; end <= limit; end++) {
      fingerprint = FingerprintHash.extend(fingerprint, utf8[end - 1] & 0xFF, byteBase);
      if (byteStarts.hasLength(end - start) && (end == to || !WORD_BYTES[utf8[end] & 0xFF])) {
        int type = typeOf(newer.bytes, older == null ? null : older.bytes, fingerprint);
        if (type >= 0) {
          found = (long) end << 32 | type;
        }
      }
    }
    return found;
  }

  private void report(long found, int start, MatchSink sink) {
    if (found >= 0) {
      sink.match(types[(int) found], start, (int) (found >>> 32));
    }
  }

  /** Where a search reports what it finds. */
  @FunctionalInterface
  public interface MatchSink {
    /** One known value of entity id {@code type} at {@code [start, end)}. */
    void match(String type, int start, int end);
  }

  /** Whether {@code text} reads as a JSON number or literal, where no placeholder may stand. */
  private static boolean isJsonScalar(String text) {
    char first = text.charAt(0);
    if (first >= '0' && first <= '9') {
      return JSON_NUMBER.matcher(text).matches();
    }
    return text.equals("true") || text.equals("false") || text.equals("null");
  }

  /**
   * Whether {@code text} is one word of lower-case ASCII letters: the enumerated values of an API's
   * JSON ({@code "tool_choice":"none"}, {@code "role":"user"}) and placeholders a field may hold
   * ({@code unknown}, {@code guest}), whose placeholder or token would make a request the API
   * refuses; no name or address is written so.
   */
  private static boolean isLowerCaseWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      char unit = text.charAt(i);
      if (unit < 'a' || unit > 'z') {
        return false;
      }
    }
    return true;
  }

  /** The index of {@code type} among the types seen, or -1. */
  private int indexOfType(String type) {
    String[] known = types;
    for (int i = 0; i < known.length; i++) {
      if (known[i].equals(type)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of {@code type}, added if new, or -1 when there are as many types as there may be;
   * under the lock.
   */
  private int typeIndex(String type) {
    int index = indexOfType(type);
    if (index >= 0) {
      return index;
    }
    String[] known = types;
    if (known.length == MAX_TYPES) {
      return -1;
    }
    String[] more = Arrays.copyOf(known, known.length + 1);
    more[known.length] = type;
    types = more;
    return known.length;
  }

  private static int typeOf(FingerprintTable newer, FingerprintTable older, long fingerprint) {
    int type = newer.typeOf(fingerprint);
    return type >= 0 || older == null ? type : older.typeOf(fingerprint);
  }

  /** An ASCII letter, digit or {@code _}: what a value may not be glued to. */
  private static boolean isWordUnit(int unit) {
    return unit >= '0' && unit <= '9' || unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' || unit == '_';
  }

  private static boolean[] wordBytes() {
    boolean[] word = new boolean[256];
    for (int unit = 0; unit < 128; unit++) {
      word[unit] = isWordUnit(unit);
    }
    return word;
  }

  private static long randomBase(SecureRandom random) {
    // far from 0 and 1, below the modulus
    return (1L << 32) + Math.floorMod(random.nextLong(), FingerprintHash.MODULUS - (1L << 33));
  }

  /** The fingerprints added since the last time the registry was full. */
  private static final class Generation {
    final FingerprintTable chars;
    final FingerprintTable bytes;

    Generation() {
      chars = new FingerprintTable();
      bytes = new FingerprintTable();
    }
  }
}
