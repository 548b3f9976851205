package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.HandledRequest;
import dev.piiguard.agent.inspect.PiiGuardException;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.core.audit.Destination;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The OkHttp network interceptor that sees each request a call sends, redirects included: a
 * redirect that would take a request sent with its values to a destination whose rule guards
 * them is refused ({@link RequestInspector#refuseRedirect}), and one of a body sent unread is
 * recorded. How the request was handled travels with it as a tag, which OkHttp keeps on the
 * requests it follows a redirect with.
 */
public final class PiiGuardRedirectGuard implements Interceptor {

  private final RequestInspector inspector;

  PiiGuardRedirectGuard(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HandledRequest first = request.tag(HandledRequest.class);
    if (first != null) {
      HttpUrl url = request.url();
      PiiGuardException refused = inspector.refuseRedirect(PiiGuardInterceptor.CLIENT, first,
          new Destination(url.scheme(), url.host(), url.port(), url.encodedPath()));
      if (refused != null) {
        throw refused;
      }
    }
    return chain.proceed(request);
  }
}
