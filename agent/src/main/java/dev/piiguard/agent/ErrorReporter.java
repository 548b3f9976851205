package dev.piiguard.agent;

/**
 * Where the agent reports its own problems, one line each. A seam: tests pass their own to see
 * what would have been printed. Lines never hold a value from a request.
 */
@FunctionalInterface
public interface ErrorReporter {

  /** Prints each line to standard error, prefixed with {@code [piiguard] }. */
  ErrorReporter STDERR = line -> System.err.println("[piiguard] " + line);

  /** Reports one line. */
  void report(String line);
}
