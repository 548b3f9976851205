package dev.piiguard.agent.config;

import dev.piiguard.core.policy.Policy;
import java.util.List;
import java.util.Objects;

/**
 * The agent's settings after all option sources were merged and checked.
 *
 * @param policy picks the action per destination
 * @param audit {@code stderr}, {@code none} or a file path
 * @param failure what happens to requests that cannot be inspected
 * @param maxBodyBytes larger bodies are not buffered
 * @param sensitiveFields whether the values of the application's {@code @Sensitive} text fields
 *     are registered and searched for
 * @param sensitiveAnnotations the binary names of the application's own annotations that mark
 *     fields as {@code @Sensitive} does
 */
public record AgentConfig(Policy policy, String audit, FailureMode failure, long maxBodyBytes,
    boolean sensitiveFields, List<String> sensitiveAnnotations) {

  /** The {@code audit} value that writes events to standard error. */
  public static final String AUDIT_STDERR = "stderr";

  /** The {@code audit} value that drops events. */
  public static final String AUDIT_NONE = "none";

  /** Checks the parts. */
  public AgentConfig {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(failure, "failure");
    sensitiveAnnotations = List.copyOf(sensitiveAnnotations);
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes < 0: " + maxBodyBytes);
    }
  }
}
