package dev.piiguard.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Robustness and speed of the plugin on large real jars. For each jar SpotBugs runs with its
 * default detectors alone, with the plugin, and with the plugin made to work on every method (a
 * stress catalogue declares common JDK methods as sources, since third-party jars declare no
 * {@code @Sensitive} data). It reports the CPU seconds of each whole run, the CPU seconds the
 * plugin's own code used inside the run (measured by the plugin on SpotBugs' analysis thread,
 * printed with {@code -Dpiiguard.statistics=true}), the overhead that makes, and any analysis error
 * the plugin logged. Exits 1 on a plugin error or when the overhead of normal use is above 25 %.
 *
 * <p>Whole-run times on a shared machine vary by ±20 % from run to run; the plugin's own CPU time
 * does not depend on the order of the runs and is the figure the 25 % budget is checked against.
 *
 * <p>Run: {@code mvn -B -pl spotbugs-plugin -am -Pbenchmark verify -DskipTests}.
 */
public final class PluginOverheadBenchmark {
  private static final double ALLOWED_OVERHEAD = 0.25;
  private static final Pattern STATISTICS =
      Pattern.compile("PII Guard statistics: (\\d+) application classes, (\\d+) method analyses, (\\d+) findings, ([0-9.]+) CPU seconds");

  private PluginOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path stressCatalogue = Paths.get(args[0]);
    List<Path> jars = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path jar = Paths.get(args[i]);
      if (!Files.exists(jar)) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
      jars.add(jar);
    }
    System.setProperty("piiguard.statistics", "true");
    // Warm up the JIT and SpotBugs' own code on the last jar, not measured.
    run(jars.get(jars.size() - 1), SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);

    boolean failed = false;
    System.out.println(
        "| jar | classes | SpotBugs alone, CPU s | with PII Guard, CPU s | PII Guard's own CPU s | overhead"
            + " | stress: with PII Guard, CPU s | stress: PII Guard's own CPU s | stress: method analyses | stress: overhead | plugin errors |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (Path jar : jars) {
      Result alone = run(jar, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS);
      Result normal = run(jar, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);
      System.setProperty("piiguard.catalogue", stressCatalogue.toString());
      Result stressed;
      try {
        stressed = run(jar, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);
      } finally {
        System.clearProperty("piiguard.catalogue");
      }
      double overhead = normal.pluginSeconds / (normal.cpuSeconds - normal.pluginSeconds);
      double stressOverhead = stressed.pluginSeconds / (stressed.cpuSeconds - stressed.pluginSeconds);
      int errors = normal.pluginErrors + stressed.pluginErrors;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %.2f | %.1f %% | %.1f | %.2f | %d | %.1f %% | %d |%n",
          jar.getFileName(),
          alone.classes,
          alone.cpuSeconds,
          normal.cpuSeconds,
          normal.pluginSeconds,
          overhead * 100,
          stressed.cpuSeconds,
          stressed.pluginSeconds,
          stressed.methodAnalyses,
          stressOverhead * 100,
          errors);
      failed |= errors > 0 || overhead > ALLOWED_OVERHEAD;
    }
    System.exit(failed ? 1 : 0);
  }

  private static Result run(Path jar, SpotBugsRun.Detectors detectors) throws Exception {
    PrintStream standardError = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    long cpuBefore = processCpuNanos();
    BugCollectionBugReporter reporter;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      reporter =
          SpotBugsRun.analyse(
              List.of(jar),
              List.of(),
              project -> new BugCollectionBugReporter(project, new PrintWriter(Writer.nullWriter())),
              detectors);
    } finally {
      System.setErr(standardError);
    }
    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
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
    BugCollection bugs = reporter.getBugCollection();
    double pluginSeconds = 0;
    int methodAnalyses = 0;
    Matcher statistics = STATISTICS.matcher(captured.toString(StandardCharsets.UTF_8));
    if (statistics.find()) {
      methodAnalyses = Integer.parseInt(statistics.group(2));
      pluginSeconds = Double.parseDouble(statistics.group(4));
    } else if (detectors != SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS) {
      throw new IllegalStateException("the plugin printed no statistics for " + jar);
    }
    int pluginFindings = 0;
    for (BugInstance bug : bugs) {
      if (bug.getType().startsWith("PII_")) {
        pluginFindings++;
      }
    }
    standardError.printf(
        Locale.ROOT, "%s %s: %.1f CPU s, plugin %.2f CPU s, %d method analyses, %d findings%n",
        jar.getFileName(), detectors, cpuSeconds, pluginSeconds, methodAnalyses, pluginFindings);
    return new Result(cpuSeconds, bugs.getProjectStats().getNumClasses(), pluginErrors, pluginSeconds, methodAnalyses);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static final class Result {
    final double cpuSeconds;
    final int classes;
    final int pluginErrors;
    final double pluginSeconds;
    final int methodAnalyses;

    Result(double cpuSeconds, int classes, int pluginErrors, double pluginSeconds, int methodAnalyses) {
      this.cpuSeconds = cpuSeconds;
      this.classes = classes;
      this.pluginErrors = pluginErrors;
      this.pluginSeconds = pluginSeconds;
      this.methodAnalyses = methodAnalyses;
    }
  }
}
