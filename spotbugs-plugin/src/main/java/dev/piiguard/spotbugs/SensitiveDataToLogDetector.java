package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import edu.umd.cs.findbugs.BugReporter;

/** Reports {@code PII_TO_LOG}: a {@code @Sensitive} value reaches a log or the MDC/ThreadContext. */
public final class SensitiveDataToLogDetector extends PatternDetector {
  public SensitiveDataToLogDetector(BugReporter bugReporter) {
    super(bugReporter, BugPattern.PII_TO_LOG);
  }
}
