package dev.piiguard.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * A named rule: requests to one of its hosts whose path starts with one of its prefixes get its
 * action. An empty host list matches every host and an empty path list every path.
 *
 * @param name the rule's name, as in {@code rule.<name>.action}; it appears in audit events
 * @param hosts host globs
 * @param pathPrefixes path prefixes, each starting with {@code /}; read as request paths are
 *     ({@link NormalizedPath})
 * @param action the action for matching requests
 */
public record DestinationRule(String name, List<HostGlob> hosts, List<String> pathPrefixes, Action action) {

  /** Copies the lists and checks the parts. */
  public DestinationRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    hosts = List.copyOf(hosts);
    pathPrefixes = pathPrefixes.stream().map(NormalizedPath::of).toList();
    if (hosts.isEmpty() && pathPrefixes.isEmpty()) {
      throw new IllegalArgumentException("rule " + name + " names neither hosts nor paths");
    }
  }

  /** Whether this rule names {@code host} (lower case); true when the rule names no host. */
  boolean matchesHost(String host) {
    if (hosts.isEmpty()) {
      return true;
    }
    for (HostGlob glob : hosts) {
      if (glob.matches(host)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code path} starts with one of this rule's prefixes; true when it names none. */
  boolean matchesPath(String path) {
    if (pathPrefixes.isEmpty()) {
      return true;
    }
    for (String prefix : pathPrefixes) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
