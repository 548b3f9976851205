package dev.piiguard.agent.instrumentation.okhttp;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.LibraryReach;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/** Weaves {@link ConstructorAdvice} into {@code okhttp3.OkHttpClient(Builder)}. */
public final class OkHttpInstrumentation {
  /** The type woven; also in the agent installer's list of instrumented types. */
  public static final String CLIENT_TYPE = "okhttp3.OkHttpClient";

  /**
   * Lives here rather than in {@link OkHttpClientSupport}: this class names no library type, so setting it
   * loads nothing from a library the application may not have.
   */
  private static volatile RequestInspector inspector;

  private OkHttpInstrumentation() {}

  /** The pipeline requests go through; null until the agent is installed. */
  static RequestInspector inspector() {
    return inspector;
  }

  /** Adds the transformation to {@code agent}. */
  public static AgentBuilder install(AgentBuilder agent, RequestInspector inspector) {
    OkHttpInstrumentation.inspector = inspector;
    return agent.type(named(CLIENT_TYPE)).transform(new AgentBuilder.Transformer.ForAdvice()
        .include(OkHttpInstrumentation.class.getClassLoader())
        .advice(isConstructor().and(takesArguments(1))
                .and(takesArgument(0, named(CLIENT_TYPE + "$Builder"))),
            ConstructorAdvice.class.getName()));
  }

  /**
   * Puts PII Guard's interceptors into the client once its constructor has copied the builder's
   * lists: the fields are final, which only a constructor may assign.
   */
  public static final class ConstructorAdvice {
    private ConstructorAdvice() {}

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(
        @Advice.FieldValue(value = "interceptors", readOnly = false) List<?> interceptors,
        @Advice.FieldValue(value = "networkInterceptors", readOnly = false) List<?> networkInterceptors) {
      try {
        interceptors = OkHttpClientSupport.withInterceptor(interceptors);
        networkInterceptors = OkHttpClientSupport.withRedirectGuard(networkInterceptors);
      } catch (LinkageError unreachable) {
        LibraryReach.unreachable("OkHttp", unreachable);
      }
    }
  }
}
