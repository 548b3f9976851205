package dev.piiguard.agent;

/**
 * Describes a failure of the agent's own set-up in one line that helps whoever reads it: the
 * exception's type, the class it could not find when that is the problem, where it was thrown, and
 * the same for its cause. Never an exception's free-text message, which might quote a value.
 */
final class InstallFailure {
  private static final int MAX_CAUSES = 3;
  private static final int MAX_NAME_LENGTH = 200;
  /** How the JVM words a class whose static initializer failed before. */
  private static final String UNINITIALIZED = "Could not initialize class ";

  private InstallFailure() {}

  /** For example {@code internal error java.lang.NoClassDefFoundError: okhttp3/Interceptor (at a.B.c(B.java:12))}. */
  static String describe(Throwable failure) {
    StringBuilder line = new StringBuilder("internal error ");
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (depth > 0) {
        line.append("; caused by ");
      }
      line.append(current.getClass().getName());
      String missing = missingClass(current);
      if (missing != null) {
        line.append(": ").append(missing);
      }
      StackTraceElement[] frames = current.getStackTrace();
      if (frames.length > 0) {
        StackTraceElement top = frames[0];
        line.append(" (at ").append(top.getClassName()).append('.').append(top.getMethodName())
            .append('(').append(top.getFileName()).append(':').append(top.getLineNumber()).append("))");
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return line.toString();
  }

  /**
   * The class a class-loading failure names, when its message is nothing but a class name (as the
   * JVM writes it for {@link NoClassDefFoundError} and {@link ClassNotFoundException}, also after
   * "Could not initialize class").
   */
  private static String missingClass(Throwable failure) {
    if (!(failure instanceof NoClassDefFoundError || failure instanceof ClassNotFoundException)) {
      return null;
    }
    String message = failure.getMessage();
    if (message != null && message.startsWith(UNINITIALIZED)) {
      message = message.substring(UNINITIALIZED.length());
    }
    if (message == null || message.isEmpty() || message.length() > MAX_NAME_LENGTH) {
      return null;
    }
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (!(Character.isJavaIdentifierPart(c) || c == '.' || c == '/') || Character.isIdentifierIgnorable(c)) {
        return null;
      }
    }
    return message;
  }
}
