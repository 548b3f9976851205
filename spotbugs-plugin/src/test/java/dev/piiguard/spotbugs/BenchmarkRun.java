package dev.piiguard.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measured SpotBugs run of the benchmark over one jar: the process CPU and wall time of the
 * whole run, the CPU time the plugin reports for its own code, its method analyses and findings,
 * and the analysis errors it logged.
 */
final class BenchmarkRun {
  private static final Pattern STATISTICS =
      Pattern.compile(
          "PII Guard statistics: (\\d+) application classes, (\\d+) method analyses, (\\d+) findings, ([0-9.]+) CPU seconds");

  /** What runs: SpotBugs' default detectors alone, with the plugin, or with the plugin and the stress catalogue. */
  enum Configuration {
    ALONE,
    WITH_PLUGIN,
    STRESS
  }

  final Configuration configuration;
  final double cpuSeconds;
  final double wallSeconds;
  final double pluginSeconds;
  final int methodAnalyses;
  final int classes;
  final int pluginErrors;

  private BenchmarkRun(
      Configuration configuration,
      double cpuSeconds,
      double wallSeconds,
      double pluginSeconds,
      int methodAnalyses,
      int classes,
      int pluginErrors) {
    this.configuration = configuration;
    this.cpuSeconds = cpuSeconds;
    this.wallSeconds = wallSeconds;
    this.pluginSeconds = pluginSeconds;
    this.methodAnalyses = methodAnalyses;
    this.classes = classes;
    this.pluginErrors = pluginErrors;
  }

  static BenchmarkRun of(Path jar, Configuration configuration, Path stressCatalogue) throws Exception {
    if (configuration == Configuration.STRESS) {
      System.setProperty("piiguard.catalogue", stressCatalogue.toString());
    }
    PrintStream standardError = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.gc();
    long cpuBefore = processCpuNanos();
    long wallBefore = System.nanoTime();
    BugCollectionBugReporter reporter;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      reporter =
          SpotBugsRun.analyse(
              List.of(jar),
              List.of(),
              project -> new BugCollectionBugReporter(project, new PrintWriter(Writer.nullWriter())),
              configuration == Configuration.ALONE
                  ? SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS
                  : SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);
    } finally {
      System.setErr(standardError);
      System.clearProperty("piiguard.catalogue");
    }
    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
    double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
    int pluginErrors = pluginErrors(reporter, jar, standardError);
    double pluginSeconds = 0;
    int methodAnalyses = 0;
    Matcher statistics = STATISTICS.matcher(captured.toString(StandardCharsets.UTF_8));
    if (statistics.find()) {
      methodAnalyses = Integer.parseInt(statistics.group(2));
      pluginSeconds = Double.parseDouble(statistics.group(4));
    } else if (configuration != Configuration.ALONE) {
      throw new IllegalStateException("the plugin printed no statistics for " + jar);
    }
    int pluginFindings = 0;
    for (BugInstance bug : reporter.getBugCollection()) {
      if (bug.getType().startsWith("PII_")) {
        pluginFindings++;
      }
    }
    standardError.printf(
        Locale.ROOT,
        "%s %s: %.1f CPU s, %.1f wall s, plugin %.2f CPU s, %d method analyses, %d findings%n",
        jar.getFileName(), configuration, cpuSeconds, wallSeconds, pluginSeconds, methodAnalyses, pluginFindings);
    return new BenchmarkRun(
        configuration,
        cpuSeconds,
        wallSeconds,
        pluginSeconds,
        methodAnalyses,
        reporter.getBugCollection().getProjectStats().getNumClasses(),
        pluginErrors);
  }

  private static int pluginErrors(BugCollectionBugReporter reporter, Path jar, PrintStream standardError) {
    int pluginErrors = 0;
    for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
      StringWriter text = new StringWriter();
      text.append(error.getMessage()).append(' ');
      if (error.getCause() != null) {
        error.getCause().printStackTrace(new PrintWriter(text));
      }
      if (text.toString().contains("dev.piiguard") || text.toString().contains("PII Guard")) {
        pluginErrors++;
        standardError.println("plugin error on " + jar.getFileName() + ": " + text);
      }
    }
    return pluginErrors;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
