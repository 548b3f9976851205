package dev.piiguard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.Destination;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.policy.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureReportingAuditSinkTest {

  private static final AuditEvent EVENT = new AuditEvent(Instant.EPOCH, AuditEvent.Kind.REQUEST,
      "jdk-httpclient", new Destination("https", "api.openai.com", 443, "/v1/chat"), "ai",
      Action.REDACT, Outcome.REDACTED, null, Map.of("EMAIL", 1), List.of(), null, 10, 5);

  @Test
  void eventsThatCanNoLongerBeWrittenAreReportedOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("audit.jsonl");
    JsonLinesAuditWriter writer = JsonLinesAuditWriter.appendingTo(file);
    AtomicInteger reports = new AtomicInteger();
    FailureReportingAuditSink sink = new FailureReportingAuditSink(writer, reports::incrementAndGet);

    sink.write(EVENT);
    assertThat(reports).hasValue(0);
    writer.close(); // as a removed file's stream or a full disk fails every write after
    sink.write(EVENT);
    sink.write(EVENT);

    assertThat(reports).hasValue(1);
    assertThat(Files.readAllLines(file)).hasSize(1);
  }
}
