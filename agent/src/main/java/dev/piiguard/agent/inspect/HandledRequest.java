package dev.piiguard.agent.inspect;

import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.PolicyDecision;

/**
 * How a call's request was handled, which the redirects a client follows with it are judged by
 * ({@link RequestInspector#refuseRedirect}): where it was sent, the decision it was handled for
 * and, when its body went out unread ({@code failure=open}), why.
 */
public record HandledRequest(Destination destination, PolicyDecision decision, UninspectedReason uninspectedReason) {

  /** A request handled for {@code decision} and sent as {@code verdict} says. */
  public static HandledRequest of(Destination destination, PolicyDecision decision, Verdict verdict) {
    return new HandledRequest(destination, decision, verdict.uninspectedReason());
  }

  /** A request sent with its body read, or with none. */
  public static HandledRequest read(Destination destination, PolicyDecision decision) {
    return new HandledRequest(destination, decision, null);
  }
}
