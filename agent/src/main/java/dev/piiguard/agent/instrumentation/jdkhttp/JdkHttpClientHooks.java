package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.PiiGuardException;
import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What the JDK {@code HttpClient} advice calls: inspects a request and says what to send. */
final class JdkHttpClientHooks {
  static final String CLIENT = "jdk-httpclient";

  private final RequestInspector inspector;

  JdkHttpClientHooks(RequestInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * Returns null to send the request as it is, {@code Object[]{request, handler}} to send a
   * rewritten one, or a failed future to refuse it.
   */
  Object beforeSend(Object requestObject, Object handlerObject) {
    HttpRequest request = (HttpRequest) requestObject;
    URI uri = request.uri();
    String host = uri.getHost();
    if (host == null) {
      return null;
    }
    PolicyDecision decision = inspector.decide(host, uri.getRawPath());
    if (decision.action() == Action.ALLOW) {
      return null;
    }
    Destination destination = new Destination(uri.getScheme(), host, uri.getPort(), uri.getRawPath());
    Verdict verdict = verdictFor(request, destination, decision);
    if (verdict.refusal() != null) {
      return CompletableFuture.failedFuture(verdict.refusal());
    }
    if (verdict.unchanged()) {
      return null;
    }
    URI newUri = verdict.rawQuery() != null ? withQuery(uri, verdict.rawQuery()) : uri;
    HttpRequest.BodyPublisher newBody = verdict.body() != null
        ? HttpRequest.BodyPublishers.ofByteArray(verdict.body())
        : request.bodyPublisher().orElse(null);
    HttpRequest rewritten = new RewrittenHttpRequest(request, newUri, newBody);
    Object handler = handlerObject;
    if (verdict.restoreResponse()) {
      handler = new RestoringBodyHandler<>((HttpResponse.BodyHandler<?>) handlerObject, inspector);
    }
    return new Object[] {rewritten, handler};
  }

  private Verdict verdictFor(HttpRequest request, Destination destination, PolicyDecision decision) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    RequestBody body = RequestBody.none();
    if (publisher.isPresent()) {
      HttpRequest.BodyPublisher bodyPublisher = publisher.get();
      if (!BodyPublisherReader.replayable(bodyPublisher)) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_NOT_REPLAYABLE);
      }
      if (!inspector.fits(bodyPublisher.contentLength())) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      byte[] bytes;
      try {
        bytes = BodyPublisherReader.read(bodyPublisher, inspector.maxBodyBytes());
      } catch (Exception e) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR);
      }
      if (bytes == null) {
        return inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      body = RequestBody.of(bytes, request.headers().firstValue("Content-Encoding").orElse(null),
          request.headers().firstValue("Content-Type").orElse(null));
    }
    return inspector.inspect(CLIENT, destination, decision, uri(request).getRawQuery(), body);
  }

  private static URI uri(HttpRequest request) {
    return request.uri();
  }

  static URI withQuery(URI uri, String rawQuery) {
    StringBuilder text = new StringBuilder();
    text.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
    if (uri.getRawPath() != null) {
      text.append(uri.getRawPath());
    }
    text.append('?').append(rawQuery);
    if (uri.getRawFragment() != null) {
      text.append('#').append(uri.getRawFragment());
    }
    try {
      return new URI(text.toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("rewritten query is not a URI", e);
    }
  }

  /** The PII Guard exception a synchronous {@code send} wrapped in a plain IOException, or {@code thrown}. */
  static Throwable unwrap(Throwable thrown) {
    Throwable cause = thrown.getCause();
    if (cause instanceof PiiGuardException && thrown.getClass() == java.io.IOException.class) {
      return cause;
    }
    return thrown;
  }
}
