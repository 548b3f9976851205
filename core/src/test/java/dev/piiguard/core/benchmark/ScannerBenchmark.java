package dev.piiguard.core.benchmark;

import dev.piiguard.core.FindingListener;
import dev.piiguard.core.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scanner over a String and over UTF-8 bytes, and the regex alternation baseline, on the
 * same text in the same run: clean text and text with one personal-data value per ~2 KB. A bare
 * table-lookup loop over the same bytes shows the ceiling of any such loop on the machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ScannerBenchmark {
  static final int SIZE = 64 * 1024;
  static final int SPACING = 2048;
  /** The characters the scanner's loop looks at first: digits, '@', ':' and secret anchors. */
  private static final byte[] TRIGGER_CHARACTERS = new byte[256];

  static {
    for (char c : "0123456789@:-/_BCJKSXjxz".toCharArray()) {
      TRIGGER_CHARACTERS[c] = 1;
    }
  }

  @Param({"clean", "dense"})
  public String input;

  private String text;
  private byte[] utf8;
  private final PiiScanner scanner = PiiScanner.defaults();
  private final Counter counter = new Counter();

  @Setup
  public void setUp() {
    // No scanning here: a warm-up on the other representation would skew the JIT's profile.
    // ScannerBenchmarkMain checks the findings before the run.
    text = input.equals("clean") ? BenchmarkTexts.clean(SIZE) : BenchmarkTexts.dense(SIZE, SPACING);
    utf8 = text.getBytes(StandardCharsets.UTF_8);
  }

  /** Fails unless both representations of the input give exactly the expected findings. */
  static void checkInputs() {
    PiiScanner scanner = PiiScanner.defaults();
    for (String input : new String[] {"clean", "dense"}) {
      String text = input.equals("clean") ? BenchmarkTexts.clean(SIZE)
          : BenchmarkTexts.dense(SIZE, SPACING);
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      int expected = input.equals("clean") ? 0 : BenchmarkTexts.valuesIn(SIZE, SPACING);
      int found = scanner.scan(text).size();
      int foundInBytes = scanner.scanUtf8(utf8, 0, utf8.length).size();
      if (found != expected || foundInBytes != expected) {
        throw new IllegalStateException(input + " text: expected " + expected + " findings, got "
            + found + " in chars and " + foundInBytes + " in bytes");
      }
    }
  }

  /** The input size in bytes, for turning operations per second into MB/s. */
  static int inputBytes(String input) {
    String text = input.equals("clean") ? BenchmarkTexts.clean(SIZE)
        : BenchmarkTexts.dense(SIZE, SPACING);
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Benchmark
  public int scannerString() {
    counter.count = 0;
    scanner.scan(text, counter);
    return counter.count;
  }

  @Benchmark
  public int scannerUtf8() {
    counter.count = 0;
    scanner.scanUtf8(utf8, 0, utf8.length, counter);
    return counter.count;
  }

  /**
   * The bare ceiling of a table-driven loop on this CPU: one table lookup per byte and nothing
   * else (no branch on the result, no detector).
   */
  @Benchmark
  public int tableLookupCeiling() {
    byte[] table = TRIGGER_CHARACTERS;
    byte[] bytes = utf8;
    int sum = 0;
    for (int i = 0; i < bytes.length; i++) {
      sum += table[bytes[i] & 0xFF];
    }
    return sum;
  }

  @Benchmark
  public int regexAlternation() {
    Matcher matcher = RegexAlternation.PATTERN.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** Counts findings without allocating. */
  static final class Counter implements FindingListener {
    int count;

    @Override
    public void onFinding(String type, int start, int end) {
      count++;
    }
  }
}
