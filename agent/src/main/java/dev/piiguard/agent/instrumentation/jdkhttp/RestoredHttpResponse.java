package dev.piiguard.agent.instrumentation.jdkhttp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * A response whose body had its tokens restored, without the server's {@code Content-Length}: the
 * restored values differ in length from their tokens, and a reader that reads that many bytes (as
 * Spring's message converters do) would cut the reply short or wait for bytes that never come.
 */
final class RestoredHttpResponse<T> implements HttpResponse<T> {
  private final HttpResponse<T> response;
  private final HttpHeaders headers;

  private RestoredHttpResponse(HttpResponse<T> response) {
    this.response = response;
    this.headers = withoutLength(response.headers());
  }

  /** {@code response} without its length when {@link RestoringBodyHandler} restored its body. */
  static <T> HttpResponse<T> of(HttpResponse<T> response) {
    if (!RestoringBodyHandler.restores(response.request().method(), response.statusCode(), response.headers())
        || response.headers().firstValue("Content-Length").isEmpty()) {
      return response;
    }
    return new RestoredHttpResponse<>(response);
  }

  static HttpHeaders withoutLength(HttpHeaders headers) {
    return HttpHeaders.of(headers.map(), (name, value) -> !name.equalsIgnoreCase("Content-Length"));
  }

  @Override
  public int statusCode() {
    return response.statusCode();
  }

  @Override
  public HttpRequest request() {
    return response.request();
  }

  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return response.previousResponse();
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public T body() {
    return response.body();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return response.sslSession();
  }

  @Override
  public URI uri() {
    return response.uri();
  }

  @Override
  public HttpClient.Version version() {
    return response.version();
  }

  @Override
  public String toString() {
    return response.toString();
  }
}
