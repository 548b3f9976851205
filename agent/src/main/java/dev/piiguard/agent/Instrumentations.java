package dev.piiguard.agent;

import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.apachehttp4.ApacheHttpClient4Instrumentation;
import dev.piiguard.agent.instrumentation.apachehttp5.ApacheHttpClient5Instrumentation;
import dev.piiguard.agent.instrumentation.LibraryReach;
import dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientInstrumentation;
import dev.piiguard.agent.instrumentation.netty.NettyInstrumentation;
import dev.piiguard.agent.instrumentation.okhttp.OkHttpInstrumentation;
import dev.piiguard.agent.instrumentation.urlconnection.UrlConnectionInstrumentation;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.utility.JavaModule;

/** Builds the Byte Buddy transformer that weaves every instrumentation in; the only Byte Buddy user here. */
final class Instrumentations {
  private static final String NEXUS_DISABLED_PROPERTY = "net.bytebuddy.nexus.disabled";

  private Instrumentations() {}

  /** The transformer for {@link AgentInstaller#INSTRUMENTED_TYPES}, with hooks calling {@code inspector}. */
  static ClassFileTransformer transformer(RequestInspector inspector, Instrumentation instrumentation,
      ErrorReporter errors) throws ReflectiveOperationException {
    // Byte Buddy's Nexus (used only for live initializers, which advice does not need) probes
    // sun.misc.Unsafe when first touched, and Java 24+ warns about that. The property is read by
    // the shaded copy only: shading renames the string with the package.
    System.setProperty(NEXUS_DISABLED_PROPERTY, "true");
    // Advice changes method bodies only: the method graph needs the declared methods alone, so
    // interfaces another agent added without class files are never resolved.
    ByteBuddy byteBuddy = new ByteBuddy()
        .with(TypeValidation.DISABLED)
        .with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE);
    AgentBuilder agent = new AgentBuilder.Default(byteBuddy)
        .disableClassFormatChanges()
        // Lets the transformer accept retransformations; which classes are retransformed, and
        // when, is decided by BackgroundInstall.
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.DescriptionStrategy.Default.HYBRID)
        .ignore(not(namedOneOf(AgentInstaller.INSTRUMENTED_TYPES)))
        .with(new FailureListener(errors));
    LibraryReach.reportTo(errors::report);
    agent = JdkHttpClientInstrumentation.install(agent, instrumentation, inspector);
    agent = UrlConnectionInstrumentation.install(agent, instrumentation, inspector);
    agent = OkHttpInstrumentation.install(agent, inspector);
    agent = ApacheHttpClient5Instrumentation.install(agent, inspector);
    agent = ApacheHttpClient4Instrumentation.install(agent, inspector);
    agent = NettyInstrumentation.install(agent, inspector);
    return agent.makeRaw();
  }

  /** Reports a class that could not be instrumented; the class then runs unchanged. */
  private static final class FailureListener extends AgentBuilder.Listener.Adapter {
    private final ErrorReporter errors;

    FailureListener(ErrorReporter errors) {
      this.errors = errors;
    }

    @Override
    public void onError(String typeName, ClassLoader classLoader, JavaModule module,
        boolean loaded, Throwable throwable) {
      errors.report("could not instrument " + typeName + ": " + InstallFailure.describe(throwable));
    }
  }
}
