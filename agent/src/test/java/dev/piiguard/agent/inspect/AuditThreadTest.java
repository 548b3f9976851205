package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditThreadTest {

  @Test
  void everyEventRunsInOrderOffTheCallingThreadAndDrainLosesNone() {
    AuditThread audit = AuditThread.start();
    List<Integer> written = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      int n = i;
      audit.execute(() -> {
        written.add(n);
        threads.add(Thread.currentThread().getName());
      });
    }
    audit.drain();
    assertThat(written).containsExactlyElementsOf(IntStream.range(0, 5_000).boxed().toList());
    assertThat(threads).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void afterDrainEventsRunOnTheCallingThread() {
    AuditThread audit = AuditThread.start();
    audit.drain();
    List<String> threads = new CopyOnWriteArrayList<>();
    audit.execute(() -> threads.add(Thread.currentThread().getName()));
    assertThat(threads).containsExactly(Thread.currentThread().getName());
  }
}
