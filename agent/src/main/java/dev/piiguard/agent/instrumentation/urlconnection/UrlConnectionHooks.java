package dev.piiguard.agent.instrumentation.urlconnection;

import dev.piiguard.agent.inspect.HandledRequest;
import dev.piiguard.agent.inspect.RequestBody;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RestoringInputStream;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** What the {@code HttpURLConnection} advice calls. */
final class UrlConnectionHooks {
  static final String CLIENT = "http-url-connection";

  private static final InputStream TOKENIZED = InputStream.nullInputStream();
  private static final InputStream WRAPPING = InputStream.nullInputStream();

  private final RequestInspector inspector;
  /** Connections whose request was tokenized, to the restoring stream once the body is read. */
  private final Map<Object, InputStream> tokenized = Collections.synchronizedMap(new WeakHashMap<>());

  private final PosterRewriter posterRewriter;
  /** Connections whose request was handled, to how it was handled. */
  private final Map<Object, HandledRequest> handled =
      Collections.synchronizedMap(new WeakHashMap<>());

  UrlConnectionHooks(RequestInspector inspector, PosterRewriter posterRewriter) {
    this.inspector = inspector;
    this.posterRewriter = posterRewriter;
  }

  /**
   * Called before the request line, headers and a buffered body are written. Rewrites the buffered
   * body in place; returns null, a new request URI for a rewritten query, or the exception to throw.
   */
  Object beforeWrite(Object connectionObject, Object poster) {
    HttpURLConnection connection = (HttpURLConnection) connectionObject;
    URL url = connection.getURL();
    if (Boolean.TRUE.equals(poster)) {
      return beforeRedirect(connection, url);
    }
    PolicyDecision decision = inspector.decide(url.getHost(), url.getPath());
    Destination destination = destination(url);
    handled.put(connection, HandledRequest.read(destination, decision));
    if (decision.action() == Action.ALLOW) {
      return null;
    }
    try {
      return handled(connection, url, poster, destination, decision);
    } catch (RuntimeException | LinkageError e) {
      // a failure of PII Guard's own after the decision: failure= says whether the request goes out
      return sentUnread(connection, destination, decision, UninspectedReason.INTERNAL_ERROR);
    }
  }

  /**
   * Records a request whose body goes out unread, or is refused, as {@code failure=} says; the
   * connection remembers it for a redirect it follows with the same body.
   */
  private Object sentUnread(HttpURLConnection connection, Destination destination, PolicyDecision decision,
      UninspectedReason reason) {
    Verdict unread = inspector.uninspectable(CLIENT, destination, decision, reason);
    handled.put(connection, HandledRequest.of(destination, decision, unread));
    return unread.refusal();
  }

  private Object handled(HttpURLConnection connection, URL url, Object poster, Destination destination,
      PolicyDecision decision) {
    RequestBody body = RequestBody.none();
    ByteArrayOutputStream buffered = (ByteArrayOutputStream) poster;
    if (buffered != null && buffered.size() > 0) {
      if (!inspector.fits(buffered.size())) {
        return sentUnread(connection, destination, decision, UninspectedReason.BODY_TOO_LARGE);
      }
      body = RequestBody.of(buffered.toByteArray(), connection.getRequestProperty("Content-Encoding"),
          connection.getRequestProperty("Content-Type"));
    }
    Verdict verdict = inspector.inspect(CLIENT, destination, decision, url.getQuery(), body);
    // a body left unread (an encoding not read, a charset not known) follows a redirect unread
    handled.put(connection, HandledRequest.of(destination, decision, verdict));
    if (verdict.refusal() != null) {
      return verdict.refusal();
    }
    if (verdict.body() != null) {
      try {
        posterRewriter.replace(buffered, verdict.body());
      } catch (ReflectiveOperationException e) {
        return sentUnread(connection, destination, decision, UninspectedReason.INTERNAL_ERROR);
      }
    }
    if (verdict.restoreResponse()) {
      tokenized.put(connection, TOKENIZED);
    }
    if (verdict.rawQuery() != null) {
      return requestUri(connection, url, verdict.rawQuery());
    }
    return null;
  }

  /**
   * Called before a streaming-mode output stream is created, with the fixed length or -1 for
   * chunked. Returns {@code TRUE} to buffer the body instead, null to stream it uninspected, or
   * the exception to throw.
   */
  Object beforeStreaming(Object connectionObject, Object lengthObject) {
    HttpURLConnection connection = (HttpURLConnection) connectionObject;
    URL url = connection.getURL();
    PolicyDecision decision = inspector.decide(url.getHost(), url.getPath());
    if (decision.action() == Action.ALLOW) {
      return null;
    }
    long length = (Long) lengthObject;
    if (length >= 0 && inspector.fits(length)) {
      // The JDK follows no redirect of a streamed body, and buffered it would (the
      // body was posted again to the Location): the application gets the redirect, as without us.
      connection.setInstanceFollowRedirects(false);
      return Boolean.TRUE;
    }
    UninspectedReason reason = length < 0
        ? UninspectedReason.BODY_NOT_REPLAYABLE : UninspectedReason.BODY_TOO_LARGE;
    return inspector.uninspectable(CLIENT, destination(url), decision, reason).refusal();
  }

  /**
   * Called with the response headers ({@code sun.net.www.MessageHeader}) each time the response or
   * error stream is asked for: drops their {@code Content-Length} when tokens in the body will be
   * restored ({@link ResponseLength}).
   */
  Object withoutLength(Object headers, Object connection) {
    if (!tokenized.isEmpty() && tokenized.containsKey(connection)
        && !"HEAD".equals(((HttpURLConnection) connection).getRequestMethod())) {
      ResponseLength.remove(headers);
    }
    return null;
  }

  /** Called with the response body stream; returns the stream the application reads. */
  Object responseStream(Object connection, Object bodyObject) {
    if (tokenized.isEmpty()) {
      return bodyObject;
    }
    InputStream body = (InputStream) bodyObject;
    synchronized (tokenized) {
      InputStream existing = tokenized.get(connection);
      if (existing == null || existing == WRAPPING) {
        // WRAPPING: getContentType() below reads the headers through getInputStream() again.
        return body;
      }
      if (existing != TOKENIZED) {
        return existing;
      }
      tokenized.put(connection, WRAPPING);
      String contentType = ((java.net.URLConnection) connection).getContentType();
      InputStream restoring = new RestoringInputStream(body, inspector.newRestorer(contentType));
      tokenized.put(connection, restoring);
      return restoring;
    }
  }

  /**
   * Null to let the connection write its request again, to the URL a redirect led it to (it
   * keeps the method, the headers and the body, as handled for the first destination); the
   * exception to refuse the redirect with when it would take values sent unchanged to a
   * destination whose rule guards them ({@link RequestInspector#refuseRedirect}).
   */
  private Object beforeRedirect(HttpURLConnection connection, URL url) {
    HandledRequest first = handled.get(connection);
    if (first == null || url.getHost() == null) {
      return null;
    }
    return inspector.refuseRedirect(CLIENT, first, destination(url));
  }

  private static Destination destination(URL url) {
    return new Destination(url.getProtocol(), url.getHost(), url.getPort(), url.getPath());
  }

  private static String requestUri(HttpURLConnection connection, URL url, String rawQuery) {
    String path = url.getPath().isEmpty() ? "/" : url.getPath();
    String originForm = path + "?" + rawQuery;
    if (!connection.usingProxy()) {
      return originForm;
    }
    return url.getProtocol() + "://" + url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort())
        + originForm;
  }
}
