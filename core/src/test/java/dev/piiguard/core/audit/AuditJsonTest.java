package dev.piiguard.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.policy.Action;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditJsonTest {
  private static final Instant TIME = Instant.parse("2026-11-25T15:03:16.123456Z");

  @Test
  void requestEventHasTheDocumentedFieldsInOrder() {
    AuditEvent event = new AuditEvent(TIME, AuditEvent.Kind.REQUEST, "jdk-httpclient",
        new Destination("https", "api.openai.com", 443, "/v1/chat/completions"), "ai",
        Action.TOKENIZE, Outcome.TOKENIZED, null, Map.of("PAYMENT_CARD", 1, "EMAIL", 2),
        List.of(new Fingerprint("EMAIL", "Zr1b"), new Fingerprint("PAYMENT_CARD", "9xQe")),
        "com.example.shop.SupportAssistant.ask(SupportAssistant.java:42)", 2048, 41);

    assertThat(AuditJson.toJson(event)).isEqualTo("{\"time\":\"2026-11-25T15:03:16.123Z\","
        + "\"event\":\"request\",\"client\":\"jdk-httpclient\",\"destination\":{\"scheme\":"
        + "\"https\",\"host\":\"api.openai.com\",\"port\":443,\"path\":\"/v1/chat/completions\"},"
        + "\"tls\":true,\"rule\":\"ai\",\"action\":\"tokenize\",\"outcome\":\"tokenized\","
        + "\"findings\":{\"EMAIL\":2,\"PAYMENT_CARD\":1},\"fingerprints\":[{\"type\":\"EMAIL\","
        + "\"hmac\":\"Zr1b\"},{\"type\":\"PAYMENT_CARD\",\"hmac\":\"9xQe\"}],\"frame\":"
        + "\"com.example.shop.SupportAssistant.ask(SupportAssistant.java:42)\","
        + "\"bytesScanned\":2048,\"durationMicros\":41}");
  }

  @Test
  void uninspectedEventCarriesItsReason() {
    AuditEvent event = new AuditEvent(TIME, AuditEvent.Kind.UNINSPECTED, "okhttp",
        new Destination("https", "api.anthropic.com", -1, ""), "ai", Action.REDACT,
        Outcome.SENT_UNINSPECTED, UninspectedReason.BODY_TOO_LARGE, Map.of(), List.of(), null, 0, 3);

    assertThat(AuditJson.toJson(event))
        .contains("\"event\":\"uninspected\"", "\"port\":443,\"path\":\"/\"",
            "\"outcome\":\"sent-uninspected\",\"reason\":\"body-too-large\"", "\"findings\":{}")
        .doesNotContain("frame", "insecureTransport");
  }

  @Test
  void piiSentInClearToAnotherHostIsMarkedInsecure() {
    AuditEvent clear = new AuditEvent(TIME, AuditEvent.Kind.REQUEST, "okhttp",
        new Destination("http", "crm.example", 80, "/x"), "default", Action.MONITOR, Outcome.SENT,
        null, Map.of("EMAIL", 1), List.of(), null, 10, 1);
    AuditEvent loopback = new AuditEvent(TIME, AuditEvent.Kind.REQUEST, "okhttp",
        new Destination("http", "127.0.0.1", 8080, "/x"), "default", Action.MONITOR, Outcome.SENT,
        null, Map.of("EMAIL", 1), List.of(), null, 10, 1);

    assertThat(AuditJson.toJson(clear)).contains("\"tls\":false,\"insecureTransport\":true");
    assertThat(AuditJson.toJson(loopback)).doesNotContain("insecureTransport");
  }

  @Test
  void controlCharactersAndQuotesAreEscaped() {
    AuditEvent event = new AuditEvent(TIME, AuditEvent.Kind.REQUEST, "okhttp",
        new Destination("https", "h", 1, "/a\"b\\c\n\u0001"), "default", Action.BLOCK,
        Outcome.BLOCKED, null, Map.of(), List.of(), null, 0, 0);

    assertThat(AuditJson.toJson(event)).contains("\"path\":\"/a\\\"b\\\\c\\n\\u0001\"");
  }
}
