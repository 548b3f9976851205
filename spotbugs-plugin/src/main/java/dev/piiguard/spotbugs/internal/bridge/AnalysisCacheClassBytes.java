package dev.piiguard.spotbugs.internal.bridge;

import dev.piiguard.spotbugs.internal.model.ClassBytesSource;
import edu.umd.cs.findbugs.classfile.CheckedAnalysisException;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.ICodeBaseEntry;
import edu.umd.cs.findbugs.classfile.analysis.ClassData;
import java.io.IOException;
import java.io.InputStream;

/** Reads class files and resources through SpotBugs' analysis cache, so the application and auxiliary classpath are both seen. */
final class AnalysisCacheClassBytes implements ClassBytesSource {
  @Override
  public byte[] bytes(String internalName) {
    try {
      return Global.getAnalysisCache()
          .getClassAnalysis(ClassData.class, DescriptorFactory.createClassDescriptor(internalName))
          .getData();
    } catch (CheckedAnalysisException | RuntimeException e) {
      return null;
    }
  }

  /** Opens a resource on the analysed classpath, or returns null. */
  InputStream resource(String name) {
    try {
      ICodeBaseEntry entry = Global.getAnalysisCache().getClassPath().lookupResource(name);
      return entry.openResource();
    } catch (CheckedAnalysisException | IOException | RuntimeException e) {
      return null;
    }
  }
}
