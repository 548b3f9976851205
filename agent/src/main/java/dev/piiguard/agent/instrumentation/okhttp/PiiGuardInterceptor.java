package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.HandledRequest;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.Verdict;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.PolicyDecision;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The OkHttp application interceptor that inspects each request and restores tokenized replies;
 * it tags the request with how it was handled ({@link PiiGuardRedirectGuard}) and with what it let
 * out ({@link PiiGuardLateRequestCheck}).
 */
public final class PiiGuardInterceptor implements Interceptor {
  static final String CLIENT = "okhttp";

  private final RequestInspector inspector;

  PiiGuardInterceptor(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    PolicyDecision decision = inspector.decide(url.host(), url.encodedPath());
    Destination destination = new Destination(url.scheme(), url.host(), url.port(), url.encodedPath());
    if (decision.action() == Action.ALLOW) {
      return chain.proceed(tagged(request, HandledRequest.read(destination, decision)));
    }
    Verdict verdict = verdictFor(request, destination, decision);
    if (verdict.refusal() != null) {
      throw verdict.refusal();
    }
    request = tagged(request, HandledRequest.of(destination, decision, verdict));
    Request sent = RewrittenRequests.of(request, verdict, false);
    if (OkHttpFeatures.TYPED_TAGS) {
      sent = sent.newBuilder().tag(InspectedSend.class, new InspectedSend(sent.body(), sent.url())).build();
    }
    Response response = chain.proceed(sent);
    return verdict.restoreResponse() ? RestoredReplies.restoring(response, request.method(), inspector) : response;
  }

  /** The request carrying how it was handled, which OkHttp keeps on the requests a redirect makes of it. */
  private static Request tagged(Request request, HandledRequest handled) {
    if (!OkHttpFeatures.TYPED_TAGS) {
      return request;
    }
    return request.newBuilder().tag(HandledRequest.class, handled).build();
  }

  private Verdict verdictFor(Request request, Destination destination, PolicyDecision decision) {
    return inspector.inspectBody(CLIENT, destination, decision, request.url().encodedQuery(),
        request.body() == null ? null : new OkHttpBody(request));
  }

}
