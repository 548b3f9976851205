package dev.piiguard.cli.report.model;

import java.util.List;

/**
 * Everywhere one type of personal data goes.
 *
 * @param piiType the type, such as {@code EMAIL}
 * @param flows its flows, logs first
 * @param staticFindings how many static findings involve this type
 * @param runtimeValues how many values of this type the agent found
 */
public record PiiTypeFlows(String piiType, List<DataFlow> flows, int staticFindings, long runtimeValues) {

  /** Copies the flows. */
  public PiiTypeFlows {
    flows = List.copyOf(flows);
  }
}
