package dev.piiguard.core.known;

/**
 * What the values of one representation (chars or UTF-8 bytes) start with and how long they are,
 * as bits that only grow, so that a search passes over the word starts where no value starts
 * without hashing them as far as the longest value reaches (every number of a list of numbers,
 * say). The first unit's low eight bits are read first: the set of first {@value
 * KnownValues#MIN_LENGTH} units (hashed to a bit) is larger and competes with the scan's own tables
 * for the processor's fastest cache. Written under the registry's lock, read without one.
 */
final class StartFilter {
  private static final int MIN_PREFIX_BITS = 1 << 12;
  private static final int MAX_PREFIX_BITS = 1 << 21;

  private final long[] firstUnits = new long[4];
  private final long[] prefixes;
  private final int prefixShift;
  private final long[] lengths;
  private volatile int longest;

  /** A filter for up to {@code capacity} values of up to {@code maxLength} units. */
  StartFilter(int capacity, int maxLength) {
    // five to ten bits per value of capacity, so that most prefixes no value has find their bit clear
    int prefixBits = (int) Math.max(MIN_PREFIX_BITS, Math.min(MAX_PREFIX_BITS,
        (long) Integer.highestOneBit(capacity) << 3));
    prefixes = new long[prefixBits / 64];
    prefixShift = 64 - Integer.numberOfTrailingZeros(prefixBits);
    lengths = new long[maxLength / 64 + 1];
  }

  /** Records a value of {@code length} units that starts with {@code firstUnit} and {@code prefix}. */
  void add(int firstUnit, long prefix, int length) {
    setBit(firstUnits, firstUnit & 0xFF);
    setBit(prefixes, prefixSlot(prefix));
    setBit(lengths, length);
    longest = Math.max(longest, length);
  }

  /** Whether a value may start with {@code unit}. */
  boolean mayStartWith(int unit) {
    return hasBit(firstUnits, unit & 0xFF);
  }

  /** Whether a value may start with the first units {@code prefix} packs. */
  boolean mayStartWithPrefix(long prefix) {
    return hasBit(prefixes, prefixSlot(prefix));
  }

  /** Whether a value has {@code length} units. */
  boolean hasLength(int length) {
    return hasBit(lengths, length);
  }

  /** The most units a value has. */
  int longest() {
    return longest;
  }

  /** The first {@value KnownValues#MIN_LENGTH} chars at {@code start}, packed. */
  static long prefixOf(CharSequence text, int start) {
    return (long) text.charAt(start) << 48 | (long) text.charAt(start + 1) << 32
        | (long) text.charAt(start + 2) << 16 | text.charAt(start + 3);
  }

  /** The first {@value KnownValues#MIN_LENGTH} bytes at {@code start}, packed. */
  static long prefixOf(byte[] utf8, int start) {
    return (utf8[start] & 0xFFL) << 24 | (utf8[start + 1] & 0xFF) << 16 | (utf8[start + 2] & 0xFF) << 8
        | utf8[start + 3] & 0xFF;
  }

  private int prefixSlot(long prefix) {
    return (int) ((prefix * 0x9E3779B97F4A7C15L) >>> prefixShift);
  }

  private static void setBit(long[] bits, int index) {
    bits[index >>> 6] |= 1L << index;
  }

  private static boolean hasBit(long[] bits, int index) {
    return (bits[index >>> 6] & 1L << index) != 0;
  }
}
