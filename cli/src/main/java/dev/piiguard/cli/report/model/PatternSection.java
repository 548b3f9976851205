package dev.piiguard.cli.report.model;

import dev.piiguard.cli.report.spotbugs.BugPatternInfo;
import java.util.List;

/**
 * The findings of one bug pattern, with what the pattern means.
 *
 * @param pattern the pattern's description
 * @param channel where its findings send data
 * @param findings its findings, by class and line
 */
public record PatternSection(BugPatternInfo pattern, Channel channel, List<FindingView> findings) {

  /** Copies the findings. */
  public PatternSection {
    findings = List.copyOf(findings);
  }
}
