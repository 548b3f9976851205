package dev.piiguard.cli.report.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Adds up audit events into {@link RuntimeStats}. */
final class RuntimeTally {

  private int requests;
  private long values;
  private final Set<String> fingerprints = new HashSet<>();
  private final Map<String, Integer> outcomes = new TreeMap<>();
  private final Map<String, Integer> actions = new TreeMap<>();
  private Instant firstSeen;
  private Instant lastSeen;

  void add(Instant time, String outcome, String action, int valueCount, Set<String> valueFingerprints) {
    requests++;
    values += valueCount;
    fingerprints.addAll(valueFingerprints);
    outcomes.merge(outcome, 1, Integer::sum);
    actions.merge(action, 1, Integer::sum);
    if (firstSeen == null || time.isBefore(firstSeen)) {
      firstSeen = time;
    }
    if (lastSeen == null || time.isAfter(lastSeen)) {
      lastSeen = time;
    }
  }

  /** Adds everything {@code other} counted. */
  void addAll(RuntimeTally other) {
    requests += other.requests;
    values += other.values;
    fingerprints.addAll(other.fingerprints);
    other.outcomes.forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum));
    other.actions.forEach((action, count) -> actions.merge(action, count, Integer::sum));
    if (other.firstSeen != null && (firstSeen == null || other.firstSeen.isBefore(firstSeen))) {
      firstSeen = other.firstSeen;
    }
    if (other.lastSeen != null && (lastSeen == null || other.lastSeen.isAfter(lastSeen))) {
      lastSeen = other.lastSeen;
    }
  }

  RuntimeStats stats() {
    return new RuntimeStats(
        requests, values, fingerprints.size(), outcomes, actions, firstSeen, lastSeen);
  }
}
