package dev.piiguard.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.known.KnownValues;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Checks the promise that a scan that finds nothing allocates nothing, with the JVM's per-thread
 * allocation counter (a count of bytes, not a timing).
 */
class ScanAllocationTest {
  private static final String CLEAN = ("{\"model\":\"gpt-4o-mini\",\"temperature\":0.7,"
      + "\"messages\":[{\"role\":\"user\",\"content\":\"On 2024-05-01 at 10:30 we shipped 12 boxes"
      + " for $1,299.99 (version 2.4.1, order #48213, ticket 77). Thanks - the team_lead.\"}],"
      + "\"created\":1715000000}\n").repeat(40);

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Chat text in Japanese with ordinary numbers in full-width digits: scanned again in ASCII. */
  private static final String FULL_WIDTH_CLEAN =
      "ご注文番号：１２３４５６７８、価格：１，２８０円、数量 ３ 個、２０２４年５月１日にお届けします。\n"
          .repeat(40);

  @Test
  void scanningCleanTextAllocatesNothing() {
    assertThat(bytesAllocatedByScansOf(CLEAN)).as("bytes allocated by 1,500 scans of clean text")
        .isLessThan(1_500);
  }

  @Test
  void scanningCleanTextWithFullWidthNumbersAllocatesNothingOnceWarm() {
    assertThat(bytesAllocatedByScansOf(FULL_WIDTH_CLEAN))
        .as("bytes allocated by 1,500 scans of clean text with full-width numbers")
        .isLessThan(1_500);
  }

  @Test
  void scanningCleanTextWithKnownValuesAllocatesNothing() {
    KnownValues known = KnownValues.withCapacity(1_000);
    known.add("Jane Canary", "PERSON_NAME");
    known.add("the team", "OTHER"); // starts where the text has "the team_lead": never whole there
    assertThat(bytesAllocatedByScansOf(CLEAN, PiiScanner.builder().withKnownValues(known).build()))
        .as("bytes allocated by 1,500 scans of clean text with known values").isLessThan(1_500);
  }

  private static long bytesAllocatedByScansOf(String text) {
    return bytesAllocatedByScansOf(text, PiiScanner.defaults());
  }

  private static long bytesAllocatedByScansOf(String text, PiiScanner scanner) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder builder = new StringBuilder(text);
    FindingListener listener = (type, start, end) -> {
      throw new AssertionError("unexpected finding " + type);
    };
    Runnable scans = () -> {
      scanner.scan(text, listener);
      scanner.scan(builder, listener);
      scanner.scanUtf8(utf8, 0, utf8.length, listener);
    };
    for (int i = 0; i < 2_000; i++) {
      scans.run();
    }

    long before = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 500; i++) {
      scans.run();
    }
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }
}
