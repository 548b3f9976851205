package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The last OkHttp network interceptor: inspects what changed in a request after {@link
 * PiiGuardInterceptor} let it out, where the request is final. A network interceptor of the
 * application's may give it another body or query, and an {@code Authenticator}'s follow-up after a
 * 401 another body; those are inspected here under the destination's rule, and rewritten or
 * refused as there. A redirect's new URL is left to {@link PiiGuardRedirectGuard}.
 */
public final class PiiGuardLateRequestCheck implements Interceptor {

  private final RequestInspector inspector;

  PiiGuardLateRequestCheck(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    InspectedSend sent = request.tag(InspectedSend.class);
    if (sent == null) {
      return chain.proceed(request); // allowed, or not through PII Guard's interceptor
    }
    HttpUrl url = request.url();
    RequestBody body = request.body();
    boolean newBody = body != null && body != sent.body();
    boolean newQuery = samePlace(url, sent.url()) && !Objects.equals(url.encodedQuery(), sent.url().encodedQuery());
    if (!newBody && !newQuery) {
      return chain.proceed(request);
    }
    PolicyDecision decision = inspector.decide(url.host(), url.encodedPath());
    if (decision.action() == Action.ALLOW) {
      return chain.proceed(request);
    }
    Destination destination = new Destination(url.scheme(), url.host(), url.port(), url.encodedPath());
    Verdict verdict = inspector.inspectBody(PiiGuardInterceptor.CLIENT, destination, decision,
        newQuery ? url.encodedQuery() : null, newBody ? new OkHttpBody(request) : null);
    if (verdict.refusal() != null) {
      throw verdict.refusal();
    }
    // the bridge below the application's interceptors framed the body it was given
    Response response = chain.proceed(RewrittenRequests.of(request, verdict, true));
    return verdict.restoreResponse() ? RestoredReplies.restoring(response, request.method(), inspector) : response;
  }

  /** Same scheme, host, port and path: a query changed there is the application's, not a redirect's. */
  private static boolean samePlace(HttpUrl url, HttpUrl sent) {
    return url.scheme().equals(sent.scheme()) && url.host().equals(sent.host()) && url.port() == sent.port()
        && url.encodedPath().equals(sent.encodedPath());
  }
}
