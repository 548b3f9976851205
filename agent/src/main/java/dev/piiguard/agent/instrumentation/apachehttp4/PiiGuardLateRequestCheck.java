package dev.piiguard.agent.instrumentation.apachehttp4;

import java.io.IOException;
import org.apache.http.HttpRequest;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.protocol.HttpContext;

/**
 * The last request interceptor: inspects a request again when an interceptor the application
 * added changed it after {@link PiiGuardRequestInterceptor} released it.
 */
final class PiiGuardLateRequestCheck implements HttpRequestInterceptor {
  private final PiiGuardRequestInterceptor first;

  PiiGuardLateRequestCheck(PiiGuardRequestInterceptor first) {
    this.first = first;
  }

  @Override
  public void process(HttpRequest request, HttpContext context) throws IOException {
    first.processLate(request, context);
  }
}
