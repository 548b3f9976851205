package dev.piiguard.cli.report.model;

import java.util.List;
import java.util.Optional;

/**
 * One place one type of personal data goes to, with its evidence.
 *
 * @param piiType the type, such as {@code EMAIL}
 * @param channel the kind of place
 * @param destination the host for requests seen at run time, otherwise the channel's description
 * @param findingIds the ids of the static findings on this flow, such as {@code F3}
 * @param runtime what the audit events say, if any event shows this flow
 * @param runtimeFromMethods whether {@code runtime} counts the requests the findings' methods sent
 *     to this host (any type), because no event names this type there: the findings name no type
 *     the agent detects, such as {@code OTHER}
 * @param status what the evidence adds up to
 */
public record DataFlow(
    String piiType,
    Channel channel,
    String destination,
    List<String> findingIds,
    Optional<RuntimeStats> runtime,
    boolean runtimeFromMethods,
    FlowStatus status) {

  /** Copies the ids. */
  public DataFlow {
    findingIds = List.copyOf(findingIds);
  }

  /** How much evidence this flow has, for ordering and line widths. */
  public long weight() {
    return findingIds.size() + runtime.map(RuntimeStats::requests).orElse(0);
  }
}
