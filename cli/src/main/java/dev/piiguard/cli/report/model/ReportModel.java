package dev.piiguard.cli.report.model;

import java.util.List;

/**
 * Everything a report shows, whatever its format: the HTML, JSON and Markdown renderers read only
 * this.
 *
 * @param inputs what the report was made from
 * @param summary the headline numbers
 * @param dataMap for each PII type, where it goes, with evidence; most evidence first
 * @param destinations every host seen in the audit events, most requests first
 * @param patterns the static findings grouped by bug pattern
 * @param notes what was left out or masked
 */
public record ReportModel(
    ReportInputs inputs,
    Summary summary,
    List<PiiTypeFlows> dataMap,
    List<DestinationActivity> destinations,
    List<PatternSection> patterns,
    ReportNotes notes) {

  /** Copies the lists. */
  public ReportModel {
    dataMap = List.copyOf(dataMap);
    destinations = List.copyOf(destinations);
    patterns = List.copyOf(patterns);
  }

  /** Whether the report has anything from SpotBugs. */
  public boolean hasStaticInput() {
    return inputs.spotbugsFile().isPresent();
  }

  /** Whether the report has anything from the agent. */
  public boolean hasRuntimeInput() {
    return inputs.auditFile().isPresent();
  }
}
