package dev.piiguard.agent.instrumentation.apachehttp5;

import java.io.IOException;
import java.net.URISyntaxException;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpEntity;

/** A request's URL and body at one point of the exec chain, and a refusal made for it. */
final class RequestState {
  private final String uri;
  private final HttpEntity entity;
  final IOException refusal;

  private RequestState(String uri, HttpEntity entity, IOException refusal) {
    this.uri = uri;
    this.entity = entity;
    this.refusal = refusal;
  }

  static RequestState of(ClassicHttpRequest request) {
    return new RequestState(textOf(request), request.getEntity(), null);
  }

  RequestState refused(IOException refusal) {
    return new RequestState(uri, entity, refusal);
  }

  /** Whether the request still has this URL (scheme, authority, path and query) and this body. */
  boolean matches(ClassicHttpRequest request) {
    return uri.equals(textOf(request)) && entity == request.getEntity();
  }

  /** The request's URL as a URI (the same for a path and the absolute form a proxy is sent). */
  private static String textOf(ClassicHttpRequest request) {
    try {
      return request.getUri().toString();
    } catch (URISyntaxException e) {
      return request.getScheme() + "://" + request.getAuthority() + request.getRequestUri();
    }
  }
}
