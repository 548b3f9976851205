package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.LenientUri;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;

/**
 * A request's URL and body as PII Guard released it, with the decision it was handled under; or a
 * refusal made for a request.
 */
final class RequestState {
  /** The client's wrapper of a body it may send once only, made after PII Guard released it. */
  private static final String ENTITY_PROXY = "org.apache.hc.client5.http.impl.classic.RequestEntityProxy";

  private static volatile Method originalOfProxy;

  private final String uri;
  private final String destination;
  private final HttpEntity entity;
  final PolicyDecision applied;
  final IOException refusal;

  private RequestState(String uri, String destination, HttpEntity entity, PolicyDecision applied,
      IOException refusal) {
    this.uri = uri;
    this.destination = destination;
    this.entity = entity;
    this.applied = applied;
    this.refusal = refusal;
  }

  /** The request as released, handled under {@code applied} (null: its destination's own rule). */
  static RequestState released(ClassicHttpRequest request, PolicyDecision applied) {
    return of(request, uriOf(request)).handledUnder(applied);
  }

  /** The request as it is now, its URL read already ({@link #uriOf}). */
  static RequestState of(ClassicHttpRequest request, URI read) {
    String text = read == null
        ? request.getScheme() + "://" + request.getAuthority() + request.getRequestUri() : read.toString();
    String destination = read == null ? request.getScheme() + "://" + request.getAuthority() + request.getPath()
        : read.getScheme() + "://" + read.getRawAuthority() + read.getRawPath();
    return new RequestState(text, destination, original(request.getEntity()), null, null);
  }

  private RequestState handledUnder(PolicyDecision decision) {
    return new RequestState(uri, destination, entity, decision, null);
  }

  /** This request, refused with {@code exception}. */
  RequestState refused(IOException exception) {
    return new RequestState(uri, destination, entity, null, exception);
  }

  /** Whether the request still has this URL (scheme, authority, path and query) and this body. */
  boolean matches(RequestState now) {
    return uri.equals(now.uri) && entity == now.entity;
  }

  /** Whether the request goes to the same scheme, authority and path (a retry, say). */
  boolean sameDestination(RequestState now) {
    return destination.equals(now.destination);
  }

  /**
   * The entity the application gave, seen through the client's one-shot wrapper: taken
   * for a new body, it would be read for inspection and the request would go out without one.
   */
  static HttpEntity original(HttpEntity entity) {
    if (entity == null || !entity.getClass().getName().equals(ENTITY_PROXY)) {
      return entity;
    }
    try {
      Method original = originalOfProxy;
      if (original == null || original.getDeclaringClass() != entity.getClass()) {
        original = entity.getClass().getMethod("getOriginal");
        original.setAccessible(true);
        originalOfProxy = original;
      }
      return (HttpEntity) original.invoke(entity);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return entity;
    }
  }

  /** Whether the entity is the client's one-shot wrapper, which must not be read. */
  static boolean isOneShotWrapper(HttpEntity entity) {
    return entity != null && entity.getClass().getName().equals(ENTITY_PROXY);
  }

  /**
   * The request's URL (the same for a path and the absolute form a proxy is sent), read leniently
   * where {@link URI} rejects it ({@link LenientUri}); null when it cannot be read at all.
   */
  static URI uriOf(ClassicHttpRequest request) {
    // built here, not by getUri(): it drops an IPv6 host's brackets (no host for java.net.URI
    // then) and reads a '#' that is sent as a fragment
    String path = request.getPath() == null ? "/" : request.getPath();
    String scheme = request.getScheme() == null ? "http" : request.getScheme();
    if (LenientUri.isAbsolute(path) || request.getAuthority() == null) {
      return LenientUri.parse(path); // without an authority: no host, so no rule to apply
    }
    // '*' (OPTIONS) and a path without its '/' are read under the authority, as '/…' (read alone
    // they had no scheme, and the application got a NullPointerException)
    return LenientUri.parse(scheme + "://" + request.getAuthority() + (path.startsWith("/") ? "" : "/") + path);
  }

  /** The request's port: the URI's, or the authority's where the URI reads no host. */
  static int portOf(ClassicHttpRequest request, URI uri) {
    return uri.getHost() != null || request.getAuthority() == null ? uri.getPort() : request.getAuthority().getPort();
  }

  /** The request's host: the URI's, or the authority's where the URI reads none ({@code db_1.internal}). */
  static String hostOf(ClassicHttpRequest request, URI uri) {
    if (uri.getHost() != null) {
      return uri.getHost();
    }
    return request.getAuthority() == null ? null : request.getAuthority().getHostName();
  }
}
