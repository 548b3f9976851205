package dev.piiguard.core.detect;

import dev.piiguard.core.known.KnownValues;

/**
 * Queues the known values a search finds, which come in order of start, as candidates of one
 * scan; one per context, so that a search that finds nothing allocates nothing.
 */
final class KnownValueQueue implements KnownValues.MatchSink {
  private final PendingFindings pending;
  private int rank;

  KnownValueQueue(PendingFindings pending) {
    this.pending = pending;
  }

  /** This queue, for candidates of {@code rank}. */
  KnownValueQueue ranked(int rank) {
    this.rank = rank;
    return this;
  }

  @Override
  public void match(String type, int start, int end) {
    pending.queue(type, start, end, rank);
  }
}
