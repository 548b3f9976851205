package dev.piiguard.cli.report.model;

import java.util.Map;

/**
 * The numbers a reader sees first.
 *
 * @param staticFindings how many static findings of PII patterns
 * @param findingsByPattern pattern id to findings, most first
 * @param findingsByPiiType PII type to findings, most first (a finding with two types counts twice)
 * @param requests how the agent handled requests
 * @param valuesByPiiType entity id to values the agent found, most first
 * @param requestsByOutcome outcome to requests, in the order the report explains them
 */
public record Summary(
    int staticFindings,
    Map<String, Integer> findingsByPattern,
    Map<String, Integer> findingsByPiiType,
    RequestCounts requests,
    Map<String, Long> valuesByPiiType,
    Map<String, Integer> requestsByOutcome) {

  /** Copies the maps. */
  public Summary {
    findingsByPattern = OrderedMaps.copy(findingsByPattern);
    findingsByPiiType = OrderedMaps.copy(findingsByPiiType);
    valuesByPiiType = OrderedMaps.copy(valuesByPiiType);
    requestsByOutcome = OrderedMaps.copy(requestsByOutcome);
  }
}
