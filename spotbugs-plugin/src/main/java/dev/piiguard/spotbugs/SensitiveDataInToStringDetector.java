package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import edu.umd.cs.findbugs.BugReporter;

/** Reports {@code PII_IN_TOSTRING}: a {@code @Sensitive} value reaches the toString() of a type (hand-written, record-generated or Lombok-generated). */
public final class SensitiveDataInToStringDetector extends PatternDetector {
  public SensitiveDataInToStringDetector(BugReporter bugReporter) {
    super(bugReporter, BugPattern.PII_IN_TOSTRING);
  }
}
