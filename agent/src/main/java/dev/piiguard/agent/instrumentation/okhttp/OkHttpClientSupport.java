package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Adds one {@link PiiGuardInterceptor} to an {@code OkHttpClient.Builder}, after the user's own,
 * and one {@link PiiGuardRedirectGuard} to its network interceptors.
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
    for (Interceptor interceptor : interceptors) {
      if (interceptor instanceof PiiGuardInterceptor) {
        return;
      }
    }
    interceptors.add(new PiiGuardInterceptor(current));
    builder.networkInterceptors().add(new PiiGuardRedirectGuard(current));
  }
}
