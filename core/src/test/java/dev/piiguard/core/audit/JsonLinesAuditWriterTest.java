package dev.piiguard.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.policy.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesAuditWriterTest {

  private static AuditEvent event(int n) {
    return new AuditEvent(Instant.EPOCH, AuditEvent.Kind.REQUEST, "okhttp",
        new Destination("https", "h.example", 443, "/" + n), "default", Action.MONITOR,
        Outcome.SENT, null, Map.of("EMAIL", 1), List.of(), null, n, 0);
  }

  @Test
  void appendsOneLinePerEventToAnExistingFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.jsonl");
    Files.writeString(file, "{\"earlier\":true}\n");
    try (JsonLinesAuditWriter writer = JsonLinesAuditWriter.appendingTo(file)) {
      writer.write(event(1));
      writer.write(event(2));
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("{\"earlier\":true}");
    assertThat(lines.get(2)).startsWith("{\"time\":").contains("\"path\":\"/2\"").endsWith("}");
  }

  @Test
  void linesFromManyThreadsNeverInterleave(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.jsonl");
    try (JsonLinesAuditWriter writer = JsonLinesAuditWriter.appendingTo(file)) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      for (int i = 0; i < 2000; i++) {
        int n = i;
        pool.execute(() -> writer.write(event(n)));
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2000).allSatisfy(line ->
        assertThat(line).startsWith("{\"time\":").endsWith("}"));
  }
}
