package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.function.BiFunction;

/** Gives the overhead benchmark the hook that the JDK {@code HttpClient} advice calls. */
public final class JdkHttpClientBenchmarkAccess {
  private JdkHttpClientBenchmarkAccess() {}

  /** The send hook, exactly as the agent stores it for the advice. */
  public static BiFunction<Object, Object, Object> hook(RequestInspector inspector) {
    return new JdkHttpClientHooks(inspector)::beforeSend;
  }

  /** Reads a body publisher the way the hook does. */
  public static byte[] read(java.net.http.HttpRequest.BodyPublisher publisher) throws Exception {
    return BodyPublisherReader.read(publisher, 1 << 20);
  }
}
