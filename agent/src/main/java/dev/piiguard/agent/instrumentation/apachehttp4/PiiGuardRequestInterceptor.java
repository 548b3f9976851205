package dev.piiguard.agent.instrumentation.apachehttp4;

import dev.piiguard.agent.inspect.LenientUri;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.net.URI;
import org.apache.http.HttpEntity;
import org.apache.http.HttpEntityEnclosingRequest;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.client.methods.HttpRequestWrapper;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.protocol.HttpContext;
import org.apache.http.protocol.HttpCoreContext;

/** Inspects each request before the client computes its headers; may rewrite or refuse it. */
final class PiiGuardRequestInterceptor implements HttpRequestInterceptor {
  static final String CLIENT = "apache-httpclient4";
  /** Context attribute telling the response interceptor to restore tokens. */
  static final String TOKENIZED = "dev.piiguard.tokenized";
  /**
   * Context attribute holding the refused request and its refusal, thrown again when the client
   * retries that request; an application that reuses its context for the next request gets that
   * one inspected (every later request on the context was refused).
   */
  static final String REFUSED = "dev.piiguard.refused";

  /** A refusal and the request it was for (the client retries the same request object). */
  private static final class Refusal {
    final HttpRequest request;
    final IOException exception;

    Refusal(HttpRequest request, IOException exception) {
      this.request = request;
      this.exception = exception;
    }
  }

  /** Context attribute holding the request as the first interceptor released it. */
  static final String RELEASED = "dev.piiguard.released";

  /** A request's URL and body as released; the client may replace the request object itself. */
  private static final class Released {
    final String uri;
    final HttpEntity entity;

    Released(HttpRequest request) {
      this.uri = request.getRequestLine().getUri();
      this.entity = entityOf(request);
    }

    boolean matches(HttpRequest request) {
      return uri.equals(request.getRequestLine().getUri()) && entity == entityOf(request);
    }

    private static HttpEntity entityOf(HttpRequest request) {
      return request instanceof HttpEntityEnclosingRequest ? ((HttpEntityEnclosingRequest) request).getEntity() : null;
    }
  }

  private final RequestInspector inspector;

  PiiGuardRequestInterceptor(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public void process(HttpRequest request, HttpContext context) throws IOException {
    inspect(request, context);
    context.setAttribute(RELEASED, new Released(request));
  }

  /**
   * Inspects the request again when an interceptor the application added after the client's own
   * changed its URL or body after {@link #process} released it (a query such an
   * interceptor added reached a blocked host); the body's length header follows a new body.
   */
  void processLate(HttpRequest request, HttpContext context) throws IOException {
    Object released = context.getAttribute(RELEASED);
    if (released instanceof Released && ((Released) released).matches(request)) {
      return;
    }
    inspect(request, context);
    HttpEntity entity = request instanceof HttpEntityEnclosingRequest
        ? ((HttpEntityEnclosingRequest) request).getEntity() : null;
    if (entity != null && entity.getContentLength() >= 0 && request.containsHeader("Content-Length")) {
      request.setHeader("Content-Length", String.valueOf(entity.getContentLength()));
    }
  }

  private void inspect(HttpRequest request, HttpContext context) throws IOException {
    Object refused = context.getAttribute(REFUSED);
    if (refused instanceof Refusal && ((Refusal) refused).request == request) {
      // The default retry handler retries an IOException: refuse again without a second event.
      throw ((Refusal) refused).exception;
    }
    HttpHost target = (HttpHost) context.getAttribute(HttpCoreContext.HTTP_TARGET_HOST);
    String requestTarget = request.getRequestLine().getUri();
    // A target that starts with '/' is a path, also '//x/…'; the host is the route's target
    // ('//ok.internal/x' was read as another host, and the values went to this one).
    URI uri = LenientUri.parse(requestTarget.startsWith("/") ? "http://target" + requestTarget : requestTarget);
    if (uri == null) {
      refuseOrSendUnread(request, context, requestTarget);
      return;
    }
    String host = target != null ? target.getHostName() : uri.getHost();
    if (host == null) {
      return;
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    PolicyDecision decision = inspector.decide(host, path);
    if (decision.action() == Action.ALLOW) {
      return;
    }
    String scheme = target != null ? target.getSchemeName() : uri.getScheme();
    int port = target != null ? target.getPort() : uri.getPort();
    Destination destination = new Destination(scheme, host, port, path);
    Verdict verdict = verdictFor(request, uri, destination, decision);
    if (verdict.refusal() != null) {
      context.setAttribute(REFUSED, new Refusal(request, verdict.refusal()));
      throw verdict.refusal();
    }
    if (verdict.body() != null) {
      HttpEntityEnclosingRequest enclosing = (HttpEntityEnclosingRequest) request;
      HttpEntity entity = enclosing.getEntity();
      ByteArrayEntity replacement = new ByteArrayEntity(verdict.body());
      replacement.setContentType(entity.getContentType());
      replacement.setContentEncoding(entity.getContentEncoding());
      enclosing.setEntity(replacement);
    }
    if (verdict.rawQuery() != null && request instanceof HttpRequestWrapper) {
      // the target as sent with the new query; encoded only where a URI cannot hold it as written
      URI rewritten = LenientUri.parse(LenientUri.withQuery(requestTarget, verdict.rawQuery()));
      if (rewritten == null) {
        throw inspector.unsendable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR).refusal();
      }
      ((HttpRequestWrapper) request).setURI(rewritten);
    }
    if (verdict.restoreResponse()) {
      context.setAttribute(TOKENIZED, Boolean.TRUE);
    }
  }

  /**
   * A request target that cannot be read even leniently: decided on its path as written and sent
   * or refused as a body that cannot be read is ({@code failure=}), not let through unchecked.
   */
  private void refuseOrSendUnread(HttpRequest request, HttpContext context, String requestTarget)
      throws IOException {
    HttpHost target = (HttpHost) context.getAttribute(HttpCoreContext.HTTP_TARGET_HOST);
    if (target == null) {
      return;
    }
    String path = LenientUri.rawPathOf(requestTarget);
    PolicyDecision decision = inspector.decide(target.getHostName(), path);
    if (decision.action() == Action.ALLOW) {
      return;
    }
    Verdict verdict = inspector.uninspectable(CLIENT,
        new Destination(target.getSchemeName(), target.getHostName(), target.getPort(), path), decision,
        UninspectedReason.INTERNAL_ERROR);
    if (verdict.refusal() != null) {
      context.setAttribute(REFUSED, new Refusal(request, verdict.refusal()));
      throw verdict.refusal();
    }
  }

  private Verdict verdictFor(HttpRequest request, URI uri, Destination destination, PolicyDecision decision) {
    HttpEntity entity = request instanceof HttpEntityEnclosingRequest
        ? ((HttpEntityEnclosingRequest) request).getEntity() : null;
    return inspector.inspectBody(CLIENT, destination, decision, uri.getRawQuery(),
        entity == null ? null : new ApacheFourBody(request, entity));
  }

}
