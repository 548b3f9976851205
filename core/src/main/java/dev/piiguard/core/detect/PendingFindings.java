package dev.piiguard.core.detect;

import java.util.Arrays;

/**
 * Holds candidate matches until no later candidate can overlap them, resolves overlaps, and
 * releases matches to the listener in order of start.
 *
 * <p>When two candidates overlap, the longer one wins, counted in characters (code points) so
 * that a scan of chars and one of UTF-8 bytes agree; at equal length the one from the detector
 * listed first wins (built-in detectors before custom ones), then the earlier one. A candidate
 * that loses to any overlapping one is dropped.
 */
final class PendingFindings {
  private String[] types = new String[4];
  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int[] ranks = new int[4];
  /** The lengths in characters, counted once per candidate. */
  private int[] lengths = new int[4];
  private int count;
  private MatchListener listener;
  private Text text;

  /** Starts a scan of {@code text}, whose offsets the candidates are. */
  void begin(MatchListener listener, Text text) {
    this.listener = listener;
    this.text = text;
    this.count = 0;
  }

  void clear() {
    listener = null;
    text = null;
    Arrays.fill(types, 0, count, null);
    count = 0;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Offers a candidate; {@code rank} orders detectors when lengths tie (lower wins). */
  void offer(String type, int start, int end, int rank) {
    int first = firstEndingAfter(start);
    int last = first;
    int length = -1;
    while (last < count && starts[last] < end) {
      if (length < 0) {
        length = text.codePointCount(start, end);
      }
      if (beats(lengths[last], ranks[last], starts[last], length, rank, start)) {
        return;
      }
      last++;
    }
    int removed = last - first;
    if (removed == 0) {
      ensureRoom();
      shift(first, first + 1);
      count++;
    } else if (removed > 1) {
      shift(last, first + 1);
      Arrays.fill(types, count - removed + 1, count, null);
      count -= removed - 1;
    }
    types[first] = type;
    starts[first] = start;
    ends[first] = end;
    ranks[first] = rank;
    lengths[first] = length >= 0 ? length : text.codePointCount(start, end);
  }

  /** Releases every held match that ends at or before {@code limit}. */
  void releaseUpTo(int limit) {
    int released = 0;
    while (released < count && ends[released] <= limit) {
      listener.onMatch(types[released], starts[released], ends[released]);
      released++;
    }
    if (released > 0) {
      shift(released, 0);
      Arrays.fill(types, count - released, count, null);
      count -= released;
    }
  }

  /** Releases everything held. */
  void releaseAll() {
    releaseUpTo(Integer.MAX_VALUE);
  }

  private static boolean beats(int length, int rank, int start, int otherLength, int otherRank,
      int otherStart) {
    if (length != otherLength) {
      return length > otherLength;
    }
    if (rank != otherRank) {
      return rank < otherRank;
    }
    return start <= otherStart;
  }

  private int firstEndingAfter(int position) {
    int low = 0;
    int high = count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (ends[middle] <= position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private void shift(int from, int to) {
    int length = count - from;
    System.arraycopy(types, from, types, to, length);
    System.arraycopy(starts, from, starts, to, length);
    System.arraycopy(ends, from, ends, to, length);
    System.arraycopy(ranks, from, ranks, to, length);
    System.arraycopy(lengths, from, lengths, to, length);
  }

  private void ensureRoom() {
    if (count == types.length) {
      int capacity = count * 2;
      types = Arrays.copyOf(types, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      ranks = Arrays.copyOf(ranks, capacity);
      lengths = Arrays.copyOf(lengths, capacity);
    }
  }
}
