package dev.piiguard.agent.instrumentation.jdkhttp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's request with a new body and/or URI, everything else read from the original.
 * Cheaper than {@code HttpRequest.newBuilder(request, filter)}, which copies and checks every
 * header again; the client copies the request once more when it sends it.
 */
final class RewrittenHttpRequest extends HttpRequest {
  private final HttpRequest original;
  private final URI uri;
  private final BodyPublisher body;

  RewrittenHttpRequest(HttpRequest original, URI uri, BodyPublisher body) {
    this.original = original;
    this.uri = uri;
    this.body = body;
  }

  @Override
  public Optional<BodyPublisher> bodyPublisher() {
    return Optional.ofNullable(body);
  }

  @Override
  public String method() {
    return original.method();
  }

  @Override
  public Optional<Duration> timeout() {
    return original.timeout();
  }

  @Override
  public boolean expectContinue() {
    return original.expectContinue();
  }

  @Override
  public URI uri() {
    return uri;
  }

  @Override
  public Optional<HttpClient.Version> version() {
    return original.version();
  }

  @Override
  public HttpHeaders headers() {
    return original.headers();
  }
}
