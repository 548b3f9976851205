package dev.piiguard.agent;

import java.lang.instrument.Instrumentation;

/**
 * The {@code -javaagent} entry points. They do as little as possible and never throw: they check
 * the options and register a transformer that knows the instrumented class names; a background
 * thread builds the rest. A problem is one line on standard error, and the application runs on
 * without the agent.
 */
public final class PiiGuardAgent {
  private PiiGuardAgent() {}

  /** Called before {@code main} when the JVM starts with {@code -javaagent:piiguard-agent.jar}. */
  public static void premain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, false);
  }

  /**
   * Called when the agent is attached to a running JVM; returns once the HTTP client classes,
   * already loaded there, are instrumented. Clients built before (OkHttp, Apache) stay as they
   * were; clients built afterwards are covered.
   */
  public static void agentmain(String arguments, Instrumentation instrumentation) {
    start(arguments, instrumentation, true);
  }

  private static void start(String arguments, Instrumentation instrumentation, boolean untilReady) {
    try {
      AgentInstaller.install(arguments, instrumentation, System.getProperties(), System.getenv(),
          ErrorReporter.STDERR, untilReady);
    } catch (Throwable e) {
      ErrorReporter.STDERR.report(AgentInstaller.NOT_INSTALLED + InstallFailure.describe(e));
    }
  }
}
