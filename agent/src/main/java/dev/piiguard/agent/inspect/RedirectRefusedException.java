package dev.piiguard.agent.inspect;

/**
 * Thrown to the application when its HTTP client would follow a redirect that takes values past
 * the rules: to a destination whose rule guards values that the request went out with, or with
 * values again that were replaced for the first destination. No byte went to the second.
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

  /** A redirect to {@code host} on which the client would send values again that were replaced. */
  public static RedirectRefusedException resendingValues(String host, String firstRule,
      String firstAction) {
    return new RedirectRefusedException("PII Guard did not follow a redirect to " + host
        + ": the client would send the request's values again, which rule \"" + firstRule
        + "\" (" + firstAction + ") replaced for the first destination");
  }
}
