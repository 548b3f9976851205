package dev.piiguard.agent.inspect;

import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.util.List;

/**
 * Finds the application code that made an HTTP call: the first stack frame outside the JDK, PII
 * Guard, the HTTP client libraries and the AI SDKs built on them.
 *
 * <p>The request's thread only {@linkplain #capture() captures} its stack, which is what the JVM
 * does for any exception: it records each frame's method and bytecode index, with no names and
 * no strings (a {@link StackWalker} resolves every frame it passes, several times slower). The
 * frame is picked and written out later, by {@link #describe} on the audit thread.
 */
public final class ApplicationFrame {

  /** Packages whose frames are never the application's. */
  public static final List<String> INFRASTRUCTURE_PACKAGES = List.of(
      "java.", "javax.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.",
      "dev.piiguard.agent.", "net.bytebuddy.",
      "okhttp3.", "okio.", "org.apache.http.", "org.apache.hc.", "org.springframework.web.client.",
      "org.springframework.http.", "org.springframework.web.reactive.", "io.netty.", "reactor.",
      "com.openai.", "com.anthropic.", "dev.langchain4j.",
      "io.opentelemetry.");

  private ApplicationFrame() {}

  /** The calling thread's stack, to be passed to {@link #describe} on any thread. */
  public static CapturedStack capture() {
    return new CapturedStack();
  }

  /** The first application frame of {@code stack} as {@code class.method(File.java:line)}, or null. */
  public static String describe(CapturedStack stack) {
    for (StackTraceElement frame : stack.getStackTrace()) {
      if (!isInfrastructure(frame.getClassName())) {
        return new StringBuilder(96).append(frame.getClassName()).append('.')
            .append(frame.getMethodName()).append('(').append(frame.getFileName()).append(':')
            .append(frame.getLineNumber()).append(')').toString();
      }
    }
    return null;
  }

  /**
   * {@link #describe} with each value {@code scanner} finds in the frame's names replaced by its
   * placeholder: a class, a method and a source file may be named after anything
   * ({@code Customer_[SECRET].send_[PAYMENT_CARD](…)}).
   */
  public static String describeMasked(CapturedStack stack, PiiScanner scanner) {
    String frame = describe(stack);
    return frame == null ? null : PlaceholderRedaction.redactSegments(frame, scanner);
  }

  /** The calling application frame as {@code class.method(File.java:line)}, or null. */
  public static String find() {
    return describe(capture());
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

  /**
   * A thread's stack as the JVM records it for an exception; never thrown. Its frames are
   * resolved to names only when {@link #describe} asks for them.
   */
  public static final class CapturedStack extends Throwable {
    private static final long serialVersionUID = 1L;

    private CapturedStack() {
      super(null, null, false, true);
    }
  }
}
