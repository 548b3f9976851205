package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.Interceptor;

/**
 * Gives a newly made {@code OkHttpClient} one {@link PiiGuardInterceptor} last among its
 * interceptors, after the application's own, and one {@link PiiGuardRedirectGuard} and one {@link
 * PiiGuardLateRequestCheck} last among its network interceptors: a builder made with {@code client.newBuilder()} holds the first client's, and
 * an interceptor the application adds to it would otherwise run after PII Guard, uninspected (review
 * s31a). The client's own copies of the lists are replaced; the application's builder is left as it
 * was, so that builds of one builder on several threads cannot see it half changed.
 */
public final class OkHttpClientSupport implements OkHttpInstrumentation.Hooks {

  /** Made by {@link OkHttpInstrumentation#hooksFor}. */
  public OkHttpClientSupport() {}

  /** The client's interceptors with PII Guard's last, once; {@code interceptors} if there is no agent. */
  @Override
  public List<?> withInterceptor(List<?> interceptors) {
    RequestInspector current = OkHttpInstrumentation.inspector();
    if (current == null) {
      return interceptors;
    }
    return withLast(interceptors, PiiGuardInterceptor.class, new PiiGuardInterceptor(current));
  }

  /**
   * The client's network interceptors with PII Guard's redirect guard and then its late request
   * check last, once each, where they can work.
   */
  @Override
  public List<?> withRedirectGuard(List<?> networkInterceptors) {
    RequestInspector current = OkHttpInstrumentation.inspector();
    if (current == null || !OkHttpFeatures.TYPED_TAGS) {
      // before 3.11 there are no typed tags to carry the decision (README)
      return networkInterceptors;
    }
    List<Interceptor> guarded =
        withLast(networkInterceptors, PiiGuardRedirectGuard.class, new PiiGuardRedirectGuard(current));
    return withLast(guarded, PiiGuardLateRequestCheck.class, new PiiGuardLateRequestCheck(current));
  }

  private static List<Interceptor> withLast(
      List<?> interceptors, Class<? extends Interceptor> type, Interceptor last) {
    List<Interceptor> result = new ArrayList<>(interceptors.size() + 1);
    for (Object interceptor : interceptors) {
      if (!type.isInstance(interceptor)) {
        result.add((Interceptor) interceptor);
      }
    }
    result.add(last);
    return Collections.unmodifiableList(result);
  }
}
