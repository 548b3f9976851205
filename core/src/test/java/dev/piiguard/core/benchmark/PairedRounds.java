package dev.piiguard.core.benchmark;

import dev.piiguard.core.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;

/**
 * The scanner against the regex alternation in one JVM, in alternating rounds of a fixed time:
 * each ratio compares two rounds a moment apart, so a change in the machine's speed (on a shared
 * VM, whole JVMs run at one of two speeds) moves both sides of it. JMH runs each benchmark in its
 * own fork, so its ratio of two forks can compare two different machine speeds; the median ratio
 * of paired rounds does not.
 */
final class PairedRounds {
  private static final long ROUND_NANOS = 500_000_000L;

  private final int warmUpRounds;
  private final int rounds;

  PairedRounds(int warmUpRounds, int rounds) {
    this.warmUpRounds = warmUpRounds;
    this.rounds = rounds;
  }

  /** Measures every pairing and prints one line each. */
  void run() {
    PiiScanner scanner = PiiScanner.defaults();
    System.out.printf(Locale.ROOT, "%nPaired rounds: %d × (%.1f s scanner, %.1f s regex) after %d"
        + " warm-up pairs, in one JVM%n", rounds, ROUND_NANOS / 1e9, ROUND_NANOS / 1e9,
        warmUpRounds);
    System.out.printf(Locale.ROOT, "%-20s %14s %14s %14s %22s%n", "scanner (64 KiB)",
        "median MB/s", "fastest MB/s", "regex MB/s", "x regex: median (IQR)");
    for (String input : new String[] {"clean", "dense"}) {
      String text = input.equals("clean") ? BenchmarkTexts.clean(ScannerBenchmark.SIZE)
          : BenchmarkTexts.dense(ScannerBenchmark.SIZE, ScannerBenchmark.SPACING);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      IntSupplier regex = () -> {
        Matcher matcher = RegexAlternation.PATTERN.matcher(text);
        int count = 0;
        while (matcher.find()) {
          count++;
        }
        return count;
      };
      ScannerBenchmark.Counter counter = new ScannerBenchmark.Counter();
      IntSupplier string = () -> {
        counter.count = 0;
        scanner.scan(text, counter);
        return counter.count;
      };
      IntSupplier bytes = () -> {
        counter.count = 0;
        scanner.scanUtf8(utf8, 0, utf8.length, counter);
        return counter.count;
      };
      print("String " + input, measure(string, regex, utf8.length));
      print("UTF-8 " + input, measure(bytes, regex, utf8.length));
    }
  }

  /** Per round: the scanner's MB/s, the regex's MB/s. */
  private double[][] measure(IntSupplier scan, IntSupplier regex, int inputBytes) {
    double[][] megabytesPerSecond = new double[2][rounds];
    for (int round = -warmUpRounds; round < rounds; round++) {
      double scanRate = rate(scan, inputBytes);
      double regexRate = rate(regex, inputBytes);
      if (round >= 0) {
        megabytesPerSecond[0][round] = scanRate;
        megabytesPerSecond[1][round] = regexRate;
      }
    }
    return megabytesPerSecond;
  }

  private static double rate(IntSupplier work, int inputBytes) {
    long start = System.nanoTime();
    long operations = 0;
    long found = 0;
    long elapsed;
    do {
      found += work.getAsInt();
      operations++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < ROUND_NANOS);
    if (found < 0) {
      throw new AssertionError(); // keeps the result alive
    }
    return operations * (double) inputBytes / (elapsed / 1e9) / 1e6;
  }

  private void print(String name, double[][] rates) {
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      ratios[round] = rates[0][round] / rates[1][round];
    }
    double[] scan = rates[0].clone();
    double[] regex = rates[1].clone();
    Arrays.sort(ratios);
    Arrays.sort(scan);
    Arrays.sort(regex);
    System.out.printf(Locale.ROOT, "%-20s %14.1f %14.1f %14.2f %9.1f (%.1f–%.1f)%n", name,
        median(scan), scan[rounds - 1], median(regex), median(ratios), ratios[rounds / 4],
        ratios[(3 * rounds) / 4]);
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
