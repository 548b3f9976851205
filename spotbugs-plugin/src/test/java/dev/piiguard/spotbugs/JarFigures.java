package dev.piiguard.spotbugs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The benchmark runs over one jar, summarised as medians per configuration and printed as one table row. */
final class JarFigures {
  static final String HEADER =
      "| jar | classes | runs each | SpotBugs alone: CPU s / wall s | with PII Guard: CPU s / wall s"
          + " | whole-run overhead (CPU) | PII Guard's own CPU s | own overhead"
          + " | stress: CPU s / wall s | stress: whole-run overhead (CPU) | stress: own CPU s | stress: own overhead"
          + " | stress: method analyses | plugin errors |\n"
          + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

  private final Path jar;
  private final List<BenchmarkRun> runs = new ArrayList<>();

  JarFigures(Path jar) {
    this.jar = jar;
  }

  void add(BenchmarkRun run) {
    runs.add(run);
  }

  int pluginErrors() {
    return runs.stream().mapToInt(run -> run.pluginErrors).sum();
  }

  /** Median whole-run CPU with the plugin over median whole-run CPU alone, minus one. */
  double overhead() {
    return ratio(BenchmarkRun.Configuration.WITH_PLUGIN) - 1;
  }

  /** Median of the plugin's own CPU time over the rest of the run with it. */
  double ownOverhead() {
    return ownOverhead(BenchmarkRun.Configuration.WITH_PLUGIN);
  }

  String row() {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %.1f / %.1f | %.1f / %.1f | %+.1f %% | %.2f | %.1f %% | %.1f / %.1f | %+.1f %% | %.2f | %.1f %% | %d | %d |",
        jar.getFileName(),
        runs.get(0).classes,
        count(BenchmarkRun.Configuration.ALONE),
        median(BenchmarkRun.Configuration.ALONE, run -> run.cpuSeconds),
        median(BenchmarkRun.Configuration.ALONE, run -> run.wallSeconds),
        median(BenchmarkRun.Configuration.WITH_PLUGIN, run -> run.cpuSeconds),
        median(BenchmarkRun.Configuration.WITH_PLUGIN, run -> run.wallSeconds),
        overhead() * 100,
        median(BenchmarkRun.Configuration.WITH_PLUGIN, run -> run.pluginSeconds),
        ownOverhead() * 100,
        median(BenchmarkRun.Configuration.STRESS, run -> run.cpuSeconds),
        median(BenchmarkRun.Configuration.STRESS, run -> run.wallSeconds),
        (ratio(BenchmarkRun.Configuration.STRESS) - 1) * 100,
        median(BenchmarkRun.Configuration.STRESS, run -> run.pluginSeconds),
        ownOverhead(BenchmarkRun.Configuration.STRESS) * 100,
        (int) median(BenchmarkRun.Configuration.STRESS, run -> run.methodAnalyses),
        pluginErrors());
  }

  private double ratio(BenchmarkRun.Configuration configuration) {
    return median(configuration, run -> run.cpuSeconds) / median(BenchmarkRun.Configuration.ALONE, run -> run.cpuSeconds);
  }

  private double ownOverhead(BenchmarkRun.Configuration configuration) {
    return median(configuration, run -> run.pluginSeconds / (run.cpuSeconds - run.pluginSeconds));
  }

  private long count(BenchmarkRun.Configuration configuration) {
    return runs.stream().filter(run -> run.configuration == configuration).count();
  }

  private double median(BenchmarkRun.Configuration configuration, ToDoubleFunction<BenchmarkRun> figure) {
    double[] values =
        runs.stream().filter(run -> run.configuration == configuration).mapToDouble(figure).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
