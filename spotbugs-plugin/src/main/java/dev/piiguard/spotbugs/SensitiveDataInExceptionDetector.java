package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import edu.umd.cs.findbugs.BugReporter;

/** Reports {@code PII_IN_EXCEPTION}: a {@code @Sensitive} value reaches the message of a constructed Throwable. */
public final class SensitiveDataInExceptionDetector extends PatternDetector {
  public SensitiveDataInExceptionDetector(BugReporter bugReporter) {
    super(bugReporter, BugPattern.PII_IN_EXCEPTION);
  }
}
