package dev.piiguard.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Scans on virtual threads, which applications on Java 21 and later start per request, allocate
 * nothing for the scan either: the scan's working state is taken from a pool, not made per
 * thread (it was about 7 KB a request). Runs on a JDK 21 or newer (profile virtual-threads);
 * compiled for Java 17, so the virtual-thread executor is looked up by name.
 */
class ScanAllocationOnVirtualThreadsTest {
  private static final String CLEAN = ("{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\","
      + "\"content\":\"On 2024-05-01 at 10:30 we shipped 12 boxes for $1,299.99 (order #48213).\"}]}")
      .repeat(20);
  private static final int TASKS = 2_000;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Test
  void aScanOnANewVirtualThreadAllocatesNothingOnceWarm() throws Exception {
    PiiScanner scanner = PiiScanner.defaults();
    byte[] utf8 = CLEAN.getBytes(StandardCharsets.UTF_8);
    FindingListener listener = (type, start, end) -> {
      throw new AssertionError("unexpected finding " + type);
    };
    Runnable scans = () -> {
      scanner.scan(CLEAN, listener);
      scanner.scanUtf8(utf8, 0, utf8.length, listener);
    };
    Runnable nothing = () -> { };
    bytesAllocatedPerTask(scans); // warm up
    bytesAllocatedPerTask(nothing);

    double withScans = bytesAllocatedPerTask(scans);
    double threadOnly = bytesAllocatedPerTask(nothing);

    assertThat(withScans - threadOnly).as("bytes a task's scans allocate beyond its thread's own")
        .isLessThan(500);
  }

  @Test
  void concurrentScansOnVirtualThreadsEachGetTheirOwnFindings() throws Exception {
    PiiScanner scanner = PiiScanner.defaults();
    ExecutorService executor = (ExecutorService) Executors.class
        .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    try {
      java.util.List<java.util.concurrent.Future<String>> found = new java.util.ArrayList<>();
      for (int i = 0; i < TASKS; i++) {
        String text = CLEAN + " mail customer" + i + "@example.com, card 4111 1111 1111 1111";
        found.add(executor.submit(() -> {
          java.util.List<Finding> findings = scanner.scan(text);
          return findings.size() + " " + text.substring(findings.get(0).start(), findings.get(0).end());
        }));
      }
      for (int i = 0; i < TASKS; i++) {
        assertThat(found.get(i).get()).isEqualTo("2 customer" + i + "@example.com");
      }
    } finally {
      executor.shutdown();
    }
  }

  private static double bytesAllocatedPerTask(Runnable task) throws Exception {
    long before = THREADS.getTotalThreadAllocatedBytes();
    ExecutorService executor = (ExecutorService) Executors.class
        .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    try {
      for (int i = 0; i < TASKS; i++) {
        executor.submit(task).get();
      }
    } finally {
      executor.shutdown();
    }
    return (double) (THREADS.getTotalThreadAllocatedBytes() - before) / TASKS;
  }
}
