package dev.piiguard.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the action for a destination: AI hosts use the AI action, then the first named rule that
 * matches host and path, else the default action. Thread-safe; per-host work is cached, so a
 * decision for a host seen before costs a map lookup and the path checks of its rules.
 */
public final class Policy {
  private static final int MAX_CACHED_HOSTS = 4096;

  private final List<HostGlob> aiHosts;
  private final List<DestinationRule> rules;
  private final PolicyDecision aiDecision;
  private final PolicyDecision defaultDecision;
  private final List<PolicyDecision> ruleDecisions;
  private final Map<String, HostPolicy> hostPolicies = new ConcurrentHashMap<>();

  private Policy(Builder builder) {
    this.aiHosts = List.copyOf(builder.aiHosts);
    this.rules = List.copyOf(builder.rules);
    this.aiDecision = new PolicyDecision(PolicyDecision.AI_RULE, builder.aiAction);
    this.defaultDecision = new PolicyDecision(PolicyDecision.DEFAULT_RULE, builder.defaultAction);
    List<PolicyDecision> decisions = new ArrayList<>();
    for (DestinationRule rule : rules) {
      decisions.add(new PolicyDecision(rule.name(), rule.action()));
    }
    this.ruleDecisions = List.copyOf(decisions);
  }

  /** A builder with the defaults of DESIGN.md: {@code monitor}, AI hosts {@code redact}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The decision for a request to {@code host} with URL path {@code path}.
   *
   * @param host the host name, any case and spelling ({@link CanonicalHost})
   * @param path the URL path without query, {@code /} when empty, as written in the URL
   *     ({@link NormalizedPath})
   */
  public PolicyDecision decide(String host, String path) {
    HostPolicy hostPolicy = hostPolicies.get(host);
    if (hostPolicy == null) {
      hostPolicy = hostPolicyFor(CanonicalHost.of(host), CanonicalHost.written(host));
      if (hostPolicies.size() < MAX_CACHED_HOSTS) {
        hostPolicies.put(host, hostPolicy);
      }
    }
    if (hostPolicy.fixed != null) {
      return hostPolicy.fixed;
    }
    String normalizedPath = hostPolicy.candidateRules.length == 0 ? path : NormalizedPath.of(path);
    for (int index : hostPolicy.candidateRules) {
      if (rules.get(index).matchesPath(normalizedPath)) {
        return ruleDecisions.get(index);
      }
    }
    return defaultDecision;
  }

  /** The policy for a host, given in its canonical spelling and as written (for patterns with {@code *}). */
  private HostPolicy hostPolicyFor(String host, String written) {
    for (HostGlob glob : BuiltInAiHosts.GLOBS) {
      if (glob.matches(host) || glob.matches(written)) {
        return new HostPolicy(aiDecision, new int[0]);
      }
    }
    for (HostGlob glob : aiHosts) {
      if (glob.matches(host) || glob.matches(written)) {
        return new HostPolicy(aiDecision, new int[0]);
      }
    }
    int[] candidates = new int[rules.size()];
    int count = 0;
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).matchesHost(host) || rules.get(i).matchesHost(written)) {
        candidates[count++] = i;
      }
    }
    if (count > 0 && rules.get(candidates[0]).pathPrefixes().isEmpty()) {
      return new HostPolicy(ruleDecisions.get(candidates[0]), new int[0]);
    }
    return new HostPolicy(count == 0 ? defaultDecision : null, Arrays.copyOf(candidates, count));
  }

  /** Whether every decision this policy can make is {@link Action#ALLOW}. */
  public boolean allowsEverything() {
    if (defaultDecision.action() != Action.ALLOW || aiDecision.action() != Action.ALLOW) {
      return false;
    }
    for (DestinationRule rule : rules) {
      if (rule.action() != Action.ALLOW) {
        return false;
      }
    }
    return true;
  }

  /** The rules in the order they are tried. */
  public List<DestinationRule> rules() {
    return rules;
  }

  /**
   * The catalogue of known AI hosts, read when the first host is decided rather than when a policy
   * is built: the agent builds its policy before the application's {@code main} runs.
   */
  private static final class BuiltInAiHosts {
    static final List<HostGlob> GLOBS = AiHostCatalogue.builtIn();
  }

  private static final class HostPolicy {
    final PolicyDecision fixed;
    final int[] candidateRules;

    HostPolicy(PolicyDecision fixed, int[] candidateRules) {
      this.fixed = fixed;
      this.candidateRules = candidateRules;
    }
  }

  /** Collects the parts of a {@link Policy}. */
  public static final class Builder {
    private Action defaultAction = Action.MONITOR;
    private Action aiAction = Action.REDACT;
    private final List<HostGlob> aiHosts = new ArrayList<>();
    private final List<DestinationRule> rules = new ArrayList<>();

    private Builder() {}

    /** The action for destinations that no rule names. */
    public Builder defaultAction(Action action) {
      this.defaultAction = Objects.requireNonNull(action, "action");
      return this;
    }

    /** The action for known AI hosts and the extra AI hosts. */
    public Builder aiAction(Action action) {
      this.aiAction = Objects.requireNonNull(action, "action");
      return this;
    }

    /** Adds hosts treated as AI APIs, beside the built-in catalogue ({@link AiHostCatalogue}). */
    public Builder addAiHosts(List<HostGlob> hosts) {
      aiHosts.addAll(hosts);
      return this;
    }

    /** Adds a named rule; rules are tried in the order they were added. */
    public Builder addRule(DestinationRule rule) {
      for (DestinationRule existing : rules) {
        if (existing.name().equals(rule.name())) {
          throw new IllegalArgumentException("duplicate rule " + rule.name());
        }
      }
      rules.add(rule);
      return this;
    }

    /** The policy. */
    public Policy build() {
      return new Policy(this);
    }
  }
}
