package dev.piiguard.spotbugs;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Robustness and speed of the plugin on large real jars, in one command. For each jar SpotBugs runs
 * with its default detectors in three configurations, in alternating rounds (the order rotates from
 * round to round): alone, with the plugin, and with the plugin made to work on every method (a
 * stress catalogue declares common JDK methods as sources, since third-party jars declare no
 * {@code @Sensitive} data). Per jar and configuration it reports the median CPU and wall seconds of
 * the whole run over the rounds, and the median CPU seconds the plugin's own code used inside a run
 * (measured by the plugin on SpotBugs' analysis thread, printed with {@code
 * -Dpiiguard.statistics=true}); the overhead as whole run with over whole run alone, and as the
 * plugin's own CPU time over the rest of its run; and any analysis error the plugin logged.
 *
 * <p>Exits 1 on a plugin error, or when normal use costs more than 25 % over SpotBugs alone by
 * either measure. The stress figures are reported, not checked: no real application makes every
 * {@code toString()} a source.
 *
 * <p>Run: {@code mvn -B -pl spotbugs-plugin -am -Pbenchmark verify -DskipTests}; rounds per jar
 * with {@code -Dbenchmark.rounds=5}.
 */
public final class PluginOverheadBenchmark {
  private static final double ALLOWED_OVERHEAD = 0.25;

  private PluginOverheadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path stressCatalogue = Paths.get(args[0]);
    int rounds = Integer.getInteger("benchmark.rounds", 5);
    List<Path> jars = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Path jar = Paths.get(args[i]);
      if (!Files.exists(jar)) {
        throw new IllegalArgumentException("no such jar: " + jar);
      }
      jars.add(jar);
    }
    System.setProperty("piiguard.statistics", "true");
    System.err.printf(Locale.ROOT, "load average at start: %.2f, %d rounds per jar%n", loadAverage(), rounds);
    // Warm up the JIT and SpotBugs' own code on the last jar, not measured.
    BenchmarkRun.of(jars.get(jars.size() - 1), BenchmarkRun.Configuration.WITH_PLUGIN, stressCatalogue);

    boolean failed = false;
    List<String> rows = new ArrayList<>();
    for (Path jar : jars) {
      JarFigures figures = new JarFigures(jar);
      BenchmarkRun.Configuration[] order = BenchmarkRun.Configuration.values();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < order.length; i++) {
          BenchmarkRun.Configuration configuration = order[(round + i) % order.length];
          figures.add(BenchmarkRun.of(jar, configuration, stressCatalogue));
        }
      }
      rows.add(figures.row());
      failed |= figures.pluginErrors() > 0 || figures.overhead() > ALLOWED_OVERHEAD
          || figures.ownOverhead() > ALLOWED_OVERHEAD;
      System.err.printf(Locale.ROOT, "load average after %s: %.2f%n", jar.getFileName(), loadAverage());
    }
    System.out.println(JarFigures.HEADER);
    rows.forEach(System.out::println);
    System.out.printf(Locale.ROOT, "load average at end: %.2f%n", loadAverage());
    System.exit(failed ? 1 : 0);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
