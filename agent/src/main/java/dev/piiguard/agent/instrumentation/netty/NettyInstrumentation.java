package dev.piiguard.agent.instrumentation.netty;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.LibraryCopies;
import dev.piiguard.agent.instrumentation.LibraryReach;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;

/**
 * Weaves {@link HandlerAddedAdvice} into {@code CombinedChannelDuplexHandler.handlerAdded}, which
 * Netty calls when a codec such as {@code HttpClientCodec} joins a pipeline.
 */
public final class NettyInstrumentation {
  /** The type woven; also in the agent installer's list of instrumented types. */
  public static final String COMBINED_HANDLER_TYPE = "io.netty.channel.CombinedChannelDuplexHandler";

  /**
   * Lives here rather than in {@link NettySupport}: this class names no library type, so setting it
   * loads nothing from a library the application may not have.
   */
  private static volatile RequestInspector inspector;

  private static final ClassValue<Hooks> HOOKS =
      LibraryCopies.supportPerLibrary(NettyInstrumentation.class, "NettySupport", Hooks.class);

  private NettyInstrumentation() {}

  /** The hooks for the library that {@code wovenType} belongs to; throws a {@link LinkageError} if there are none. */
  public static Hooks hooksFor(Class<?> wovenType) {
    return HOOKS.get(wovenType);
  }

  /** What the advice calls: {@link NettySupport}, in the copy that links against the codec's Netty. */
  public interface Hooks {
    /** See {@link NettySupport#codecAdded}. */
    void codecAdded(Object codec, Object context);
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
    NettyInstrumentation.inspector = inspector;
    return agent.type(named(COMBINED_HANDLER_TYPE))
        .transform(LibraryCopies.reachCheck("Netty"))
        .transform(new AgentBuilder.Transformer.ForAdvice()
        .include(NettyInstrumentation.class.getClassLoader())
        .advice(named("handlerAdded").and(takesArguments(1)), HandlerAddedAdvice.class.getName()));
  }

  /** Puts PII Guard's handler after an HTTP client codec that has just joined a pipeline. */
  public static final class HandlerAddedAdvice {
    private HandlerAddedAdvice() {}

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Origin Class<?> combinedHandler, @Advice.This Object codec, @Advice.Argument(0) Object context) {
      try {
        hooksFor(combinedHandler).codecAdded(codec, context);
      } catch (LinkageError unreachable) {
        LibraryReach.unreachable("Netty", unreachable);
      }
    }
  }
}
