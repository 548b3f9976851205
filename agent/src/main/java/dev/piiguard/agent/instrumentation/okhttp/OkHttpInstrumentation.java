package dev.piiguard.agent.instrumentation.okhttp;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.LibraryCopies;
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

  private static final ClassValue<Hooks> HOOKS =
      LibraryCopies.supportPerLibrary(OkHttpInstrumentation.class, "OkHttpClientSupport", Hooks.class);

  private OkHttpInstrumentation() {}

  /** The hooks for the library that {@code wovenType} belongs to; throws a {@link LinkageError} if there are none. */
  public static Hooks hooksFor(Class<?> wovenType) {
    return HOOKS.get(wovenType);
  }

  /** What the advice calls: {@link OkHttpClientSupport}, in the copy that links against the client's OkHttp. */
  public interface Hooks {
    /** See {@link OkHttpClientSupport#withInterceptor}. */
    List<?> withInterceptor(List<?> interceptors);

    /** See {@link OkHttpClientSupport#withRedirectGuard}. */
    List<?> withRedirectGuard(List<?> networkInterceptors);
  }

  /**
   * The pipeline requests go through; null until the agent is installed. Public: the copies of
   * this package's classes that {@link LibraryCopies} makes for a library's own class loader call it.
   */
  public static RequestInspector inspector() {
    return inspector;
  }

  /** Adds the transformation to {@code agent}. */
  public static AgentBuilder install(AgentBuilder agent, RequestInspector inspector) {
    OkHttpInstrumentation.inspector = inspector;
    return agent.type(named(CLIENT_TYPE))
        .transform(LibraryCopies.reachCheck("OkHttp"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
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
    static void exit(@Advice.Origin Class<?> client,
        @Advice.FieldValue(value = "interceptors", readOnly = false) List<?> interceptors,
        @Advice.FieldValue(value = "networkInterceptors", readOnly = false) List<?> networkInterceptors) {
      try {
        Hooks hooks = hooksFor(client);
        interceptors = hooks.withInterceptor(interceptors);
        networkInterceptors = hooks.withRedirectGuard(networkInterceptors);
      } catch (LinkageError unreachable) {
        LibraryReach.unreachable("OkHttp", unreachable);
      }
    }
  }
}
