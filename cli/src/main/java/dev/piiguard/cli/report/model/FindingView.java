package dev.piiguard.cli.report.model;

import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.util.List;

/**
 * A static finding as the report shows it.
 *
 * @param id a short id the data map links to, such as {@code F3}
 * @param finding the finding
 * @param channel where its data goes
 * @param observedAt hosts that audit events show this method sending personal data to
 */
public record FindingView(String id, StaticFinding finding, Channel channel, List<String> observedAt) {

  /** Copies the hosts. */
  public FindingView {
    observedAt = List.copyOf(observedAt);
  }
}
