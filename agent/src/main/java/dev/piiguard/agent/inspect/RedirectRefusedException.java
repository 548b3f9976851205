package dev.piiguard.agent.inspect;

/**
 * Thrown to the application when its HTTP client would follow a redirect to a destination whose
 * rule asks for another action than the one the request was handled for: the request's body and
 * query went out as the first destination's rule said, and no byte went to the second.
 */
public final class RedirectRefusedException extends PiiGuardException {
  private static final long serialVersionUID = 1L;

  /** An exception for a redirect to {@code host}, whose {@code rule} asks for {@code action}. */
  public RedirectRefusedException(String host, String rule, String action, String firstRule,
      String firstAction) {
    super("PII Guard did not follow a redirect to " + host + ": rule \"" + rule + "\" ("
        + action + ") applies there, not rule \"" + firstRule + "\" (" + firstAction
        + ") that the request was handled for");
  }
}
