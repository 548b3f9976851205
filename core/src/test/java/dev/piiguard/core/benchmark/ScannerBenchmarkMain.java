package dev.piiguard.core.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ScannerBenchmark} with the GC profiler and prints throughput in MB/s, the ratio to
 * the regex alternation measured in the same run, and bytes allocated per scan. The argument
 * {@code quick} runs fewer iterations. Each benchmark runs in its own forked JVM, so the JIT sees
 * only the representation it measures. Then {@link PairedRounds} measures the ratio to the regex
 * alternation again, in alternating rounds within one JVM.
 */
public final class ScannerBenchmarkMain {
  private ScannerBenchmarkMain() {}

  public static void main(String[] arguments) throws RunnerException, IOException {
    ScannerBenchmark.checkInputs();
    String loadBefore = load();
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(ScannerBenchmark.class.getName())
        .addProfiler(GCProfiler.class);
    boolean quick = arguments.length > 0 && arguments[0].equals("quick");
    if (quick) {
      options.warmupIterations(2).measurementIterations(3);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.println("load average after JMH: " + load());

    Map<String, double[]> rows = new LinkedHashMap<>();
    for (RunResult result : results) {
      String input = result.getParams().getParam("input");
      String method = result.getParams().getBenchmark()
          .substring(result.getParams().getBenchmark().lastIndexOf('.') + 1);
      double opsPerSecond = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      double megabytes = ScannerBenchmark.inputBytes(input) / 1e6;
      rows.put(method + " " + input, new double[] {
        opsPerSecond * megabytes, error * megabytes,
        allocation == null ? Double.NaN : allocation.getScore()});
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-24s %12s %10s %16s %14s%n", "benchmark (64 KiB input)",
        "MB/s", "± MB/s", "bytes/op alloc", "x regex");
    for (Map.Entry<String, double[]> row : rows.entrySet()) {
      String input = row.getKey().substring(row.getKey().indexOf(' ') + 1);
      double[] regex = rows.get("regexAlternation " + input);
      double[] value = row.getValue();
      System.out.printf(Locale.ROOT, "%-24s %12.1f %10.1f %16.1f %14.1f%n", row.getKey(),
          value[0], value[1], value[2], regex == null ? Double.NaN : value[0] / regex[0]);
    }
    new PairedRounds(quick ? 3 : 6, quick ? 6 : 20).run();
    System.out.println("load average before: " + loadBefore + "; after: " + load()
        + "; cores: " + Runtime.getRuntime().availableProcessors()
        + "; java " + System.getProperty("java.version"));
  }

  private static String load() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? Files.readString(loadavg).trim() : "n/a";
  }
}
