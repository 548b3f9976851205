package dev.piiguard.core.benchmark;

import dev.piiguard.core.FindingListener;
import dev.piiguard.core.PiiScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;

/**
 * A second view of the same benchmark: throughput per second of this thread's CPU time, measured
 * in interleaved rounds (scanner and regex alternate), so that time the thread spends waiting for
 * a core taken by other processes does not count. Reported next to JMH's wall-clock figures.
 */
final class CpuTimeThroughput {
  private static final int ROUNDS = 15;
  private static final long ROUND_NANOS = 300_000_000L;

  private CpuTimeThroughput() {}

  static void run() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    PiiScanner scanner = PiiScanner.defaults();
    int[] count = new int[1];
    FindingListener counter = (type, start, end) -> count[0]++;
    System.out.println();
    System.out.printf(Locale.ROOT, "%-24s %14s %10s%n", "per CPU-second", "median MB/s", "x regex");
    for (String input : new String[] {"clean", "dense"}) {
      String text = input.equals("clean") ? BenchmarkTexts.clean(ScannerBenchmark.SIZE)
          : BenchmarkTexts.dense(ScannerBenchmark.SIZE, ScannerBenchmark.SPACING);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      IntSupplier[] subjects = {
        () -> {
          scanner.scan(text, counter);
          return count[0];
        },
        () -> {
          scanner.scanUtf8(utf8, 0, utf8.length, counter);
          return count[0];
        },
        () -> {
          Matcher matcher = RegexAlternation.PATTERN.matcher(text);
          int found = 0;
          while (matcher.find()) {
            found++;
          }
          return found;
        }
      };
      String[] names = {"scannerString", "scannerUtf8", "regexAlternation"};
      double[][] rates = new double[subjects.length][ROUNDS];
      for (int round = -3; round < ROUNDS; round++) {
        for (int s = 0; s < subjects.length; s++) {
          long start = threads.getCurrentThreadCpuTime();
          long operations = 0;
          long elapsed;
          do {
            subjects[s].getAsInt();
            operations++;
            elapsed = threads.getCurrentThreadCpuTime() - start;
          } while (elapsed < ROUND_NANOS);
          if (round >= 0) {
            rates[s][round] = operations * (double) utf8.length / (elapsed / 1e9) / 1e6;
          }
        }
      }
      double regex = median(rates[2]);
      for (int s = 0; s < subjects.length; s++) {
        System.out.printf(Locale.ROOT, "%-24s %14.1f %10.1f%n", names[s] + " " + input,
            median(rates[s]), median(rates[s]) / regex);
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
