package dev.piiguard.core.known;

/**
 * A polynomial hash modulo the Mersenne prime 2^61 - 1 with a random base, over a sequence of
 * units (chars or bytes): two different sequences of at most {@code n} units have the same hash
 * with a probability of at most {@code n / 2^61} over the choice of the base, whatever they are.
 * Extended a unit at a time, so every prefix of a text is hashed in one pass.
 */
final class FingerprintHash {
  static final long MODULUS = (1L << 61) - 1;

  private FingerprintHash() {}

  /** The hash of {@code previous}'s units followed by {@code unit} (a char or a byte's 0-255). */
  static long extend(long previous, int unit, long base) {
    long next = multiply(previous, base) + unit + 1;
    return next >= MODULUS ? next - MODULUS : next;
  }

  /** {@code a * b} modulo 2^61 - 1, for {@code a} and {@code b} below it. */
  static long multiply(long a, long b) {
    long low = a * b;
    long high = Math.multiplyHigh(a, b);
    // 2^64 is 8 modulo 2^61 - 1, and 2^61 is 1
    long folded = (low & MODULUS) + (low >>> 61) + (high << 3);
    folded = (folded & MODULUS) + (folded >>> 61);
    return folded >= MODULUS ? folded - MODULUS : folded;
  }
}
