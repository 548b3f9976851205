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

  RuntimeStats stats() {
    return new RuntimeStats(
        requests, values, fingerprints.size(), outcomes, actions, firstSeen, lastSeen);
  }
}
