package dev.piiguard.cli.report.model;

import java.time.Instant;
import java.util.Map;

/**
 * What the audit events say about one flow or destination.
 *
 * @param requests how many requests
 * @param values how many values were found in them
 * @param distinctValues how many different values, by keyed fingerprint
 * @param outcomes outcome (such as {@code tokenized}) to number of requests
 * @param actions configured action (such as {@code tokenize}) to number of requests
 * @param firstSeen the time of the first request
 * @param lastSeen the time of the last request
 */
public record RuntimeStats(
    int requests,
    long values,
    int distinctValues,
    Map<String, Integer> outcomes,
    Map<String, Integer> actions,
    Instant firstSeen,
    Instant lastSeen) {

  /** Copies the maps. */
  public RuntimeStats {
    outcomes = OrderedMaps.copy(outcomes);
    actions = OrderedMaps.copy(actions);
  }

  /** Whether any request left unchanged: sent by {@code monitor} or without inspection. */
  public boolean anySentUnprotected() {
    return outcomes.getOrDefault("sent", 0) + outcomes.getOrDefault("sent-uninspected", 0) > 0;
  }
}
