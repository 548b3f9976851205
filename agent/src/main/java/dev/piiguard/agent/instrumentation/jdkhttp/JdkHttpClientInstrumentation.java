package dev.piiguard.agent.instrumentation.jdkhttp;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.bridge.Hook;
import dev.piiguard.agent.bridge.HookBinding;
import dev.piiguard.agent.bridge.HookHolders;
import dev.piiguard.agent.inspect.RequestInspector;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.function.BiFunction;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Weaves {@link SendAsyncAdvice} and {@link SendAdvice} into {@code jdk.internal.net.http.HttpClientImpl}
 * and {@link RedirectAdvice} into {@code jdk.internal.net.http.RedirectFilter}.
 */
public final class JdkHttpClientInstrumentation {
  /** The type woven; also in the agent installer's list of instrumented types. */
  public static final String CLIENT_IMPL = "jdk.internal.net.http.HttpClientImpl";
  /**
   * Where the hook holder is defined: a plain class of the {@code java.net.http} module that no
   * agent instruments, so that loading it does not load {@link #CLIENT_IMPL} before the
   * transformer is in place (another agent may add interfaces to it at load time, and a later
   * retransformation by us would then be refused).
   */
  static final String HOLDER_ANCHOR = "jdk.internal.net.http.common.Demand";
  /** The module of the client. */
  static final String MODULE = "java.net.http";
  /** Where the client turns a redirect response into the next request it sends. */
  public static final String REDIRECT_FILTER = "jdk.internal.net.http.RedirectFilter";
  static final String SEND_HOOK = "jdkHttpSend";
  static final String UNWRAP_HOOK = "jdkHttpUnwrap";
  static final String REDIRECT_HOOK = "jdkHttpRedirect";
  static final String RESPONSE_HOOK = "jdkHttpResponse";

  private JdkHttpClientInstrumentation() {}

  /**
   * Injects the hooks and adds the transformation to {@code agent}; leaves {@code agent} as it is
   * when the JVM's module graph has no {@code java.net.http} (a modular application that does not
   * require it, a runtime image without it), where no request can be sent with the client.
   */
  public static AgentBuilder install(AgentBuilder agent, Instrumentation instrumentation,
      RequestInspector inspector) throws ReflectiveOperationException {
    if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
      return agent;
    }
    Class<?> anchor = Class.forName(HOLDER_ANCHOR, false, ClassLoader.getPlatformClassLoader());
    Class<?> holder = HookHolders.inject(instrumentation, anchor,
        List.of(SEND_HOOK, UNWRAP_HOOK, REDIRECT_HOOK, RESPONSE_HOOK));
    enableInPlaceReads(instrumentation);
    JdkHttpClientHooks hooks = new JdkHttpClientHooks(inspector);
    HookHolders.set(holder, SEND_HOOK, hooks::beforeSend);
    HookHolders.set(holder, UNWRAP_HOOK, (thrown, unused) -> JdkHttpClientHooks.unwrap((Throwable) thrown));
    HookHolders.set(holder, REDIRECT_HOOK, hooks::beforeRedirect);
    HookHolders.set(holder, RESPONSE_HOOK, JdkHttpClientHooks::afterSend);
    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bind(new HookBinding(holder));
    return agent.type(named(CLIENT_IMPL)).transform(new AgentBuilder.Transformer.ForAdvice(mapping)
        .include(JdkHttpClientInstrumentation.class.getClassLoader())
        .advice(named("sendAsync").and(takesArguments(4)), SendAsyncAdvice.class.getName())
        .advice(named("send").and(takesArguments(2)), SendAdvice.class.getName()))
        .type(named(REDIRECT_FILTER)).transform(new AgentBuilder.Transformer.ForAdvice(mapping)
            .include(JdkHttpClientInstrumentation.class.getClassLoader())
            .advice(named("response").and(takesArguments(1)), RedirectAdvice.class.getName()));
  }

  /**
   * Opens the package of the JDK's array publisher to the agent, so that bodies made with {@code
   * ofString} and {@code ofByteArray} are read in place. Without it they are read by subscribing.
   */
  private static void enableInPlaceReads(Instrumentation instrumentation) {
    try {
      Class<?> arrayPublisher = Class.forName(BodyPublisherReader.ARRAY_PUBLISHER, false,
          ClassLoader.getPlatformClassLoader());
      HookHolders.open(instrumentation, arrayPublisher);
      BodyPublisherReader.enableInPlaceReads(arrayPublisher);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Bodies are then read by subscribing to their publishers.
    }
  }

  /** Replaces the request and response handler, or fails the call without sending it. */
  public static final class SendAsyncAdvice {
    private SendAsyncAdvice() {}

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Object enter(@Hook(SEND_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.Argument(value = 0, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object request,
        @Advice.Argument(value = 1, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object handler) {
      if (hook == null || request == null || handler == null) {
        return null;
      }
      Object decision = hook.apply(request, handler);
      if (decision instanceof Object[]) {
        Object[] replacement = (Object[]) decision;
        request = replacement[0];
        handler = replacement[1];
        return null;
      }
      return decision;
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    static void exit(@Advice.Enter Object failed, @Hook(RESPONSE_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.Argument(value = 1, typing = Assigner.Typing.DYNAMIC) Object handler,
        @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object future) {
      if (failed != null) {
        future = failed;
      } else if (hook != null) {
        future = hook.apply(future, handler);
      }
    }
  }

  /**
   * Refuses a redirect that would take values past the rules: the filter's answer, the next
   * request, goes to the hook with the request that got the redirect.
   */
  public static final class RedirectAdvice {
    private RedirectAdvice() {}

    // no suppress: the refusal must reach the application (AgentArchitectureTest lists this advice)
    @Advice.OnMethodExit
    static void exit(@Hook(REDIRECT_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.FieldValue("request") Object from,
        @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object next) throws java.io.IOException {
      Object refusal = hook == null || from == null || next == null ? null : hook.apply(from, next);
      if (refusal != null) {
        throw (java.io.IOException) refusal;
      }
    }
  }

  /** Lets a synchronous {@code send} throw PII Guard's own exception rather than a wrapper of it. */
  public static final class SendAdvice {
    private SendAdvice() {}

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Hook(UNWRAP_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.Thrown(readOnly = false, typing = Assigner.Typing.DYNAMIC) Throwable thrown) {
      if (hook != null && thrown != null) {
        thrown = (Throwable) hook.apply(thrown, null);
      }
    }
  }
}
