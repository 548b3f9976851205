package dev.piiguard.cli.report.spotbugs;

import java.util.List;
import java.util.Map;

/**
 * What a SpotBugs result file says about personal data.
 *
 * @param inputName the file name the findings come from, without folders
 * @param format {@code SpotBugs XML} or {@code SARIF}
 * @param findings the findings of PII patterns, in file order
 * @param patterns the description of every pattern in {@code findings}, by pattern id
 * @param otherFindings how many findings of patterns not about personal data were left out
 */
public record StaticAnalysis(
    String inputName,
    String format,
    List<StaticFinding> findings,
    Map<String, BugPatternInfo> patterns,
    int otherFindings) {

  /** Copies the collections. */
  public StaticAnalysis {
    findings = List.copyOf(findings);
    patterns = Map.copyOf(patterns);
  }

  /** Whether a finding of {@code type} belongs in a PII report. */
  public static boolean isPiiPattern(String type) {
    return type.startsWith("PII_");
  }
}
