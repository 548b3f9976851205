package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.PiiGuardException;
import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.HandledRequest;
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
    ReadBody read = null;
    try {
      read = readBody(request, destination, decision);
      return handled(request, handlerObject, destination, decision, read);
    } catch (RuntimeException | LinkageError e) {
      // a failure of PII Guard's own after the decision: failure= says whether the request goes out,
      // unless its one-shot body was read here, which left the application's request empty
      Verdict failed = read != null && read.consumedOneShot
          ? inspector.unsendable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR)
          : inspector.uninspectable(CLIENT, destination, decision, UninspectedReason.INTERNAL_ERROR);
      return failed.refusal() == null ? null : CompletableFuture.failedFuture(failed.refusal());
    }
  }

  private Object handled(HttpRequest request, Object handlerObject, Destination destination,
      PolicyDecision decision, ReadBody read) {
    URI uri = request.uri();
    Verdict verdict = read.verdict != null ? read.verdict
        : inspector.inspect(CLIENT, destination, decision, uri.getRawQuery(), read.body);
    if (verdict.refusal() != null) {
      return CompletableFuture.failedFuture(verdict.refusal());
    }
    boolean resend = read.consumedOneShot && verdict.body() == null;
    if (verdict.unchanged() && !resend) {
      return null;
    }
    URI newUri = verdict.rawQuery() != null ? withQuery(uri, verdict.rawQuery()) : uri;
    HttpRequest.BodyPublisher newBody;
    if (verdict.body() != null) {
      newBody = HttpRequest.BodyPublishers.ofByteArray(verdict.body());
    } else if (resend) {
      // The application's one-shot publisher was read for inspection: send what it gave.
      newBody = HttpRequest.BodyPublishers.ofByteArray(read.bytes);
    } else {
      newBody = request.bodyPublisher().orElse(null);
    }
    HttpRequest rewritten = new RewrittenHttpRequest(request, newUri, newBody);
    Object handler = handlerObject;
    if (verdict.restoreResponse()) {
      handler = new RestoringBodyHandler<>((HttpResponse.BodyHandler<?>) handlerObject, inspector, request.method());
    }
    return new Object[] {rewritten, handler};
  }

  /**
   * Null to let the client follow the redirect from the request {@code fromObject} to {@code
   * toObject}; the exception to refuse it with when it would take values sent unchanged to a
   * destination whose rule guards them ({@link RequestInspector#refuseRedirect}).
   */
  Object beforeRedirect(Object fromObject, Object toObject) {
    try {
      URI from = ((HttpRequest) fromObject).uri();
      URI to = ((HttpRequest) toObject).uri();
      if (from.getHost() == null || to.getHost() == null) {
        return null;
      }
      // the client keeps nothing between hops: whether the body was read is not known here (README)
      Destination first = new Destination(from.getScheme(), from.getHost(), from.getPort(), from.getRawPath());
      return inspector.refuseRedirect(CLIENT,
          HandledRequest.read(first, inspector.decide(from.getHost(), from.getRawPath())),
          new Destination(to.getScheme(), to.getHost(), to.getPort(), to.getRawPath()));
    } catch (RuntimeException e) {
      return null; // the agent never breaks the client: the redirect is followed as without it
    }
  }

  /**
   * Reads the body for inspection. A publisher that gives every subscriber the same bytes is read
   * and left in place; a one-shot publisher (such as Spring's) is read only when its declared
   * length fits {@code max-body}, and its bytes are then sent in its place.
   */
  private ReadBody readBody(HttpRequest request, Destination destination, PolicyDecision decision) {
    Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
    if (publisher.isEmpty()) {
      return new ReadBody(null, RequestBody.none(), null, false);
    }
    HttpRequest.BodyPublisher bodyPublisher = publisher.get();
    BodyPublisherReader.ArraySlice slice = BodyPublisherReader.inPlace(bodyPublisher);
    if (slice != null) {
      if (!inspector.fits(slice.length())) {
        return new ReadBody(inspector.uninspectable(CLIENT, destination, decision,
            UninspectedReason.BODY_TOO_LARGE), null, null, false);
      }
      return new ReadBody(null, requestBody(request, slice.bytes(), slice.offset(), slice.length()),
          null, false);
    }
    long length = bodyPublisher.contentLength();
    boolean oneShot = !BodyPublisherReader.replayable(bodyPublisher);
    if (oneShot && length < 0) {
      return new ReadBody(inspector.uninspectable(CLIENT, destination, decision,
          UninspectedReason.BODY_NOT_REPLAYABLE), null, null, false);
    }
    if (!inspector.fits(length)) {
      return new ReadBody(inspector.uninspectable(CLIENT, destination, decision,
          UninspectedReason.BODY_TOO_LARGE), null, null, false);
    }
    byte[] bytes;
    try {
      bytes = BodyPublisherReader.read(bodyPublisher, inspector.maxBodyBytes());
    } catch (Exception e) {
      bytes = null;
    }
    if (bytes == null || (oneShot && bytes.length != length)) {
      // A one-shot body that was partly read can no longer be sent intact.
      Verdict verdict = oneShot
          ? inspector.unsendable(CLIENT, destination, decision, UninspectedReason.BODY_NOT_REPLAYABLE)
          : inspector.uninspectable(CLIENT, destination, decision,
              bytes == null ? UninspectedReason.BODY_TOO_LARGE : UninspectedReason.INTERNAL_ERROR);
      return new ReadBody(verdict, null, null, false);
    }
    return new ReadBody(null, requestBody(request, bytes, 0, bytes.length), bytes, oneShot);
  }

  private static RequestBody requestBody(HttpRequest request, byte[] bytes, int offset, int length) {
    return RequestBody.of(bytes, offset, length,
        request.headers().firstValue("Content-Encoding").orElse(null),
        request.headers().firstValue("Content-Type").orElse(null));
  }

  /** The body as read for inspection, or the verdict when it could not be read. */
  private record ReadBody(Verdict verdict, RequestBody body, byte[] bytes, boolean consumedOneShot) {}

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

  /**
   * The future {@code sendAsync} returns, its response without {@code Content-Length} when {@code
   * handler} restores tokens in its body (see {@link RestoredHttpResponse}); cancelling it cancels
   * the exchange, as cancelling the client's own future does.
   */
  @SuppressWarnings("unchecked")
  static Object afterSend(Object future, Object handler) {
    if (!(handler instanceof RestoringBodyHandler) || !(future instanceof CompletableFuture)) {
      return future;
    }
    CompletableFuture<HttpResponse<Object>> sent = (CompletableFuture<HttpResponse<Object>>) future;
    CompletableFuture<HttpResponse<Object>> restored = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        // as the client's own future is cancelled: with or without aborting the exchange
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        sent.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    sent.whenComplete((response, thrown) -> {
      if (thrown != null) {
        restored.completeExceptionally(thrown);
        return;
      }
      try {
        restored.complete(RestoredHttpResponse.of(response));
      } catch (RuntimeException e) {
        restored.complete(response); // the reply as the client gave it, rather than none
      }
    });
    return restored;
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
