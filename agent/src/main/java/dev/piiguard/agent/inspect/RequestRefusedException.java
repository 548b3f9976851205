package dev.piiguard.agent.inspect;

import dev.piiguard.core.audit.UninspectedReason;

/**
 * Thrown to the application when PII Guard could not inspect a request and {@code failure=closed}.
 * No byte of the request was sent.
 */
public final class RequestRefusedException extends PiiGuardException {
  private static final long serialVersionUID = 1L;

  private final transient UninspectedReason reason;

  /** An exception for a request to {@code host} under {@code rule} that could not be inspected. */
  public RequestRefusedException(String host, String rule, UninspectedReason reason) {
    super("PII Guard refused a request to " + host + " that it could not inspect ("
        + reason.id() + ", rule \"" + rule + "\", failure=closed)");
    this.reason = reason;
  }

  /** Why the request could not be inspected. */
  public UninspectedReason reason() {
    return reason;
  }
}
