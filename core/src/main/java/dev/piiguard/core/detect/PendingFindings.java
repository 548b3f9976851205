package dev.piiguard.core.detect;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds candidate matches until no later candidate can overlap them, resolves overlaps, and
 * releases matches to the listener in order of start.
 *
 * <p>Overlaps are resolved per group of candidates chained by overlaps, once no later candidate
 * can join the group: the best candidate is kept, then the best of the rest that overlaps none
 * kept, and so on, so the result does not depend on the order the candidates came in. The longer
 * candidate is the better one, counted in characters (code points) so that a scan of chars and
 * one of UTF-8 bytes agree; at equal length the one from the detector listed first (built-in
 * detectors before custom ones), then the earlier one, then the one offered first.
 */
final class PendingFindings {
  private String[] types = new String[4];
  private int[] starts = new int[4];
  private int[] ends = new int[4];
  private int[] ranks = new int[4];
  /** The lengths in characters, counted once per candidate. */
  private int[] lengths = new int[4];
  /** The order candidates were offered in: the last tie-break. */
  private int[] sequences = new int[4];
  private int count;
  private int offered;
  /**
   * Where the group of the first held candidate ends, as far as known, or -1: releasing up to a
   * limit before it has nothing to do.
   */
  private int firstGroupEnd = -1;
  /**
   * Candidates queued in order of start (custom matches, found in the whole text first), offered
   * as the release limit passes their start, so the held ones stay few.
   */
  private String[] queuedTypes = new String[0];
  private int[] queued = new int[0];
  private int queuedCount;
  private int nextQueued;
  private MatchListener listener;
  private Text text;

  /** Starts a scan of {@code text}, whose offsets the candidates are. */
  void begin(MatchListener listener, Text text) {
    this.listener = listener;
    this.text = text;
    this.count = 0;
    this.offered = 0;
    this.firstGroupEnd = -1;
    this.queuedCount = 0;
    this.nextQueued = 0;
  }

  void clear() {
    listener = null;
    text = null;
    Arrays.fill(types, 0, count, null);
    count = 0;
    Arrays.fill(queuedTypes, 0, queuedCount, null);
    queuedCount = 0;
    nextQueued = 0;
  }

  boolean isEmpty() {
    return count == 0 && nextQueued == queuedCount;
  }

  /**
   * Queues a candidate to be offered once the release limit passes its start; candidates must be
   * queued in order of start, before the first release.
   */
  void queue(String type, int start, int end, int rank) {
    if (queuedCount > 0 && start < queued[3 * (queuedCount - 1)]) {
      throw new IllegalArgumentException("queued out of order: " + start);
    }
    if (queuedCount == queuedTypes.length) {
      int capacity = Math.max(16, queuedCount * 2);
      queuedTypes = Arrays.copyOf(queuedTypes, capacity);
      queued = Arrays.copyOf(queued, 3 * capacity);
    }
    queuedTypes[queuedCount] = type;
    queued[3 * queuedCount] = start;
    queued[3 * queuedCount + 1] = end;
    queued[3 * queuedCount + 2] = rank;
    queuedCount++;
  }

  /** Offers a candidate; {@code rank} orders detectors when lengths tie (lower wins). */
  void offer(String type, int start, int end, int rank) {
    ensureRoom();
    int at = insertionPoint(start, end);
    shift(at, at + 1);
    count++;
    types[at] = type;
    starts[at] = start;
    ends[at] = end;
    ranks[at] = rank;
    lengths[at] = text.codePointCount(start, end);
    sequences[at] = offered++;
    if (at == 0) {
      firstGroupEnd = -1;
    } else if (start < firstGroupEnd) {
      firstGroupEnd = Math.max(firstGroupEnd, end); // it joins the first group
    }
  }

  /**
   * Releases the held matches of every group that ends at or before {@code limit}, where no
   * later candidate can start before {@code limit}.
   */
  void releaseUpTo(int limit) {
    while (nextQueued < queuedCount && queued[3 * nextQueued] < limit) {
      offer(queuedTypes[nextQueued], queued[3 * nextQueued], queued[3 * nextQueued + 1],
          queued[3 * nextQueued + 2]);
      queuedTypes[nextQueued++] = null;
    }
    if (firstGroupEnd > limit) {
      return;
    }
    int released = 0;
    while (released < count) {
      int groupEnd = ends[released];
      int next = released + 1;
      while (next < count && starts[next] < groupEnd) {
        groupEnd = Math.max(groupEnd, ends[next]);
        next++;
      }
      if (groupEnd > limit) {
        firstGroupEnd = groupEnd;
        break;
      }
      resolve(released, next);
      released = next;
    }
    if (released == count) {
      firstGroupEnd = -1;
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

  /** Releases the best candidates of the group {@code from} to {@code to}, in order of start. */
  private void resolve(int from, int to) {
    if (to - from == 1) {
      listener.onMatch(types[from], starts[from], ends[from]);
    } else if (to - from == 2) {
      int winner = beats(from, from + 1) ? from : from + 1;
      listener.onMatch(types[winner], starts[winner], ends[winner]);
    } else {
      resolveLarge(from, to);
    }
  }

  /** {@link #resolve} for three or more chained candidates (rare: it allocates). */
  private void resolveLarge(int from, int to) {
    Integer[] best = new Integer[to - from];
    for (int i = from; i < to; i++) {
      best[i - from] = i;
    }
    // beats orders every two candidates: no two were offered at once
    Arrays.sort(best, (a, b) -> a.equals(b) ? 0 : beats(a, b) ? -1 : 1);
    TreeMap<Integer, Integer> kept = new TreeMap<>(); // start to index, disjoint
    for (Integer candidate : best) {
      Map.Entry<Integer, Integer> before = kept.floorEntry(starts[candidate]);
      Map.Entry<Integer, Integer> after = kept.higherEntry(starts[candidate]);
      if ((before == null || ends[before.getValue()] <= starts[candidate])
          && (after == null || after.getKey() >= ends[candidate])) {
        kept.put(starts[candidate], candidate);
      }
    }
    for (int index : kept.values()) {
      listener.onMatch(types[index], starts[index], ends[index]);
    }
  }

  /** Whether held candidate {@code a} is better than held candidate {@code b}. */
  private boolean beats(int a, int b) {
    if (lengths[a] != lengths[b]) {
      return lengths[a] > lengths[b];
    }
    if (ranks[a] != ranks[b]) {
      return ranks[a] < ranks[b];
    }
    if (starts[a] != starts[b]) {
      return starts[a] < starts[b];
    }
    return sequences[a] < sequences[b];
  }

  /** Where a candidate goes so that the held ones stay ordered by start, then end. */
  private int insertionPoint(int start, int end) {
    if (count == 0 || starts[count - 1] < start
        || starts[count - 1] == start && ends[count - 1] <= end) {
      return count; // the usual case: candidates come roughly in order
    }
    int low = 0;
    int high = count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (starts[middle] < start || starts[middle] == start && ends[middle] <= end) {
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
    System.arraycopy(sequences, from, sequences, to, length);
  }

  private void ensureRoom() {
    if (count == types.length) {
      int capacity = count * 2;
      types = Arrays.copyOf(types, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      ranks = Arrays.copyOf(ranks, capacity);
      lengths = Arrays.copyOf(lengths, capacity);
      sequences = Arrays.copyOf(sequences, capacity);
    }
  }
}
