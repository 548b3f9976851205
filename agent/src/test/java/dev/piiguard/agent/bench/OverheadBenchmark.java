package dev.piiguard.agent.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures what the agent adds, each figure beside its baseline from the same run, and prints
 * the machine's load average before and after (the build machine is shared):
 *
 * <ul>
 *   <li>startup ({@link StartupBenchmark}): a tiny application forked with no agent, an empty
 *       agent and PII Guard, alternating;
 *   <li>per request ({@link RequestBenchmark}): the hook the JDK {@code HttpClient} advice calls,
 *       against the scan of the same 2 KB body alone, for a body without and with PII, and the
 *       hook for a request to an {@code allow} host;
 *   <li>per request with registered {@code @Sensitive} values ({@link KnownValuesBenchmark}): the
 *       scan of the same 2 KB body without and with 20,000 known values;
 *   <li>per loaded class ({@link ClassSearchBenchmark}): the {@code @Sensitive} transformer's
 *       check of every class file of the class path's jars, against reading their bytes once.
 * </ul>
 *
 * <p>Run after {@code mvn -pl agent -am package}: {@code java -cp <test classpath>
 * dev.piiguard.agent.bench.OverheadBenchmark agent/target/piiguard-agent.jar [startup runs]
 * [request samples]}; {@code -} in place of the jar skips the startup part. The README shows the
 * command that builds the class path.
 */
public final class OverheadBenchmark {
  private static final int STARTUP_RUNS = 21;
  private static final int WARMUP = 50_000;
  private static final int SAMPLES = 200_000;

  private OverheadBenchmark() {}

  public static void main(String[] arguments) throws Exception {
    int startupRuns = arguments.length > 1 ? Integer.parseInt(arguments[1]) : STARTUP_RUNS;
    int samples = arguments.length > 2 ? Integer.parseInt(arguments[2]) : SAMPLES;
    System.out.println("load average before: " + loadAverage() + "; "
        + Runtime.getRuntime().availableProcessors() + " processors; Java "
        + System.getProperty("java.version"));
    if (arguments.length > 0 && !arguments[0].equals("-")) {
      new StartupBenchmark(Path.of(arguments[0]), startupRuns).run();
      System.out.println("load average: " + loadAverage());
    }
    new RequestBenchmark(WARMUP, samples).run();
    new KnownValuesBenchmark(WARMUP, samples).run();
    ClassSearchBenchmark.ofClasspath().run();
    System.out.println("load average after: " + loadAverage());
  }

  /** The 1, 5 and 15 minute load averages, where the system tells them. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
