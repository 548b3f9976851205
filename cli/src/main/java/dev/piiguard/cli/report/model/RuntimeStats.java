package dev.piiguard.cli.report.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

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

  private static final Set<String> PROTECTED_OUTCOMES = Set.of("redacted", "tokenized", "blocked", "refused");

  /** Copies the maps. */
  public RuntimeStats {
    outcomes = OrderedMaps.copy(outcomes);
    actions = OrderedMaps.copy(actions);
  }

  /**
   * Whether any request may have left unchanged: sent by {@code monitor}, sent without
   * inspection, or with an outcome this version does not know.
   */
  public boolean anySentUnprotected() {
    return !PROTECTED_OUTCOMES.containsAll(outcomes.keySet());
  }
}
