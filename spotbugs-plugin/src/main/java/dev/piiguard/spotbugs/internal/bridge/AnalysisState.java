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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The plugin's state for one SpotBugs run, kept as a database of SpotBugs' analysis cache: the
 * application classes indexed in the first pass, then the whole-application analysis run once,
 * on the first request for findings.
 */
public final class AnalysisState {
  /** System property: when {@code true}, one line of statistics goes to standard error at the end of a run. */
  public static final String STATISTICS_PROPERTY = "piiguard.statistics";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AnalysisCacheClassBytes bytes = new AnalysisCacheClassBytes();
  private final ClassRepository classes = new ClassRepository(bytes);
  private ApplicationAnalysis analysis;
  private int applicationClasses;
  private int findings;
  private long cpuNanos;
  private boolean statisticsPrinted;

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
    long start = cpuTime();
    classes.addApplicationClass(classFile);
    applicationClasses++;
    cpuNanos += cpuTime() - start;
  }

  /** Findings in this class (internal name); the first call runs the whole-application analysis. */
  public List<Finding> findings(String className) {
    long start = cpuTime();
    if (analysis == null) {
      analysis = new ApplicationAnalysis(classes, loadCatalogue(), bytes, AnalysisState::logFailure);
      analysis.run();
      findings = analysis.allFindings().size();
    }
    List<Finding> found = analysis.findings(className);
    cpuNanos += cpuTime() - start;
    return found;
  }

  /** Adds CPU time the detectors spent turning findings into bug reports. */
  public void addReportingTime(long nanos) {
    cpuNanos += nanos;
  }

  /**
   * Prints, once and only when {@value #STATISTICS_PROPERTY} is {@code true}, what the plugin did:
   * classes indexed, method analyses, findings, and the CPU time it used.
   */
  public void printStatisticsOnce() {
    if (statisticsPrinted || !Boolean.getBoolean(STATISTICS_PROPERTY)) {
      return;
    }
    statisticsPrinted = true;
    System.err.printf(
        java.util.Locale.ROOT,
        "PII Guard statistics: %d application classes, %d method analyses, %d findings, %.3f CPU seconds%n",
        applicationClasses,
        analysis == null ? 0 : analysis.methodAnalyses(),
        findings,
        cpuNanos / 1e9);
  }

  /** CPU time of this thread, which is where SpotBugs runs its detectors. */
  public static long cpuTime() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Source file name recorded in the class, or null. */
  public String sourceFile(String className) {
    return classes.find(className).map(facts -> facts.sourceFile()).orElse(null);
  }

  private Catalogue loadCatalogue() {
    try {
      return CatalogueLoader.load(System.getProperty(CatalogueLoader.FILES_PROPERTY), bytes::resource);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableCatalogueError("PII Guard could not read its catalogue: " + e.getMessage(), e);
    }
  }

  private static void logFailure(String className, String methodName, Exception error) {
    AnalysisContext.logError(
        "PII Guard could not analyse " + className.replace('/', '.') + "." + methodName, error);
  }
}
