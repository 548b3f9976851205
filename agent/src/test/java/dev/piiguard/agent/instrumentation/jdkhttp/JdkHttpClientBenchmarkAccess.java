package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.RequestInspector;
import java.util.function.BiFunction;

/** Gives the overhead benchmark the hook that the JDK {@code HttpClient} advice calls. */
public final class JdkHttpClientBenchmarkAccess {
  private JdkHttpClientBenchmarkAccess() {}

  /**
   * The send hook, exactly as the agent stores it for the advice, reading array bodies in place
   * as the agent does.
   *
   * @throws IllegalStateException when the JVM was not started with {@link #OPENS}
   */
  public static BiFunction<Object, Object, Object> hook(RequestInspector inspector)
      throws ClassNotFoundException {
    Class<?> arrayPublisher = Class.forName(BodyPublisherReader.ARRAY_PUBLISHER, false,
        ClassLoader.getPlatformClassLoader());
    if (!BodyPublisherReader.enableInPlaceReads(arrayPublisher)) {
      throw new IllegalStateException("start the JVM with " + OPENS + ", as the agent opens that package");
    }
    return new JdkHttpClientHooks(inspector)::beforeSend;
  }

  /** The JVM option that opens to this class what the agent opens to itself at run time. */
  public static final String OPENS = "--add-opens java.net.http/jdk.internal.net.http=ALL-UNNAMED";

  /** Reads a body publisher the way the hook does. */
  public static byte[] read(java.net.http.HttpRequest.BodyPublisher publisher) throws Exception {
    return BodyPublisherReader.read(publisher, 1 << 20);
  }
}
