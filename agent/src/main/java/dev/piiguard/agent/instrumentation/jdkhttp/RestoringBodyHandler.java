package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

/**
 * Wraps the application's body handler so that tokens in an uncompressed response body are turned
 * back into the original values before the application reads them.
 */
final class RestoringBodyHandler<T> implements HttpResponse.BodyHandler<T> {
  private final HttpResponse.BodyHandler<T> application;
  private final RequestInspector inspector;

  RestoringBodyHandler(HttpResponse.BodyHandler<T> application, RequestInspector inspector) {
    this.application = application;
    this.inspector = inspector;
  }

  /** Whether a body with these headers is restored: an uncompressed one. */
  static boolean restores(HttpHeaders headers) {
    return headers.firstValue("Content-Encoding").orElse("identity").equalsIgnoreCase("identity");
  }

  @Override
  public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo responseInfo) {
    HttpResponse.BodySubscriber<T> subscriber = application.apply(responseInfo);
    if (!restores(responseInfo.headers())) {
      return subscriber;
    }
    String contentType = responseInfo.headers().firstValue("Content-Type").orElse(null);
    return new RestoringBodySubscriber<>(subscriber, inspector.newRestorer(contentType));
  }
}
