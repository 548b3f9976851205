package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The last request interceptor: inspects a request again when it is not what {@link
 * PiiGuardExecHandler} or {@link PiiGuardRedirectGuard} released — an interceptor of the
 * application's changed its URL or body (a query it added reached a blocked host),
 * or the client retries with a copy of the application's own request (a retry after
 * a 503 sent the raw values the first attempt had redacted). A refusal is kept for the client's
 * retries of the same request, which are refused without a second audit event.
 */
final class PiiGuardLateRequestCheck implements HttpRequestInterceptor {
  private static final String REFUSED = "dev.piiguard.late-refusal";

  private final PiiGuardExecHandler handler;
  private final RequestInspector inspector;

  PiiGuardLateRequestCheck(PiiGuardExecHandler handler, RequestInspector inspector) {
    this.handler = handler;
    this.inspector = inspector;
  }

  @Override
  public void process(HttpRequest request, EntityDetails entityDetails, HttpContext context) throws IOException {
    if (!(request instanceof ClassicHttpRequest)) {
      return;
    }
    ClassicHttpRequest classic = (ClassicHttpRequest) request;
    URI uri = RequestState.uriOf(classic);
    RequestState sent = RequestState.of(classic, uri);
    Object released = context.getAttribute(PiiGuardExecHandler.RELEASED);
    RequestState releasedState = released instanceof RequestState ? (RequestState) released : null;
    if (releasedState != null && releasedState.matches(sent)) {
      return;
    }
    Object refused = context.getAttribute(REFUSED);
    if (refused instanceof RequestState && ((RequestState) refused).matches(sent)) {
      throw ((RequestState) refused).refusal;
    }
    String host = uri == null ? null : RequestState.hostOf(classic, uri);
    if (host == null) {
      return;
    }
    PolicyDecision decision = inspector.decide(host, uri.getRawPath());
    if (releasedState != null && releasedState.applied != null && releasedState.sameDestination(sent)
        && releasedState.applied.action().guardsValues() && !decision.action().guardsValues()) {
      // a retry of a redirect handled under the first, stricter rule: that rule again
      decision = releasedState.applied;
    }
    if (decision.action() == Action.ALLOW) {
      return;
    }
    Destination destination = new Destination(uri.getScheme(), host, RequestState.portOf(classic, uri), uri.getRawPath());
    Verdict verdict;
    if (!RequestState.isOneShotWrapper(classic.getEntity())) {
      verdict = handler.verdictFor(classic, uri, destination, decision);
    } else if (releasedState != null && releasedState.sameDestination(sent)) {
      // a body the client sends once, already handled for this destination: reading it here would
      // leave nothing to send, so only what changed in the URL is inspected
      verdict = inspector.inspect(PiiGuardExecHandler.CLIENT, destination, decision, uri.getRawQuery(),
          RequestBody.none());
    } else {
      // moved to another destination with a body that cannot be read again
      verdict = inspector.uninspectable(PiiGuardExecHandler.CLIENT, destination, decision,
          UninspectedReason.BODY_NOT_REPLAYABLE);
    }
    if (verdict.refusal() != null) {
      context.setAttribute(REFUSED, sent.refused(verdict.refusal()));
      throw verdict.refusal();
    }
    PiiGuardExecHandler.rewrite(classic, uri, verdict);
    if (verdict.restoreResponse()) {
      context.setAttribute(PiiGuardExecHandler.RESTORE_REPLY, Boolean.TRUE);
    }
  }

}
