package dev.piiguard.agent;

/**
 * Where the agent reports its own problems, one line each. A seam: tests pass their own to see
 * what would have been printed. Lines never hold a value from a request.
 */
@FunctionalInterface
public interface ErrorReporter {

  /**
   * Prints each line to standard error, prefixed with {@code [piiguard] }. A class rather than a
   * lambda, since {@code premain} loads it and a JVM's first lambda costs milliseconds.
   */
  ErrorReporter STDERR = new ErrorReporter() {
    @Override
    public void report(String line) {
      System.err.println("[piiguard] ".concat(line));
    }
  };

  /** Reports one line. */
  void report(String line);
}
