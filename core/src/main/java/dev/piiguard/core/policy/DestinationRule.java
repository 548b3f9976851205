package dev.piiguard.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * A named rule: requests to one of its hosts whose path starts with one of its prefixes get its
 * action. An empty host list matches every host and an empty path list every path.
 *
 * @param name the rule's name, as in {@code rule.<name>.action}; it appears in audit events
 * @param hosts host globs
 * @param pathPrefixes path prefixes, each starting with {@code /} and already in the form request
 *     paths are matched in ({@link NormalizedPath}: no {@code .} or {@code ..} segment, no
 *     {@code ;parameters}, no repeated slash, no escaped letter or digit)
 * @param action the action for matching requests
 */
public record DestinationRule(String name, List<HostGlob> hosts, List<String> pathPrefixes, Action action) {

  /** Copies the lists and checks the parts. */
  public DestinationRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    hosts = List.copyOf(hosts);
    pathPrefixes = List.copyOf(pathPrefixes);
    for (String prefix : pathPrefixes) {
      if (!prefix.startsWith("/") || !NormalizedPath.of(prefix).equals(prefix)) {
        // a prefix is matched against normalized paths: one that normalizing changes would match
        // other paths than it reads (/a/.. is every path) or none
        throw new IllegalArgumentException("a path prefix starts with / and is written as servers read it");
      }
    }
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
