package dev.piiguard.agent.instrumentation.apachehttp4;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.http.impl.client.HttpClientBuilder;

/** Adds the PII Guard interceptors once to each {@code HttpClientBuilder}, however often it builds. */
public final class ApacheHttpClient4Support implements ApacheHttpClient4Instrumentation.Hooks {
  private static final Map<Object, Boolean> BUILDERS = Collections.synchronizedMap(new WeakHashMap<>());

  /** Made by {@link ApacheHttpClient4Instrumentation#hooksFor}. */
  public ApacheHttpClient4Support() {}

  /** Called by the advice with the builder about to build a client. */
  @Override
  public void addInterceptors(Object builderObject) {
    RequestInspector current = ApacheHttpClient4Instrumentation.inspector();
    if (current == null || !(builderObject instanceof HttpClientBuilder)) {
      return;
    }
    if (BUILDERS.putIfAbsent(builderObject, Boolean.TRUE) != null) {
      return;
    }
    HttpClientBuilder builder = (HttpClientBuilder) builderObject;
    PiiGuardRequestInterceptor first = new PiiGuardRequestInterceptor(current);
    builder.addInterceptorFirst(first);
    // runs after the application's own request interceptors, which may change the request
    builder.addInterceptorLast(new PiiGuardLateRequestCheck(first));
    builder.addInterceptorLast(new PiiGuardResponseInterceptor(current));
  }
}
