package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import edu.umd.cs.findbugs.BugReporter;

/** Reports {@code PII_TO_HTTP}: a {@code @Sensitive} value reaches an outbound HTTP request body, URL or header. */
public final class SensitiveDataToHttpDetector extends PatternDetector {
  public SensitiveDataToHttpDetector(BugReporter bugReporter) {
    super(bugReporter, BugPattern.PII_TO_HTTP);
  }
}
