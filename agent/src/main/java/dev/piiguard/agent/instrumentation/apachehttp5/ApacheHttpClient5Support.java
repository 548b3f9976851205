package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * Adds one {@link PiiGuardExecHandler} to each {@code HttpClientBuilder}, however often it builds,
 * one {@link PiiGuardRedirectGuard} below its redirect handler, and a {@link PiiGuardLateRequestCheck}
 * after the application's request interceptors, as the request is sent.
 */
public final class ApacheHttpClient5Support implements ApacheHttpClient5Instrumentation.Hooks {
  static final String HANDLER_NAME = "piiguard";
  static final String REDIRECT_GUARD_NAME = "piiguard-redirect-guard";

  private static final Map<Object, Boolean> BUILDERS = Collections.synchronizedMap(new WeakHashMap<>());

  /** Made by {@link ApacheHttpClient5Instrumentation#hooksFor}. */
  public ApacheHttpClient5Support() {}

  /** Called by the advice with the builder about to build a client. */
  @Override
  public void addHandler(Object builderObject) {
    RequestInspector current = ApacheHttpClient5Instrumentation.inspector();
    if (current == null || !(builderObject instanceof HttpClientBuilder)) {
      return;
    }
    if (BUILDERS.putIfAbsent(builderObject, Boolean.TRUE) != null) {
      return;
    }
    HttpClientBuilder builder = (HttpClientBuilder) builderObject;
    PiiGuardExecHandler handler = new PiiGuardExecHandler(current);
    builder.addExecInterceptorFirst(HANDLER_NAME, handler);
    builder.addExecInterceptorAfter(ChainElement.REDIRECT.name(), REDIRECT_GUARD_NAME,
        new PiiGuardRedirectGuard(handler, current));
    // after the application's own request interceptors, which run just before the request is sent
    builder.addRequestInterceptorLast(new PiiGuardLateRequestCheck(handler, current));
  }
}
