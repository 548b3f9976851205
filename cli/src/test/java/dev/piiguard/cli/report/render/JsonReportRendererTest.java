package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportRendererTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void holdsTheSameContentAsTheHtmlReport() throws Exception {
    JsonNode report = mapper.readTree(new JsonReportRenderer().render(ReportFixtures.shop()));

    assertThat(report.path("reportVersion").asInt()).isEqualTo(1);
    assertThat(report.path("generatedAt").asText()).isEqualTo("2026-11-25T16:00:00Z");
    assertThat(report.path("inputs").path("spotbugs").path("format").asText()).isEqualTo("SpotBugs XML");
    assertThat(report.path("inputs").path("audit").path("file").asText()).isEqualTo("audit.jsonl");
    JsonNode summary = report.path("summary");
    assertThat(summary.path("staticFindings").asInt()).isEqualTo(7);
    assertThat(summary.path("findingsByPattern").toString())
        .isEqualTo("{\"PII_TO_LOG\":2,\"PII_TO_AI_API\":2,\"PII_TO_HTTP\":1,\"PII_IN_EXCEPTION\":1,\"PII_IN_TOSTRING\":1}");
    assertThat(summary.path("requests").toString()).isEqualTo(
        "{\"events\":6,\"inspected\":5,\"sentUnchanged\":1,\"redacted\":1,\"tokenized\":2,\"blocked\":1,"
            + "\"uninspected\":1,\"refused\":0,\"insecureTransport\":1,\"bytesScanned\":7231}");
    assertThat(report.path("dataMap")).extracting(type -> type.path("piiType").asText())
        .containsExactly("EMAIL", "PAYMENT_CARD", "IBAN", "PHONE", "NATIONAL_ID");
    assertThat(report.path("dataMap").path(4).path("namesAtRunTime").toString()).isEqualTo("[\"US_SSN\"]");
    assertThat(report.path("dataMap").path(4).path("namesInCode").toString()).isEqualTo("[]");
    JsonNode openai = report.path("dataMap").path(0).path("flows").path(1);
    assertThat(openai.path("destination").asText()).isEqualTo("api.openai.com");
    assertThat(openai.path("status").asText()).isEqualTo("PROTECTED");
    assertThat(openai.path("findings").toString()).isEqualTo("[\"F3\"]");
    assertThat(openai.path("runtime").path("outcomes").toString()).isEqualTo("{\"tokenized\":2}");
    assertThat(openai.path("runtime").path("firstSeen").asText()).isEqualTo("2026-11-25T15:03:16.123Z");
    JsonNode first = report.path("findings").path(0);
    assertThat(first.path("id").asText()).isEqualTo("F1");
    assertThat(first.path("source").toString())
        .isEqualTo("{\"name\":\"Customer.email\",\"file\":\"com/example/shop/Checkout.java\",\"line\":41}");
    assertThat(first.path("sink").path("name").asText()).isEqualTo("org.slf4j.Logger.info");
    assertThat(report.path("findings").path(2).path("observedAt").toString()).isEqualTo("[\"api.openai.com\"]");
    assertThat(report.path("patterns")).hasSize(5);
    assertThat(report.path("destinations")).hasSize(4);
    assertThat(report.path("notes").path("maskedValues").asInt()).isZero();
  }
}
