package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.LenientUri;
import dev.piiguard.agent.inspect.HandledRequest;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RestoringInputStream;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;

/**
 * The exec chain handler that inspects each request and restores tokenized replies; {@link
 * PiiGuardLateRequestCheck} inspects a request again that an interceptor changed on the way.
 */
final class PiiGuardExecHandler implements ExecChainHandler {
  static final String CLIENT = "apache-httpclient5";

  /**
   * Context attribute: the URL and body of the request as PII Guard released it. The client sends
   * copies of the application's own request on a retry (a 503, a stale connection), and request
   * interceptors may change it: {@link PiiGuardLateRequestCheck} inspects what differs.
   */
  static final String RELEASED = "dev.piiguard.released";
  /** Context attribute: the late check tokenized the request, so the reply is restored. */
  static final String RESTORE_REPLY = "dev.piiguard.restore-reply";

  private final RequestInspector inspector;

  PiiGuardExecHandler(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    URI uri = RequestState.uriOf(request);
    if (uri == null) {
      // a URL that cannot be read even leniently: sent or refused as a body that cannot be read
      Verdict unreadable = unreadableUrl(request);
      if (unreadable.refusal() != null) {
        throw unreadable.refusal();
      }
      return chain.proceed(request, scope);
    }
    String host = RequestState.hostOf(request, uri);
    if (host == null) {
      return chain.proceed(request, scope);
    }
    PolicyDecision decision = inspector.decide(host, uri.getRawPath());
    Destination destination = new Destination(uri.getScheme(), host, RequestState.portOf(request, uri), uri.getRawPath());
    // for redirects
    scope.clientContext.setAttribute(PiiGuardRedirectGuard.HANDLED, HandledRequest.read(destination, decision));
    scope.clientContext.setAttribute(PiiGuardRedirectGuard.HOPS, new int[1]);
    scope.clientContext.removeAttribute(PiiGuardRedirectGuard.REWRITTEN);
    scope.clientContext.removeAttribute(RESTORE_REPLY);
    if (decision.action() == Action.ALLOW) {
      scope.clientContext.setAttribute(RELEASED, RequestState.released(request, decision));
      return restored(chain.proceed(request, scope), scope, false);
    }
    Verdict verdict = verdictFor(request, uri, destination, decision);
    if (verdict.refusal() != null) {
      throw verdict.refusal();
    }
    scope.clientContext.setAttribute(PiiGuardRedirectGuard.HANDLED, HandledRequest.of(destination, decision, verdict));
    if (verdict.rewritten()) {
      scope.clientContext.setAttribute(PiiGuardRedirectGuard.REWRITTEN, Boolean.TRUE);
    }
    rewrite(request, uri, verdict);
    scope.clientContext.setAttribute(RELEASED, RequestState.released(request, decision));
    return restored(chain.proceed(request, scope), scope, verdict.restoreResponse());
  }

  private Verdict unreadableUrl(ClassicHttpRequest request) {
    String host = request.getAuthority() == null ? "" : request.getAuthority().getHostName();
    int port = request.getAuthority() == null ? -1 : request.getAuthority().getPort();
    Destination destination = new Destination(request.getScheme(), host, port, "/");
    return inspector.uninspectable(CLIENT, destination, inspector.decide(host, "/"), UninspectedReason.INTERNAL_ERROR);
  }

  /** Puts the verdict's body and query into the request. */
  static void rewrite(ClassicHttpRequest request, URI uri, Verdict verdict) {
    if (verdict.body() != null) {
      HttpEntity entity = request.getEntity();
      request.setEntity(new ByteArrayEntity(verdict.body(), contentType(entity), entity.getContentEncoding()));
      if (request.containsHeader("Content-Length")) {
        request.setHeader("Content-Length", String.valueOf(verdict.body().length));
      }
    }
    if (verdict.rawQuery() != null) {
      // the target as sent, absolute form included, with the new query
      String sent = request.getPath() == null ? "/" : request.getPath();
      request.setPath(LenientUri.withQuery(sent, verdict.rawQuery()));
    }
  }

  private ClassicHttpResponse restored(ClassicHttpResponse response, ExecChain.Scope scope, boolean tokenized)
      throws IOException {
    HttpEntity body = response.getEntity();
    boolean restore = tokenized || Boolean.TRUE.equals(scope.clientContext.getAttribute(RESTORE_REPLY));
    // the client may have decoded a gzip'd reply and left its header: the entity says
    if (!restore || body == null || body.getContentEncoding() != null) {
      return response;
    }
    response.setEntity(new InputStreamEntity(
        new RestoringInputStream(body.getContent(), inspector.newRestorer(body.getContentType())),
        -1, contentType(body)));
    response.removeHeaders("Content-Length");
    return response;
  }

  Verdict verdictFor(ClassicHttpRequest request, URI uri, Destination destination,
      PolicyDecision decision) {
    HttpEntity entity = request.getEntity();
    return inspector.inspectBody(CLIENT, destination, decision, uri.getRawQuery(),
        entity == null ? null : new ApacheFiveBody(request, entity));
  }


  /**
   * The entity's content type; without its charset when that is one the JVM does not know
   * ({@code charset=binary}), which {@link ContentType#parse} throws for, and none
   * when it cannot be read at all.
   */
  static ContentType contentType(HttpEntity entity) {
    String text = entity.getContentType();
    if (text == null) {
      return null;
    }
    try {
      return ContentType.parse(text);
    } catch (RuntimeException unknownCharset) {
      try {
        // the other parameters kept (a multipart body's boundary)
        return ContentType.parse(text.replaceAll("(?i);\\s*charset\\s*=\\s*\"?[^;\"]*\"?", ""));
      } catch (RuntimeException unreadable) {
        return null;
      }
    }
  }
}
