package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.ReplyBody;
import dev.piiguard.agent.inspect.RequestInspector;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

/**
 * Wraps the application's body handler so that tokens in an uncompressed response body are turned
 * back into the original values before the application reads them; the application's handler is
 * told no {@code Content-Length}, which no longer fits such a body.
 */
final class RestoringBodyHandler<T> implements HttpResponse.BodyHandler<T> {
  private final HttpResponse.BodyHandler<T> application;
  private final RequestInspector inspector;
  private final String method;

  RestoringBodyHandler(HttpResponse.BodyHandler<T> application, RequestInspector inspector, String method) {
    this.application = application;
    this.inspector = inspector;
    this.method = method;
  }

  /**
   * Whether the reply to a request of this method, with this status and these headers, has a body
   * that is restored: one that is there ({@link ReplyBody#present}) and is not compressed.
   */
  static boolean restores(String method, int status, HttpHeaders headers) {
    return ReplyBody.present(method, status)
        && headers.firstValue("Content-Encoding").orElse("identity").equalsIgnoreCase("identity");
  }

  @Override
  public HttpResponse.BodySubscriber<T> apply(HttpResponse.ResponseInfo responseInfo) {
    if (!restores(method, responseInfo.statusCode(), responseInfo.headers())) {
      return application.apply(responseInfo);
    }
    HttpResponse.BodySubscriber<T> subscriber = application.apply(new LengthlessInfo(responseInfo));
    String contentType = responseInfo.headers().firstValue("Content-Type").orElse(null);
    return new RestoringBodySubscriber<>(subscriber, inspector.newRestorer(contentType));
  }

  /** What the application's handler is told of a reply whose body is restored. */
  private record LengthlessInfo(HttpResponse.ResponseInfo info) implements HttpResponse.ResponseInfo {
    @Override
    public int statusCode() {
      return info.statusCode();
    }

    @Override
    public HttpHeaders headers() {
      return RestoredHttpResponse.withoutLength(info.headers());
    }

    @Override
    public java.net.http.HttpClient.Version version() {
      return info.version();
    }
  }
}
