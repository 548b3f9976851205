package dev.piiguard.agent.instrumentation.apachehttp5;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.LibraryCopies;
import dev.piiguard.agent.instrumentation.LibraryReach;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/** Weaves {@link BuildAdvice} into {@code HttpClientBuilder.build()}. */
public final class ApacheHttpClient5Instrumentation {
  /** The type woven; also in the agent installer's list of instrumented types. */
  public static final String BUILDER_TYPE = "org.apache.hc.client5.http.impl.classic.HttpClientBuilder";

  /**
   * Lives here rather than in {@link ApacheHttpClient5Support}: this class names no library type, so setting it
   * loads nothing from a library the application may not have.
   */
  private static volatile RequestInspector inspector;

  private static final ClassValue<Hooks> HOOKS =
      LibraryCopies.supportPerLibrary(ApacheHttpClient5Instrumentation.class, "ApacheHttpClient5Support", Hooks.class);

  private ApacheHttpClient5Instrumentation() {}

  /** The hooks for the library that {@code wovenType} belongs to; throws a {@link LinkageError} if there are none. */
  public static Hooks hooksFor(Class<?> wovenType) {
    return HOOKS.get(wovenType);
  }

  /** What the advice calls: {@link ApacheHttpClient5Support}, in the copy that links against the builder's library. */
  public interface Hooks {
    /** See {@link ApacheHttpClient5Support#addHandler}. */
    void addHandler(Object builder);
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
    ApacheHttpClient5Instrumentation.inspector = inspector;
    return agent.type(named(BUILDER_TYPE))
        .transform(LibraryCopies.reachCheck("Apache HttpClient 5"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
        .include(ApacheHttpClient5Instrumentation.class.getClassLoader())
        .advice(named("build").and(takesArguments(0)), BuildAdvice.class.getName()));
  }

  /** Adds the PII Guard exec handler to the builder before it builds the client. */
  public static final class BuildAdvice {
    private BuildAdvice() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.Origin Class<?> builderType, @Advice.This Object builder) {
      try {
        hooksFor(builderType).addHandler(builder);
      } catch (LinkageError unreachable) {
        LibraryReach.unreachable("Apache HttpClient 5", unreachable);
      }
    }
  }
}
