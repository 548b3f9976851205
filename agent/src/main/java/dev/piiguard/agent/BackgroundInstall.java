package dev.piiguard.agent;

import dev.piiguard.agent.config.AgentConfig;
import dev.piiguard.agent.inspect.AuditThread;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.sensitive.SensitiveFields;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditSink;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;

/**
 * The agent's set-up after {@code premain} returned, on the {@code piiguard-init} daemon thread:
 * builds the request pipeline and the Byte Buddy transformer and hands it to the {@link
 * DeferredTransformer} (HTTP classes that load meanwhile wait for it), retransforms the HTTP
 * classes already loaded, then prepares what the first request would otherwise wait for.
 */
final class BackgroundInstall implements Runnable {
  private final AgentConfig config;
  private final AuditSink audit;
  private final Instrumentation instrumentation;
  private final DeferredTransformer deferred;
  private final ErrorReporter errors;

  BackgroundInstall(AgentConfig config, AuditSink audit, Instrumentation instrumentation,
      DeferredTransformer deferred, ErrorReporter errors) {
    this.config = config;
    this.audit = audit;
    this.instrumentation = instrumentation;
    this.deferred = deferred;
    this.errors = errors;
  }

  @Override
  public void run() {
    ClassFileTransformer transformer = null;
    RequestInspector inspector = null;
    try {
      // The known AI hosts are read here: a packaging fault stops the install, not a request.
      config.policy().decide("localhost", "/");
      CoreValueRewriter rewriter = CoreValueRewriter.withRandomKeys();
      // the values of the application's @Sensitive fields are found beside the detectors' findings
      PiiScanner scanner = PiiScanner.builder().withKnownValues(SensitiveFields.values()).build();
      inspector = new RequestInspector(config.policy(), scanner, rewriter, audit,
          config.failure(), config.maxBodyBytes(), AuditThread.start());
      transformer = Instrumentations.transformer(inspector, instrumentation, errors);
    } catch (Throwable e) {
      errors.report(AgentInstaller.NOT_INSTALLED + InstallFailure.describe(e));
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
          errors.report("could not instrument " + loaded.getName() + ": " + InstallFailure.describe(e));
        }
      }
    }
    try {
      inspector.prepare();
    } catch (Throwable e) {
      // The first request then prepares what it needs itself, and fails per failure= if it cannot.
    }
  }
}
