package dev.piiguard.agent.inspect;

import java.util.List;
import java.util.Optional;

/**
 * Finds the application code that made an HTTP call: the first stack frame outside the JDK, PII
 * Guard, the HTTP client libraries and the AI SDKs built on them.
 */
public final class ApplicationFrame {

  /** Packages whose frames are never the application's. */
  public static final List<String> INFRASTRUCTURE_PACKAGES = List.of(
      "java.", "javax.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.",
      "dev.piiguard.agent.", "net.bytebuddy.",
      "okhttp3.", "okio.", "org.apache.http.", "org.apache.hc.", "org.springframework.web.client.",
      "org.springframework.http.", "com.openai.", "com.anthropic.", "dev.langchain4j.",
      "io.opentelemetry.");

  private static final StackWalker WALKER = StackWalker.getInstance();

  private ApplicationFrame() {}

  /** The calling application frame as {@code class.method(File.java:line)}, or null. */
  public static String find() {
    Optional<String> frame = WALKER.walk(frames -> frames
        .filter(f -> !isInfrastructure(f.getClassName()))
        .findFirst()
        .map(f -> f.getClassName() + "." + f.getMethodName() + "(" + f.getFileName() + ":"
            + f.getLineNumber() + ")"));
    return frame.orElse(null);
  }

  /** Whether frames of this class belong to the JDK, PII Guard or an HTTP library. */
  static boolean isInfrastructure(String className) {
    for (String prefix : INFRASTRUCTURE_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
