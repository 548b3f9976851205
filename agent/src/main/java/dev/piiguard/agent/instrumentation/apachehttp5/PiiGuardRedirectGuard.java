package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.HandledRequest;
import dev.piiguard.agent.inspect.PiiGuardException;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;

/**
 * The exec-chain handler below the client's redirect handler, which sees each request a call
 * sends, redirects included. {@link PiiGuardExecHandler} leaves in the call's context how it
 * handled the call's request and whether it redacted or tokenized it. A redirect is refused
 * when it would take a request sent with its values to a destination whose rule guards them
 * ({@link RequestInspector#refuseRedirect}). After a redaction or tokenization the client sends
 * the request it was given again, with the values that were replaced for the first destination:
 * that request is inspected for the redirect's destination, under its rule when it guards the
 * values and under the first one otherwise, so the values stay as protected as they were (review
 * s31a: every such redirect was refused, also one to the same destination).
 */
final class PiiGuardRedirectGuard implements ExecChainHandler {
  /** The context attribute under which {@link PiiGuardExecHandler} leaves how it handled the call's request. */
  static final String HANDLED = "dev.piiguard.handled";
  /** The context attribute that counts the requests of a call this guard has seen. */
  static final String HOPS = "dev.piiguard.hops";
  /** The context attribute that says the call's request was redacted or tokenized. */
  static final String REWRITTEN = "dev.piiguard.rewritten";

  private final PiiGuardExecHandler handler;
  private final RequestInspector inspector;

  PiiGuardRedirectGuard(PiiGuardExecHandler handler, RequestInspector inspector) {
    this.handler = handler;
    this.inspector = inspector;
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    Object first = scope.clientContext.getAttribute(HANDLED);
    Object hops = scope.clientContext.getAttribute(HOPS);
    if (!(first instanceof HandledRequest) || !(hops instanceof int[]) || ((int[]) hops)[0]++ == 0) {
      return chain.proceed(request, scope); // the call's own request, handled above
    }
    URI hop = RequestState.uriOf(request);
    String host = hop == null ? null : RequestState.hostOf(request, hop);
    if (host == null) {
      return chain.proceed(request, scope);
    }
    HandledRequest handled = (HandledRequest) first;
    PolicyDecision decision = handled.decision();
    Destination destination = new Destination(hop.getScheme(), host, RequestState.portOf(request, hop), hop.getRawPath());
    if (scope.clientContext.getAttribute(REWRITTEN) == null) {
      PiiGuardException refused = inspector.refuseRedirect(PiiGuardExecHandler.CLIENT, handled, destination);
      if (refused != null) {
        throw refused;
      }
      scope.clientContext.setAttribute(PiiGuardExecHandler.RELEASED, RequestState.released(request, null));
      return chain.proceed(request, scope);
    }
    PolicyDecision next = inspector.decide(host, hop.getRawPath());
    PolicyDecision applied = next.action().guardsValues() ? next : decision;
    Verdict verdict = handler.verdictFor(request, hop, destination, applied);
    if (verdict.refusal() != null) {
      throw verdict.refusal();
    }
    PiiGuardExecHandler.rewrite(request, hop, verdict);
    if (verdict.restoreResponse()) {
      scope.clientContext.setAttribute(PiiGuardExecHandler.RESTORE_REPLY, Boolean.TRUE);
    }
    scope.clientContext.setAttribute(PiiGuardExecHandler.RELEASED, RequestState.released(request, applied));
    return chain.proceed(request, scope);
  }

}
