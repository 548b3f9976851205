package dev.piiguard.agent.inspect;

/**
 * Thrown to the application when its HTTP client would follow a redirect that takes values past
 * the rules: to a destination whose rule guards values that the request went out with. No byte
 * went to the second.
 */
public final class RedirectRefusedException extends PiiGuardException {
  private static final long serialVersionUID = 1L;

  private RedirectRefusedException(String message) {
    super(message);
  }

  /** A redirect to {@code host}, whose {@code rule} asks for {@code action}, of values sent as they were. */
  public static RedirectRefusedException toGuardedDestination(String host, String rule,
      String action, String firstRule, String firstAction) {
    return new RedirectRefusedException("PII Guard did not follow a redirect to " + host
        + ": rule \"" + rule + "\" (" + action + ") applies there, not rule \"" + firstRule
        + "\" (" + firstAction + ") that the request was handled for");
  }
}
