package dev.piiguard.agent.inspect;

import java.util.Collection;
import java.util.List;

/**
 * Thrown to the application when a request holding PII went to a destination whose action is
 * {@code block}. No byte of the request was sent. The message names the rule and the entity types,
 * never a value.
 */
public final class PiiBlockedException extends PiiGuardException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final List<String> types;

  /** An exception for a request to {@code host} blocked by {@code rule} for {@code types}. */
  public PiiBlockedException(String host, String rule, Collection<String> types) {
    super("PII Guard blocked a request to " + host + ": rule \"" + rule + "\" found "
        + String.join(", ", types));
    this.rule = rule;
    this.types = List.copyOf(types);
  }

  /** The rule that blocked the request. */
  public String rule() {
    return rule;
  }

  /** The entity types found, sorted. */
  public List<String> types() {
    return types;
  }
}
