package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Puts one {@link PiiGuardInterceptor} last among an {@code OkHttpClient.Builder}'s interceptors,
 * after the application's own, and one {@link PiiGuardRedirectGuard} last among its network
 * interceptors: a builder made with {@code client.newBuilder()} holds the first client's, and an
 * interceptor the application adds to it would otherwise run after PII Guard, uninspected
 * (review s31a).
 */
public final class OkHttpClientSupport {

  private OkHttpClientSupport() {}

  /** Called by the advice with the builder a client is being made from. */
  public static void addInterceptor(Object builderObject) {
    RequestInspector current = OkHttpInstrumentation.inspector();
    if (current == null || !(builderObject instanceof OkHttpClient.Builder)) {
      return;
    }
    OkHttpClient.Builder builder = (OkHttpClient.Builder) builderObject;
    List<Interceptor> interceptors = builder.interceptors();
    List<Interceptor> networkInterceptors = builder.networkInterceptors();
    if (isLast(interceptors, PiiGuardInterceptor.class)
        && (!OkHttpFeatures.TYPED_TAGS || isLast(networkInterceptors, PiiGuardRedirectGuard.class))) {
      return; // a builder built again: left as it is, so that builds on other threads see one list
    }
    synchronized (builder) {
      interceptors.removeIf(interceptor -> interceptor instanceof PiiGuardInterceptor);
      interceptors.add(new PiiGuardInterceptor(current));
      networkInterceptors.removeIf(interceptor -> interceptor instanceof PiiGuardRedirectGuard);
      if (OkHttpFeatures.TYPED_TAGS) {
        // before 3.11 there are no typed tags to carry the decision (README)
        networkInterceptors.add(new PiiGuardRedirectGuard(current));
      }
    }
  }

  private static boolean isLast(List<Interceptor> interceptors, Class<? extends Interceptor> type) {
    return !interceptors.isEmpty() && type.isInstance(interceptors.get(interceptors.size() - 1));
  }
}
