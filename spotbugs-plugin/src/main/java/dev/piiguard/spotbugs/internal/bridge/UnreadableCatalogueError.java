package dev.piiguard.spotbugs.internal.bridge;

/**
 * The catalogue of sinks and sanitizers cannot be read (a file is missing or a rule is
 * malformed): an {@link Error}, not an exception, so that SpotBugs, which logs a detector's
 * exceptions and goes on, stops the analysis and the build fails instead of passing without a
 * single finding.
 */
public final class UnreadableCatalogueError extends Error {
  private static final long serialVersionUID = 1L;

  UnreadableCatalogueError(String message, Exception cause) {
    super(message, cause);
  }
}
