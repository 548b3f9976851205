package dev.piiguard.core.detect;

import java.util.Arrays;

/**
 * Matches found in the whole text before the scan loop runs (custom patterns, known values),
 * collected in any order and queued in order of start.
 */
final class SideMatches {
  private String[] types = new String[16];
  private int[] matches = new int[3 * 16]; // start, end and rank of each match
  private int count;

  void add(String type, int start, int end, int rank) {
    if (count == types.length) {
      types = Arrays.copyOf(types, count * 2);
      matches = Arrays.copyOf(matches, 3 * count * 2);
    }
    types[count] = type;
    matches[3 * count] = start;
    matches[3 * count + 1] = end;
    matches[3 * count + 2] = rank;
    count++;
  }

  /** Queues every match in {@code pending}, in order of start (then of adding). */
  void queueInOrder(PendingFindings pending) {
    long[] byStart = new long[count];
    for (int m = 0; m < count; m++) {
      byStart[m] = (long) matches[3 * m] << 32 | m;
    }
    Arrays.sort(byStart);
    for (long key : byStart) {
      int m = (int) key;
      pending.queue(types[m], matches[3 * m], matches[3 * m + 1], matches[3 * m + 2]);
    }
  }
}
