package dev.piiguard.spotbugs;

import edu.umd.cs.findbugs.AbstractBugReporter;
import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugCollectionBugReporter;
import edu.umd.cs.findbugs.BugInstance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Robustness and speed of the plugin on large real jars: for each jar, SpotBugs with its default
 * detectors alone, with the plugin, and with the plugin made to work on every method (a stress
 * catalogue declares common JDK methods as sources), each twice; the faster run counts. Reports
 * process CPU seconds, the overhead ratio, and any analysis error the plugin logged. Exits 1 when the plugin logged an
 * error or the overhead of normal use is above 25 %.
 *
 * <p>Run: {@code mvn -B -pl spotbugs-plugin -am -Pbenchmark verify -DskipTests}.
 */
public final class PluginOverheadBenchmark {
  private static final double ALLOWED_OVERHEAD = 0.25;

  private PluginOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path stressCatalogue = Paths.get(args[0]);
    List<Path> jars = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      jars.add(Paths.get(args[i]));
    }
    List<String> auxiliary = List.of();
    // Warm up the JIT and SpotBugs' own caches on the smallest jar, not measured.
    run(jars.get(jars.size() - 1), auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);

    boolean failed = false;
    System.out.println("| jar | classes | SpotBugs alone (CPU s) | with PII Guard (CPU s) | overhead | with PII Guard, stress catalogue (CPU s) | overhead | findings under stress | plugin errors |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (Path jar : jars) {
      // Each configuration runs twice, in the order A B C C B A, and the faster run counts:
      // what runs first on a jar pays for loading its classes into SpotBugs' caches and the JIT.
      Result alone = run(jar, auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS);
      Result withPlugin = run(jar, auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);
      Result stressed = stressed(jar, auxiliary, stressCatalogue);
      stressed = faster(stressed, stressed(jar, auxiliary, stressCatalogue));
      withPlugin = faster(withPlugin, run(jar, auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN));
      alone = faster(alone, run(jar, auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS));
      double overhead = withPlugin.cpuSeconds / alone.cpuSeconds - 1;
      double stressOverhead = stressed.cpuSeconds / alone.cpuSeconds - 1;
      int errors = withPlugin.pluginErrors + stressed.pluginErrors;
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.1f | %+.1f %% | %.1f | %+.1f %% | %d | %d |%n",
          jar.getFileName(),
          alone.classes,
          alone.cpuSeconds,
          withPlugin.cpuSeconds,
          overhead * 100,
          stressed.cpuSeconds,
          stressOverhead * 100,
          stressed.pluginFindings,
          errors);
      failed |= errors > 0 || overhead > ALLOWED_OVERHEAD;
    }
    System.exit(failed ? 1 : 0);
  }

  private static Result stressed(Path jar, List<String> auxiliary, Path stressCatalogue) throws Exception {
    System.setProperty("piiguard.catalogue", stressCatalogue.toString());
    try {
      return run(jar, auxiliary, SpotBugsRun.Detectors.SPOTBUGS_DEFAULTS_AND_PLUGIN);
    } finally {
      System.clearProperty("piiguard.catalogue");
    }
  }

  private static Result faster(Result first, Result second) {
    return new Result(
        Math.min(first.cpuSeconds, second.cpuSeconds),
        first.classes,
        first.pluginErrors + second.pluginErrors,
        Math.max(first.pluginFindings, second.pluginFindings));
  }

  private static Result run(Path jar, List<String> auxiliary, SpotBugsRun.Detectors detectors) throws Exception {
    long cpuBefore = processCpuNanos();
    BugCollectionBugReporter reporter =
        SpotBugsRun.analyse(
            List.of(jar),
            auxiliary,
            project -> new BugCollectionBugReporter(project, new PrintWriter(Writer.nullWriter())),
            detectors);
    double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
    BugCollection bugs = reporter.getBugCollection();
    int pluginErrors = 0;
    for (AbstractBugReporter.Error error : reporter.getQueuedErrors()) {
      StringWriter text = new StringWriter();
      text.append(error.getMessage()).append(' ');
      if (error.getCause() != null) {
        error.getCause().printStackTrace(new PrintWriter(text));
      }
      if (text.toString().contains("dev.piiguard") || text.toString().contains("PII Guard")) {
        pluginErrors++;
        System.err.println("plugin error on " + jar.getFileName() + ": " + text);
      }
    }
    int classes = bugs.getProjectStats().getNumClasses();
    if (!Files.exists(jar)) {
      throw new IllegalArgumentException("no such jar: " + jar);
    }
    int pluginFindings = 0;
    for (BugInstance bug : bugs) {
      if (bug.getType().startsWith("PII_")) {
        pluginFindings++;
      }
    }
    return new Result(cpuSeconds, classes, pluginErrors, pluginFindings);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static final class Result {
    final double cpuSeconds;
    final int classes;
    final int pluginErrors;
    final int pluginFindings;

    Result(double cpuSeconds, int classes, int pluginErrors, int pluginFindings) {
      this.cpuSeconds = cpuSeconds;
      this.classes = classes;
      this.pluginErrors = pluginErrors;
      this.pluginFindings = pluginFindings;
    }
  }
}
