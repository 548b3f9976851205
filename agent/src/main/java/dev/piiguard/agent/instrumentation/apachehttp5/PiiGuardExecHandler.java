package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RestoringInputStream;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;

/** The exec chain handler that inspects each request and restores tokenized replies. */
final class PiiGuardExecHandler implements ExecChainHandler {
  static final String CLIENT = "apache-httpclient5";

  private final RequestInspector inspector;

  PiiGuardExecHandler(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    URI uri;
    try {
      uri = request.getUri();
    } catch (URISyntaxException e) {
      return chain.proceed(request, scope);
    }
    if (uri.getHost() == null) {
      return chain.proceed(request, scope);
    }
    PolicyDecision decision = inspector.decide(uri.getHost(), uri.getRawPath());
    scope.clientContext.setAttribute(PiiGuardRedirectGuard.DECISION, decision); // for redirects
    scope.clientContext.setAttribute(PiiGuardRedirectGuard.HOPS, new int[1]);
    scope.clientContext.removeAttribute(PiiGuardRedirectGuard.REWRITTEN);
    if (decision.action() == Action.ALLOW) {
      return chain.proceed(request, scope);
    }
    Destination destination = new Destination(uri.getScheme(), uri.getHost(), uri.getPort(), uri.getRawPath());
    Verdict verdict = verdictFor(request, uri, destination, decision);
    if (verdict.refusal() != null) {
      throw verdict.refusal();
    }
    if (verdict.body() != null || verdict.rawQuery() != null) {
      scope.clientContext.setAttribute(PiiGuardRedirectGuard.REWRITTEN, Boolean.TRUE);
    }
    if (verdict.body() != null) {
      HttpEntity entity = request.getEntity();
      request.setEntity(new ByteArrayEntity(verdict.body(), contentType(entity), entity.getContentEncoding()));
      if (request.containsHeader("Content-Length")) {
        request.setHeader("Content-Length", String.valueOf(verdict.body().length));
      }
    }
    if (verdict.rawQuery() != null) {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      request.setPath(path + "?" + verdict.rawQuery());
    }
    ClassicHttpResponse response = chain.proceed(request, scope);
    HttpEntity body = response.getEntity();
    if (!verdict.restoreResponse() || body == null || response.containsHeader("Content-Encoding")) {
      return response;
    }
    response.setEntity(new InputStreamEntity(
        new RestoringInputStream(body.getContent(), inspector.newRestorer(body.getContentType())),
        -1, contentType(body)));
    response.removeHeaders("Content-Length");
    return response;
  }

  private Verdict verdictFor(ClassicHttpRequest request, URI uri, Destination destination,
      PolicyDecision decision) {
    HttpEntity entity = request.getEntity();
    try {
      if (entity == null) {
        return inspector.inspect(CLIENT, destination, decision, uri.getRawQuery(), RequestBody.none());
      }
      if (!entity.isRepeatable()) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_NOT_REPLAYABLE);
      }
      if (!inspector.fits(entity.getContentLength())) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      entity.writeTo(bytes);
      if (!inspector.fits(bytes.size())) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      Header encoding = request.getFirstHeader("Content-Encoding");
      return inspector.inspect(CLIENT, destination, decision, uri.getRawQuery(),
          RequestBody.of(bytes.toByteArray(),
              entity.getContentEncoding() != null ? entity.getContentEncoding()
                  : encoding == null ? null : encoding.getValue(),
              entity.getContentType()));
    } catch (IOException | RuntimeException e) {
      return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR);
    }
  }

  private static ContentType contentType(HttpEntity entity) {
    return entity.getContentType() == null ? null : ContentType.parse(entity.getContentType());
  }
}
