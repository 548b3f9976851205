package dev.piiguard.core.policy;

import java.util.Objects;

/**
 * The action picked for one destination and what picked it.
 *
 * @param rule {@code ai} for AI hosts, {@code default} for the default action, else a rule's name
 * @param action the action to apply
 */
public record PolicyDecision(String rule, Action action) {

  /** The rule name of decisions made for known AI hosts and {@code ai-hosts}. */
  public static final String AI_RULE = "ai";

  /** The rule name of decisions made by the default action. */
  public static final String DEFAULT_RULE = "default";

  /** Checks that both parts are present. */
  public PolicyDecision {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
  }
}
