package dev.piiguard.cli.report.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.core.audit.AuditEvent.Kind;
import dev.piiguard.core.audit.AuditJson;
import dev.piiguard.core.audit.Fingerprint;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What core's audit writer (the agent's) writes, the report reads back field for field. */
class AuditContractTest {

  private static final Instant TIME = Instant.parse("2026-11-25T15:03:16.123Z");

  @TempDir Path folder;

  @Test
  void readsEveryKindOfEventTheAgentWrites() throws Exception {
    List<dev.piiguard.core.audit.AuditEvent> written = List.of(
        new dev.piiguard.core.audit.AuditEvent(TIME, Kind.REQUEST, "jdk-httpclient",
            new dev.piiguard.core.audit.Destination("https", "api.openai.com", 443, "/v1/chat/completions"),
            "ai", Action.TOKENIZE, Outcome.TOKENIZED, null, Map.of("EMAIL", 2, "PAYMENT_CARD", 1),
            List.of(new Fingerprint("EMAIL", "Zr1b"), new Fingerprint("EMAIL", "Qm9i"), new Fingerprint("PAYMENT_CARD", "9xQe")),
            "com.example.shop.SupportAssistant.ask(SupportAssistant.java:42)", 2048, 41),
        new dev.piiguard.core.audit.AuditEvent(TIME, Kind.REQUEST, "okhttp",
            new dev.piiguard.core.audit.Destination("http", "10.0.0.5", 8080, "/crm"),
            "default", Action.MONITOR, Outcome.SENT, null, Map.of("IBAN", 1),
            List.of(new Fingerprint("IBAN", "aWJh")), null, 100, 3),
        new dev.piiguard.core.audit.AuditEvent(TIME, Kind.UNINSPECTED, "http-url-connection",
            new dev.piiguard.core.audit.Destination("http", "::1", 9000, "/upload"),
            "rule-uploads", Action.BLOCK, Outcome.REFUSED, UninspectedReason.BODY_TOO_LARGE, Map.of(), List.of(),
            null, 0, 1));
    Path file = folder.resolve("audit.jsonl");
    Files.write(file, written.stream().map(AuditJson::toJson).toList());
    List<AuditEvent> read = new ArrayList<>();

    AuditFileReader.Summary summary = new AuditFileReader(new PiiMasker()).read(file, read::add);

    assertThat(summary.events()).isEqualTo(3);
    assertThat(read.get(0)).isEqualTo(new AuditEvent(TIME, "request", "jdk-httpclient",
        new Destination("https", "api.openai.com", 443, "/v1/chat/completions"), true, false, "ai", "tokenize",
        "tokenized", "", Map.of("EMAIL", 2, "PAYMENT_CARD", 1),
        Map.of("EMAIL", Set.of("Zr1b", "Qm9i"), "PAYMENT_CARD", Set.of("9xQe")),
        "com.example.shop.SupportAssistant.ask(SupportAssistant.java:42)", 2048));
    assertThat(read.get(1).insecureTransport()).isTrue();
    assertThat(read.get(1).destination().hostAndPort()).isEqualTo("10.0.0.5:8080");
    assertThat(read.get(1).action()).isEqualTo("monitor");
    assertThat(read.get(1).frame()).isEmpty();
    assertThat(read.get(2).uninspected()).isTrue();
    assertThat(read.get(2).outcome()).isEqualTo("refused");
    assertThat(read.get(2).reason()).isEqualTo("body-too-large");
    assertThat(read.get(2).rule()).isEqualTo("rule-uploads");
    assertThat(read.get(2).destination().host()).isEqualTo("::1");
  }
}
