package dev.piiguard.agent;

import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;

import dev.piiguard.agent.config.AgentConfig;
import dev.piiguard.agent.config.AgentConfigException;
import dev.piiguard.agent.config.AgentOptions;
import dev.piiguard.agent.inspect.AuditThread;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.instrumentation.apachehttp4.ApacheHttpClient4Instrumentation;
import dev.piiguard.agent.instrumentation.apachehttp5.ApacheHttpClient5Instrumentation;
import dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientInstrumentation;
import dev.piiguard.agent.instrumentation.okhttp.OkHttpInstrumentation;
import dev.piiguard.agent.instrumentation.urlconnection.UrlConnectionInstrumentation;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import java.io.IOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/** Reads the options, builds the request pipeline and weaves the instrumentations in. */
final class AgentInstaller {
  /** Every class the agent transforms; all others are ignored by name, which is cheap. */
  static final String[] INSTRUMENTED_TYPES = {
    "jdk.internal.net.http.HttpClientImpl",
    "sun.net.www.protocol.http.HttpURLConnection",
    "okhttp3.OkHttpClient",
    "org.apache.hc.client5.http.impl.classic.HttpClientBuilder",
    "org.apache.http.impl.client.HttpClientBuilder",
  };

  private static final String NEXUS_DISABLED_PROPERTY = "net.bytebuddy.nexus.disabled";

  private AgentInstaller() {}

  /**
   * Checks the options and registers a {@link DeferredTransformer}; a daemon thread then builds
   * the pipeline and the Byte Buddy transformer. Reports one line and returns false when an
   * option is bad.
   */
  static boolean install(String arguments, Instrumentation instrumentation,
      Properties systemProperties, Map<String, String> environment, ErrorReporter errors) {
    return install(arguments, instrumentation, systemProperties, environment, errors, false);
  }

  /**
   * As {@link #install(String, Instrumentation, Properties, Map, ErrorReporter)}; with
   * {@code untilReady} (an agent attached to a running JVM, whose HTTP classes are already
   * loaded) it returns only once they are instrumented.
   */
  static boolean install(String arguments, Instrumentation instrumentation,
      Properties systemProperties, Map<String, String> environment, ErrorReporter errors,
      boolean untilReady) {
    AgentConfig config;
    try {
      config = AgentOptions.load(arguments, systemProperties, environment);
    } catch (AgentConfigException e) {
      errors.report("PII Guard agent not installed: " + e.getMessage());
      return false;
    }
    if (config.policy().allowsEverything()) {
      return false;
    }
    AuditSink audit;
    try {
      audit = auditSink(config.audit());
    } catch (IOException | RuntimeException e) {
      errors.report("PII Guard agent not installed: cannot open audit file \"" + config.audit() + "\".");
      return false;
    }
    DeferredTransformer deferred = new DeferredTransformer(INSTRUMENTED_TYPES);
    instrumentation.addTransformer(deferred, true);
    Thread thread = new Thread(() -> build(config, audit, instrumentation, deferred, errors), "piiguard-init");
    thread.setDaemon(true);
    deferred.builtBy(thread);
    thread.start();
    if (untilReady) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return true;
  }

  private static void build(AgentConfig config, AuditSink audit, Instrumentation instrumentation,
      DeferredTransformer deferred, ErrorReporter errors) {
    ClassFileTransformer transformer = null;
    try {
      transformer = transformer(config, audit, instrumentation, errors);
    } catch (Throwable e) {
      errors.report("PII Guard agent not installed: internal error " + e.getClass().getName());
    } finally {
      deferred.complete(transformer);
      // From here on this thread may pass through the transformer too: it has nothing to wait for.
      deferred.builtBy(null);
    }
    if (transformer == null) {
      return;
    }
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      if (deferred.instruments(loaded.getName())) {
        try {
          instrumentation.retransformClasses(loaded);
        } catch (Throwable e) {
          errors.report("could not instrument " + loaded.getName() + ": " + e);
        }
      }
    }
  }

  private static ClassFileTransformer transformer(AgentConfig config, AuditSink audit,
      Instrumentation instrumentation, ErrorReporter errors) throws ReflectiveOperationException {
    RequestInspector inspector = new RequestInspector(config.policy(), PiiScanner.defaults(),
        CoreValueRewriter.withRandomKeys(), audit, config.failure(), config.maxBodyBytes(),
        AuditThread.start());

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
        // when, is decided in build().
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(AgentBuilder.DescriptionStrategy.Default.HYBRID)
        .ignore(not(namedOneOf(INSTRUMENTED_TYPES)))
        .with(new FailureListener(errors));
    agent = JdkHttpClientInstrumentation.install(agent, instrumentation, inspector);
    agent = UrlConnectionInstrumentation.install(agent, instrumentation, inspector);
    agent = OkHttpInstrumentation.install(agent, inspector);
    agent = ApacheHttpClient5Instrumentation.install(agent, inspector);
    agent = ApacheHttpClient4Instrumentation.install(agent, inspector);
    return agent.makeRaw();
  }

  private static AuditSink auditSink(String audit) throws IOException {
    if (audit.equalsIgnoreCase(AgentConfig.AUDIT_NONE)) {
      return AuditSink.NONE;
    }
    if (audit.equalsIgnoreCase(AgentConfig.AUDIT_STDERR)) {
      return JsonLinesAuditWriter.to(System.err);
    }
    return JsonLinesAuditWriter.appendingTo(Path.of(audit));
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
      errors.report("could not instrument " + typeName + ": " + throwable);
    }

    @Override
    public void onTransformation(TypeDescription typeDescription, ClassLoader classLoader,
        JavaModule module, boolean loaded, DynamicType dynamicType) {
      // Nothing to report.
    }
  }
}
