package dev.piiguard.core.detect;

/**
 * Receives the confirmed matches of a {@link ScanEngine}, in order of start and never
 * overlapping. {@code dev.piiguard.core.FindingListener} is the public face of this interface.
 */
@FunctionalInterface
public interface MatchListener {

  /** Called once per match with its entity id and offsets (end exclusive). */
  void onMatch(String type, int start, int end);
}
