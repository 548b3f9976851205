package dev.piiguard.agent.instrumentation.urlconnection;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.piiguard.agent.bridge.Hook;
import dev.piiguard.agent.bridge.HookBinding;
import dev.piiguard.agent.bridge.HookHolders;
import dev.piiguard.agent.inspect.RequestInspector;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.function.BiFunction;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** Weaves the advice below into {@code sun.net.www.protocol.http.HttpURLConnection}. */
public final class UrlConnectionInstrumentation {
  /** The type woven; also in the agent installer's list of instrumented types. */
  public static final String CONNECTION_IMPL = "sun.net.www.protocol.http.HttpURLConnection";
  static final String WRITE_HOOK = "urlConnectionWrite";
  static final String STREAM_HOOK = "urlConnectionStream";
  static final String RESPONSE_HOOK = "urlConnectionResponse";
  static final String LENGTH_HOOK = "urlConnectionLength";

  private UrlConnectionInstrumentation() {}

  /** Injects the hooks and adds the transformation to {@code agent}. */
  public static AgentBuilder install(AgentBuilder agent, Instrumentation instrumentation,
      RequestInspector inspector) throws ReflectiveOperationException {
    // The holder goes into the poster's package (java.base, like the connection): loading the
    // connection class itself before the transformer is in place would expose it to another
    // agent's load-time changes that a retransformation cannot repeat.
    Class<?> poster = Class.forName(PosterRewriter.POSTER, false, null);
    Class<?> holder = HookHolders.inject(instrumentation, poster,
        List.of(WRITE_HOOK, STREAM_HOOK, RESPONSE_HOOK, LENGTH_HOOK));
    UrlConnectionHooks hooks = new UrlConnectionHooks(inspector, new PosterRewriter(poster));
    HookHolders.set(holder, WRITE_HOOK, hooks::beforeWrite);
    HookHolders.set(holder, STREAM_HOOK, hooks::beforeStreaming);
    HookHolders.set(holder, RESPONSE_HOOK, hooks::responseStream);
    try {
      HookHolders.open(instrumentation, Object.class.getModule(), ResponseLength.HEADERS_PACKAGE);
      HookHolders.set(holder, LENGTH_HOOK, hooks::withoutLength);
    } catch (RuntimeException e) {
      // a JVM that does not let the package be opened: restored replies keep the server's length
    }
    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bind(new HookBinding(holder));
    return agent.type(named(CONNECTION_IMPL)).transform(new AgentBuilder.Transformer.ForAdvice(mapping)
        .include(UrlConnectionInstrumentation.class.getClassLoader())
        .advice(named("writeRequests").and(takesArguments(0)), WriteRequestsAdvice.class.getName())
        .advice(named("getOutputStream0").and(takesArguments(0)), OutputStreamAdvice.class.getName())
        .advice(named("getInputStream").or(named("getErrorStream")).and(takesArguments(0)),
            InputStreamAdvice.class.getName()));
  }

  /** Inspects query and buffered body before the request is written; may rewrite or refuse it. */
  public static final class WriteRequestsAdvice {
    private WriteRequestsAdvice() {}

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Throwable enter(@Hook(WRITE_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.This Object connection,
        @Advice.FieldValue("setRequests") boolean headersSet,
        @Advice.FieldValue(value = "poster", typing = Assigner.Typing.DYNAMIC) Object poster,
        @Advice.FieldValue(value = "requestURI", readOnly = false) String requestUri) {
      if (hook == null) {
        return null;
      }
      // headers already set: a redirect the connection follows with the same request
      Object decision = hook.apply(connection, headersSet ? Boolean.TRUE : poster);
      if (decision instanceof String) {
        requestUri = (String) decision;
        return null;
      }
      return decision instanceof Throwable ? (Throwable) decision : null;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Throwable refusal,
        @Advice.Thrown(readOnly = false, typing = Assigner.Typing.DYNAMIC) Throwable thrown) {
      if (refusal != null) {
        thrown = refusal;
      }
    }
  }

  /** Turns fixed-length streaming into buffering when the body fits, so it can be inspected. */
  public static final class OutputStreamAdvice {
    private OutputStreamAdvice() {}

    @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, suppress = Throwable.class)
    static Throwable enter(@Hook(STREAM_HOOK) BiFunction<Object, Object, Object> hook,
        @Advice.This Object connection,
        @Advice.FieldValue(value = "strOutputStream", typing = Assigner.Typing.DYNAMIC) Object stream,
        @Advice.FieldValue(value = "fixedContentLength", readOnly = false) int fixedLength,
        @Advice.FieldValue(value = "fixedContentLengthLong", readOnly = false) long fixedLengthLong,
        @Advice.FieldValue("chunkLength") int chunkLength) {
      if (hook == null || stream != null) {
        return null;
      }
      long length = fixedLengthLong != -1 ? fixedLengthLong : fixedLength;
      if (length == -1 && chunkLength == -1) {
        return null;
      }
      Object decision = hook.apply(connection, Long.valueOf(length));
      if (Boolean.TRUE.equals(decision)) {
        fixedLength = -1;
        fixedLengthLong = -1;
        return null;
      }
      return decision instanceof Throwable ? (Throwable) decision : null;
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Throwable refusal,
        @Advice.Thrown(readOnly = false, typing = Assigner.Typing.DYNAMIC) Throwable thrown) {
      if (refusal != null) {
        thrown = refusal;
      }
    }
  }

  /**
   * Restores tokens in the response body of a tokenized request, read as a reply or as an error,
   * and drops the reply's {@code Content-Length}, which no longer fits it.
   */
  public static final class InputStreamAdvice {
    private InputStreamAdvice() {}

    // also when it throws: a 4xx or 5xx reply, whose length the application may read before its error stream
    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Hook(RESPONSE_HOOK) BiFunction<Object, Object, Object> hook,
        @Hook(LENGTH_HOOK) BiFunction<Object, Object, Object> lengthHook,
        @Advice.This Object connection,
        @Advice.FieldValue(value = "responses", typing = Assigner.Typing.DYNAMIC) Object headers,
        @Advice.Return(readOnly = false) InputStream body) {
      if (lengthHook != null) {
        lengthHook.apply(headers, connection);
      }
      if (hook != null && body != null) {
        body = (InputStream) hook.apply(connection, body);
      }
    }
  }
}
