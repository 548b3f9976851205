package dev.piiguard.spotbugs.internal.bridge;

import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.catalogue.CatalogueLoader;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.taint.ApplicationAnalysis;
import dev.piiguard.spotbugs.internal.taint.Finding;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.classfile.Global;
import edu.umd.cs.findbugs.classfile.IAnalysisCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The plugin's state for one SpotBugs run, kept as a database of SpotBugs' analysis cache: the
 * application classes indexed in the first pass, then the whole-application analysis run once,
 * on the first request for findings.
 */
public final class AnalysisState {
  private final AnalysisCacheClassBytes bytes = new AnalysisCacheClassBytes();
  private final ClassRepository classes = new ClassRepository(bytes);
  private ApplicationAnalysis analysis;

  private AnalysisState() {}

  /** The state of the current SpotBugs run, created on first use. */
  public static AnalysisState current() {
    IAnalysisCache cache = Global.getAnalysisCache();
    AnalysisState state = cache.getOptionalDatabase(AnalysisState.class);
    if (state == null) {
      state = new AnalysisState();
      cache.eagerlyPutDatabase(AnalysisState.class, state);
    }
    return state;
  }

  /** Indexes an application class from its class file, during the first pass. */
  public void addApplicationClass(byte[] classFile) {
    if (analysis != null) {
      return;
    }
    classes.addApplicationClass(classFile);
  }

  /** Findings in this class (internal name); the first call runs the whole-application analysis. */
  public List<Finding> findings(String className) {
    if (analysis == null) {
      analysis = new ApplicationAnalysis(classes, loadCatalogue(), bytes, AnalysisState::logFailure);
      analysis.run();
    }
    return analysis.findings(className);
  }

  /** Source file name recorded in the class, or null. */
  public String sourceFile(String className) {
    return classes.find(className).map(facts -> facts.sourceFile()).orElse(null);
  }

  private Catalogue loadCatalogue() {
    try {
      return CatalogueLoader.load(System.getProperty(CatalogueLoader.FILES_PROPERTY), bytes::resource);
    } catch (IOException e) {
      throw new UncheckedIOException("PII Guard could not read its catalogue", e);
    }
  }

  private static void logFailure(String className, String methodName, Exception error) {
    AnalysisContext.logError(
        "PII Guard could not analyse " + className.replace('/', '.') + "." + methodName, error);
  }
}
