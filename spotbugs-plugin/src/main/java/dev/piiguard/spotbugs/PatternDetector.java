package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.bridge.AnalysisState;
import dev.piiguard.spotbugs.internal.bridge.BugInstanceFactory;
import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.taint.Finding;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector2;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;

/** Reports, class by class, the findings of one bug pattern from the whole-application analysis. */
abstract class PatternDetector implements Detector2 {
  private final BugReporter bugReporter;
  private final BugPattern pattern;

  PatternDetector(BugReporter bugReporter, BugPattern pattern) {
    this.bugReporter = bugReporter;
    this.pattern = pattern;
  }

  @Override
  public final void visitClass(ClassDescriptor descriptor) {
    AnalysisState state = AnalysisState.current();
    for (Finding finding : state.findings(descriptor.getClassName())) {
      if (finding.pattern() == pattern) {
        long start = AnalysisState.cpuTime();
        BugInstance bug = BugInstanceFactory.create(this, finding, state);
        state.addReportingTime(AnalysisState.cpuTime() - start);
        bugReporter.reportBug(bug);
      }
    }
  }

  @Override
  public final void finishPass() {
    AnalysisState.current().printStatisticsOnce();
  }

  @Override
  public final String getDetectorClassName() {
    return getClass().getName();
  }
}
