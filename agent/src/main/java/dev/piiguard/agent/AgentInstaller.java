package dev.piiguard.agent;

import dev.piiguard.agent.config.AgentConfig;
import dev.piiguard.agent.config.AgentConfigException;
import dev.piiguard.agent.config.AgentOptions;
import dev.piiguard.agent.instrumentation.apachehttp4.ApacheHttpClient4Instrumentation;
import dev.piiguard.agent.instrumentation.apachehttp5.ApacheHttpClient5Instrumentation;
import dev.piiguard.agent.instrumentation.jdkhttp.JdkHttpClientInstrumentation;
import dev.piiguard.agent.instrumentation.netty.NettyInstrumentation;
import dev.piiguard.agent.instrumentation.okhttp.OkHttpInstrumentation;
import dev.piiguard.agent.instrumentation.urlconnection.UrlConnectionInstrumentation;
import dev.piiguard.agent.sensitive.SensitiveFieldTransformer;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code premain} does before the application's {@code main}: reads and checks the options,
 * opens the audit file and registers a {@link DeferredTransformer}; {@link BackgroundInstall}
 * does the rest on a daemon thread. Names no Byte Buddy type, so that loading it loads none.
 */
final class AgentInstaller {
  /** Every class the agent transforms; all others are ignored by name, which is cheap. */
  static final String[] INSTRUMENTED_TYPES = {
    // constants, which javac copies here: naming them loads none of their classes
    JdkHttpClientInstrumentation.CLIENT_IMPL,
    JdkHttpClientInstrumentation.REDIRECT_FILTER,
    UrlConnectionInstrumentation.CONNECTION_IMPL,
    OkHttpInstrumentation.CLIENT_TYPE,
    ApacheHttpClient5Instrumentation.BUILDER_TYPE,
    ApacheHttpClient4Instrumentation.BUILDER_TYPE,
    NettyInstrumentation.COMBINED_HANDLER_TYPE,
  };

  static final String NOT_INSTALLED = "PII Guard agent not installed: ";

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
      errors.report(NOT_INSTALLED + masked(e.getMessage()));
      return false;
    }
    if (config.policy().allowsEverything()) {
      return false;
    }
    AuditSink audit;
    try {
      audit = auditSink(config.audit());
      if (audit instanceof JsonLinesAuditWriter) {
        String stopped = masked("audit events can no longer be written to \"" + config.audit()
            + "\"; requests go on without them.");
        audit = new FailureReportingAuditSink((JsonLinesAuditWriter) audit,
            () -> errors.report(stopped));
      }
    } catch (IOException | RuntimeException e) {
      errors.report(NOT_INSTALLED + masked("cannot open audit file \"" + config.audit() + "\" ("
          + ioProblem(e) + ")."));
      return false;
    }
    if (config.sensitiveFields()) {
      SensitiveFieldTransformer sensitiveFields =
          new SensitiveFieldTransformer(config.sensitiveAnnotations(), errors::report);
      instrumentation.addTransformer(sensitiveFields, true);
      if (untilReady) {
        // attached to a running JVM: the application's classes are loaded already
        sensitiveFields.weaveLoaded(instrumentation);
      }
    }
    DeferredTransformer deferred = new DeferredTransformer(INSTRUMENTED_TYPES);
    instrumentation.addTransformer(deferred, true);
    Thread thread = new Thread(new BackgroundInstall(config, audit, instrumentation, deferred, errors),
        "piiguard-init");
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

  /** The sink for an {@code audit} value; a file's missing parent folders are created. */
  static AuditSink auditSink(String audit) throws IOException {
    if (audit.equalsIgnoreCase(AgentConfig.AUDIT_NONE)) {
      return AuditSink.NONE;
    }
    if (audit.equalsIgnoreCase(AgentConfig.AUDIT_STDERR)) {
      return JsonLinesAuditWriter.to(System.err);
    }
    Path file = Path.of(audit).toAbsolutePath();
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      Files.createDirectories(folder);
    }
    return JsonLinesAuditWriter.appendingTo(file);
  }

  /**
   * A message that quotes option values or file names, with any personal data in them replaced by
   * typed placeholders: a mistyped option can hold a customer's e-mail address as well as a path.
   */
  private static String masked(String message) {
    return PlaceholderRedaction.redactSegments(message, PiiScanner.defaults());
  }

  /** Why a file could not be opened: what went wrong, on which file or folder. */
  private static String ioProblem(Exception e) {
    if (!(e instanceof FileSystemException)) {
      return e.getClass().getSimpleName();
    }
    String file = ((FileSystemException) e).getFile();
    if (e instanceof FileAlreadyExistsException) {
      return file + " is a file, not a folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on " + file;
    }
    if (e instanceof NoSuchFileException) {
      return "cannot create " + file;
    }
    String reason = ((FileSystemException) e).getReason();
    return e.getClass().getSimpleName() + (file == null ? "" : " on " + file)
        + (reason == null ? "" : ": " + reason);
  }
}
