package dev.piiguard.agent.bench;

import com.example.scenarios.Hello;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time of a JVM that runs {@link Hello}, forked with no agent, with an agent that does
 * nothing, and with PII Guard, the three alternating run by run so that they share the machine's
 * load. The application's class path holds {@code Hello} alone, as a real application's would
 * hold neither the agent's classes nor its test libraries.
 */
final class StartupBenchmark {
  private final Path agentJar;
  private final int runs;

  StartupBenchmark(Path agentJar, int runs) {
    this.agentJar = agentJar;
    this.runs = runs;
  }

  void run() throws Exception {
    Path classes = helloClasses();
    Path emptyAgent = EmptyAgent.jar();
    for (String mode : List.of("", "http")) {
      List<String> plain = command(null, classes, mode);
      List<String> empty = command("-javaagent:" + emptyAgent, classes, mode);
      List<String> agent = command("-javaagent:" + agentJar + "=audit=none", classes, mode);
      // One run of each first: the operating system's file cache, not the JVM, is warmed here.
      time(plain);
      time(empty);
      time(agent);
      long[] withoutAgent = new long[runs];
      long[] withEmpty = new long[runs];
      long[] withAgent = new long[runs];
      for (int i = 0; i < runs; i++) {
        withoutAgent[i] = time(plain);
        withEmpty[i] = time(empty);
        withAgent[i] = time(agent);
      }
      Percentiles base = Percentiles.of(withoutAgent, runs);
      Percentiles nothing = Percentiles.of(withEmpty, runs);
      Percentiles ours = Percentiles.of(withAgent, runs);
      System.out.printf(Locale.ROOT, "startup, %s (median of %d forked runs each, alternating):%n",
          mode.isEmpty() ? "main only" : "main creates a JDK HttpClient (waits for the instrumentation)", runs);
      System.out.printf(Locale.ROOT, "  no agent          %8.1f ms   (quartiles %.1f / %.1f)%n",
          millis(base.at(50)), millis(base.at(25)), millis(base.at(75)));
      System.out.printf(Locale.ROOT, "  empty -javaagent  %8.1f ms   (quartiles %.1f / %.1f)%n",
          millis(nothing.at(50)), millis(nothing.at(25)), millis(nothing.at(75)));
      System.out.printf(Locale.ROOT, "  PII Guard         %8.1f ms   (quartiles %.1f / %.1f)%n",
          millis(ours.at(50)), millis(ours.at(25)), millis(ours.at(75)));
      System.out.printf(Locale.ROOT,
          "  added by PII Guard: %.1f ms over no agent (ratio %.2f), %.1f ms over an empty agent%n",
          millis(ours.at(50) - base.at(50)), (double) ours.at(50) / base.at(50),
          millis(ours.at(50) - nothing.at(50)));
    }
  }

  private List<String> command(String agentOption, Path classes, String mode) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    if (agentOption != null) {
      command.add(agentOption);
    }
    command.addAll(List.of("-cp", classes.toString(), Hello.class.getName()));
    if (!mode.isEmpty()) {
      command.add(mode);
    }
    return command;
  }

  private static long time(List<String> command) throws Exception {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("failed: " + command);
    }
    return System.nanoTime() - start;
  }

  /** A folder holding the {@link Hello} class file only. */
  private static Path helloClasses() throws IOException {
    Path root = Files.createTempDirectory("startup-app");
    String file = Hello.class.getName().replace('.', '/') + ".class";
    Path target = root.resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = Hello.class.getResourceAsStream("/" + file)) {
      Files.copy(in, target);
    }
    target.toFile().deleteOnExit();
    return root;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
