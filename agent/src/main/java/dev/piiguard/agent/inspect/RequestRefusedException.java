package dev.piiguard.agent.inspect;

import dev.piiguard.core.audit.UninspectedReason;

/**
 * Thrown to the application when PII Guard could not inspect a request and {@code failure=closed},
 * or when reading its body for inspection used it up, so it could no longer be sent whole
 * whatever {@code failure=} says. No byte of the request was sent.
 */
public final class RequestRefusedException extends PiiGuardException {
  private static final long serialVersionUID = 1L;

  private final transient UninspectedReason reason;

  /** An exception for a request to {@code host} under {@code rule} that could not be inspected. */
  public RequestRefusedException(String host, String rule, UninspectedReason reason) {
    this(host, rule, reason, "failure=closed");
  }

  private RequestRefusedException(String host, String rule, UninspectedReason reason, String why) {
    super("PII Guard refused a request to " + host + " that it could not inspect ("
        + reason.id() + ", rule \"" + rule + "\", " + why + ")");
    this.reason = reason;
  }

  /**
   * An exception for a request to {@code host} under {@code rule} whose body was used up while it
   * was read for inspection (a one-shot body, a stream read part of the way).
   */
  static RequestRefusedException usedUp(String host, String rule, UninspectedReason reason) {
    return new RequestRefusedException(host, rule, reason, "its body was read and cannot be sent whole");
  }

  /** Why the request could not be inspected. */
  public UninspectedReason reason() {
    return reason;
  }
}
