package dev.piiguard.cli.report.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the audit events say about one destination host.
 *
 * @param host the host, with its port when not the default
 * @param scheme {@code https} or {@code http}
 * @param channel {@link Channel#AI_PROVIDER} when the agent treated it as an AI API
 * @param rules the rules that picked the action
 * @param clients the HTTP client libraries that called it
 * @param paths the request paths (masked), at most a few
 * @param stats the requests, outcomes and times
 * @param valuesByType entity id to number of values sent there
 * @param uninspected requests the agent could not look into
 * @param insecureTransport requests that carried PII over plain HTTP off this machine
 */
public record DestinationActivity(
    String host,
    String scheme,
    Channel channel,
    List<String> rules,
    List<String> clients,
    List<String> paths,
    RuntimeStats stats,
    Map<String, Long> valuesByType,
    int uninspected,
    int insecureTransport) {

  /** Copies the collections. */
  public DestinationActivity {
    rules = List.copyOf(rules);
    clients = List.copyOf(clients);
    paths = List.copyOf(paths);
    valuesByType = OrderedMaps.copy(valuesByType);
  }
}
