package dev.piiguard.core;

import dev.piiguard.core.detect.MatchListener;

/**
 * Receives the findings of a scan as they are confirmed, in order of their start offset and never
 * overlapping.
 *
 * <p>Scanning with a listener allocates nothing when nothing is found, which is why the agent uses
 * it on every request body. The listener is called on the scanning thread.
 */
@FunctionalInterface
public interface FindingListener extends MatchListener {

  /**
   * Called once per finding.
   *
   * @param type the entity id, one of {@link EntityTypes} or a custom detector's id
   * @param start the offset of the first char (or byte) of the value
   * @param end the offset just past the value
   */
  void onFinding(String type, int start, int end);

  /** Forwards the scanner's match to {@link #onFinding}. */
  @Override
  default void onMatch(String type, int start, int end) {
    onFinding(type, start, end);
  }
}
