package dev.piiguard.agent.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Exact percentiles of recorded times: every sample is kept and sorted, none is dropped (the
 * nearest-rank method, as HdrHistogram reports at full precision).
 */
final class Percentiles {
  private final long[] sorted;

  private Percentiles(long[] sorted) {
    this.sorted = sorted;
  }

  /** The percentiles of {@code count} samples of {@code nanos}; the array is left unchanged. */
  static Percentiles of(long[] nanos, int count) {
    if (count <= 0 || count > nanos.length) {
      throw new IllegalArgumentException("count out of range: " + count);
    }
    long[] copy = Arrays.copyOf(nanos, count);
    Arrays.sort(copy);
    return new Percentiles(copy);
  }

  /** The smallest sample that at least {@code percent} percent of the samples do not exceed. */
  long at(double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("percent out of (0, 100]: " + percent);
    }
    int rank = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  int count() {
    return sorted.length;
  }

  /** p50, p90, p99, p99.9 and max in microseconds. */
  String summary() {
    return String.format(Locale.ROOT, "p50 %7.2f  p90 %7.2f  p99 %7.2f  p99.9 %8.2f  max %9.1f us",
        micros(at(50)), micros(at(90)), micros(at(99)), micros(at(99.9)), micros(at(100)));
  }

  static double micros(long nanos) {
    return nanos / 1e3;
  }
}
