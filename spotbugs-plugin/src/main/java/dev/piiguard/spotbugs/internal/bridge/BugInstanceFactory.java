package dev.piiguard.spotbugs.internal.bridge;

import dev.piiguard.spotbugs.internal.taint.Finding;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Detector2;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;

/**
 * Turns a {@link Finding} into a SpotBugs {@link BugInstance}: class, method, the source and sink
 * named as strings ({@code {2}} and {@code {3}} in messages.xml), the source's PII types as a string
 * with role {@value #PII_TYPE_ROLE} ({@code {4}}), the reported line, the source line and the sink line.
 */
public final class BugInstanceFactory {
  /** Role of the string annotation that holds the source's PII types, comma-separated ({@code EMAIL,PHONE}). */
  public static final String PII_TYPE_ROLE = "STRING_PII_TYPE";

  private BugInstanceFactory() {}

  public static BugInstance create(Detector2 detector, Finding finding, AnalysisState state) {
    int priority = finding.isIndirect() ? Priorities.NORMAL_PRIORITY : Priorities.HIGH_PRIORITY;
    String className = finding.className().replace('/', '.');
    String sink = finding.via() == null ? finding.sinkName() : finding.sinkName() + " via " + finding.via();
    BugInstance bug =
        new BugInstance(detector, finding.pattern().name(), priority)
            .addClass(className)
            .addMethod(className, finding.methodName(), finding.methodDescriptor(), finding.isStaticMethod())
            .addString(finding.sourceDescription())
            .addString(sink)
            .addString(finding.piiTypes())
            .describe(PII_TYPE_ROLE);
    bug.addSourceLine(line(finding.className(), finding.line(), state));
    if (finding.sourceLine() > 0) {
      bug.addSourceLine(line(finding.sourceClass(), finding.sourceLine(), state))
          .describe("SOURCE_LINE_VALUE_SOURCE");
    }
    if (finding.sinkLine() > 0) {
      bug.addSourceLine(line(finding.sinkClass(), finding.sinkLine(), state))
          .describe("SOURCE_LINE_VALUE_SINK");
    }
    return bug;
  }

  private static SourceLineAnnotation line(String internalName, int line, AnalysisState state) {
    String sourceFile = state.sourceFile(internalName);
    return new SourceLineAnnotation(
        internalName.replace('/', '.'),
        sourceFile == null ? SourceLineAnnotation.UNKNOWN_SOURCE_FILE : sourceFile,
        line,
        line,
        -1,
        -1);
  }
}
