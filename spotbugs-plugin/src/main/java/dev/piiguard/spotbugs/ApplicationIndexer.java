package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.internal.bridge.AnalysisState;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector2;
import edu.umd.cs.findbugs.FirstPassDetector;
import edu.umd.cs.findbugs.NonReportingDetector;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.analysis.ClassData;

/**
 * Indexes every application class in SpotBugs' first pass (declarations of {@code @Sensitive} and
 * {@code @Redactor}, supertypes, members), so that the reporting detectors can follow values across
 * the whole application before they report.
 */
public final class ApplicationIndexer implements Detector2, NonReportingDetector, FirstPassDetector {

  public ApplicationIndexer(BugReporter bugReporter) {
    // SpotBugs creates detectors with their reporter; this one reports nothing.
  }

  @Override
  public void visitClass(ClassDescriptor descriptor) throws CheckedAnalysisException {
    if (!AnalysisContext.currentAnalysisContext().isApplicationClass(descriptor)) {
      return;
    }
    byte[] classFile = Global.getAnalysisCache().getClassAnalysis(ClassData.class, descriptor).getData();
    AnalysisState.current().addApplicationClass(classFile);
  }

  @Override
  public void finishPass() {
    // The analysis runs lazily, when the first reporting detector asks for findings.
  }

  @Override
  public String getDetectorClassName() {
    return ApplicationIndexer.class.getName();
  }
}
