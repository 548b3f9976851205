package dev.piiguard.cli.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.audit.AuditEvent;
import dev.piiguard.cli.report.audit.Destination;
import dev.piiguard.cli.report.spotbugs.BugPatternInfo;
import dev.piiguard.cli.report.spotbugs.CodeLocation;
import dev.piiguard.cli.report.spotbugs.StaticAnalysis;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportModelBuilderTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T16:00:00.789Z"), ZoneOffset.UTC);

  private final ReportModelBuilder builder = new ReportModelBuilder(CLOCK);

  @Test
  void summaryCountsFindingsByPatternAndTypeAndRequestsByOutcome() {
    builder.staticAnalysis(analysis(
        finding("PII_TO_LOG", "Checkout", "pay", 42, "EMAIL"),
        finding("PII_TO_LOG", "Checkout", "refund", 50, "EMAIL", "PHONE"),
        finding("PII_TO_AI_API", "Assistant", "ask", 57, "EMAIL")));
    builder.auditFile("audit.jsonl", 2);
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("EMAIL", 2), "com.example.Assistant.ask(Assistant.java:57)"));
    builder.accept(event("api.openai.com", "ai", "blocked", Map.of("PHONE", 1), ""));
    builder.accept(event("crm.example", "default", "sent", Map.of("EMAIL", 1), ""));
    builder.accept(uninspected("api.openai.com", "refused"));

    ReportModel model = builder.build(3);

    Summary summary = model.summary();
    assertThat(summary.staticFindings()).isEqualTo(3);
    assertThat(summary.findingsByPattern()).containsExactly(Map.entry("PII_TO_LOG", 2), Map.entry("PII_TO_AI_API", 1));
    assertThat(summary.findingsByPiiType()).containsExactly(Map.entry("EMAIL", 3), Map.entry("PHONE", 1));
    assertThat(summary.requests()).isEqualTo(new RequestCounts(4, 3, 1, 0, 1, 1, 1, 1, 0, 400));
    assertThat(summary.requestsByOutcome())
        .containsExactly(Map.entry("sent", 1), Map.entry("tokenized", 1), Map.entry("blocked", 1), Map.entry("refused", 1));
    assertThat(summary.valuesByPiiType()).containsExactly(Map.entry("EMAIL", 3L), Map.entry("PHONE", 1L));
    assertThat(model.notes()).isEqualTo(new ReportNotes(5, 2, 3));
    assertThat(model.inputs().generatedAt()).isEqualTo(Instant.parse("2026-11-25T16:00:00Z"));
  }

  @Test
  void dataMapJoinsAStaticAiFindingWithTheHostItsMethodSentDataTo() {
    builder.staticAnalysis(analysis(
        finding("PII_TO_AI_API", "Assistant", "ask", 57, "EMAIL"),
        finding("PII_TO_LOG", "Checkout", "pay", 42, "EMAIL")));
    builder.auditFile("audit.jsonl", 0);
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("EMAIL", 2), "com.example.Assistant.ask(Assistant.java:57)"));
    builder.accept(event("crm.example", "default", "sent", Map.of("EMAIL", 1), "com.example.Assistant.ask(Assistant.java:60)"));

    ReportModel model = builder.build(0);

    assertThat(model.patterns()).flatExtracting(PatternSection::findings)
        .extracting(FindingView::id, view -> view.finding().pattern(), FindingView::observedAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("F1", "PII_TO_LOG", List.of()),
            org.assertj.core.groups.Tuple.tuple("F2", "PII_TO_AI_API", List.of("api.openai.com")));
    PiiTypeFlows email = model.dataMap().get(0);
    assertThat(email.piiType()).isEqualTo("EMAIL");
    assertThat(email.flows())
        .extracting(DataFlow::channel, DataFlow::destination, DataFlow::findingIds, DataFlow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Channel.LOG, "application logs", List.of("F1"), FlowStatus.IN_CODE),
            org.assertj.core.groups.Tuple.tuple(Channel.AI_PROVIDER, "api.openai.com", List.of("F2"), FlowStatus.PROTECTED),
            org.assertj.core.groups.Tuple.tuple(Channel.HTTP, "crm.example", List.of(), FlowStatus.EXPOSED));
    RuntimeStats openai = email.flows().get(1).runtime().orElseThrow();
    assertThat(openai.requests()).isEqualTo(1);
    assertThat(openai.values()).isEqualTo(2);
    assertThat(openai.distinctValues()).isEqualTo(2);
    assertThat(openai.outcomes()).containsExactly(Map.entry("tokenized", 1));
  }

  @Test
  void aFindingOfNoDetectedTypeTakesTheRequestsItsMethodSentToTheHost() {
    builder.staticAnalysis(analysis(finding("PII_TO_AI_API", "Assistant", "ask", 57, "OTHER")));
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("EMAIL", 2), "com.example.Assistant.ask(Assistant.java:57)"));
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("PHONE", 1), "com.example.Assistant.ask(Assistant.java:58)"));
    builder.accept(event("api.openai.com", "ai", "sent", Map.of("EMAIL", 1), "com.example.Other.call(Other.java:3)"));

    ReportModel model = builder.build(0);

    DataFlow other = model.dataMap().stream().filter(type -> type.piiType().equals("OTHER")).findFirst()
        .orElseThrow().flows().get(0);
    assertThat(other.destination()).isEqualTo("api.openai.com");
    assertThat(other.runtimeFromMethods()).isTrue();
    assertThat(other.runtime().orElseThrow().requests()).isEqualTo(2);
    assertThat(other.runtime().orElseThrow().values()).isEqualTo(3);
    assertThat(other.status()).isEqualTo(FlowStatus.PROTECTED);
    DataFlow email = model.dataMap().stream().filter(type -> type.piiType().equals("EMAIL")).findFirst()
        .orElseThrow().flows().get(0);
    assertThat(email.runtimeFromMethods()).isFalse();
    assertThat(email.status()).isEqualTo(FlowStatus.EXPOSED);
  }

  @Test
  void aNationalIdInCodeAndAUsSsnAtRunTimeMeetInOneRowOfTheirFamily() {
    builder.staticAnalysis(analysis(
        finding("PII_TO_HTTP", "TaxClient", "submit", 41, "NATIONAL_ID"),
        finding("PII_TO_LOG", "TaxClient", "submit", 40, "NATIONAL_ID"),
        finding("PII_TO_LOG", "Checkout", "pay", 42, "PERSON_NAME")));
    builder.accept(event("tax.example.gov", "tax", "tokenized", Map.of("US_SSN", 1), "com.example.TaxClient.submit(TaxClient.java:43)"));
    builder.accept(event("crm.example", "default", "sent", Map.of("US_SSN", 2, "EMAIL", 1), ""));

    ReportModel model = builder.build(0);

    assertThat(model.dataMap()).extracting(PiiTypeFlows::piiType).containsExactly("NATIONAL_ID", "EMAIL", "PERSON_NAME");
    PiiTypeFlows nationalId = model.dataMap().get(0);
    assertThat(nationalId.namesInCode()).containsExactly("NATIONAL_ID");
    assertThat(nationalId.namesAtRunTime()).containsExactly("US_SSN");
    assertThat(nationalId.hasOtherNames()).isTrue();
    assertThat(nationalId.staticFindings()).isEqualTo(2);
    assertThat(nationalId.runtimeValues()).isEqualTo(3);
    assertThat(nationalId.flows())
        .extracting(DataFlow::channel, DataFlow::destination, DataFlow::findingIds, DataFlow::runtimeFromMethods, DataFlow::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Channel.LOG, "application logs", List.of("F2"), false, FlowStatus.IN_CODE),
            org.assertj.core.groups.Tuple.tuple(Channel.HTTP, "tax.example.gov", List.of("F3"), false, FlowStatus.PROTECTED),
            org.assertj.core.groups.Tuple.tuple(Channel.HTTP, "crm.example", List.of(), false, FlowStatus.EXPOSED));
    assertThat(nationalId.flows().get(1).runtime().orElseThrow().values()).isEqualTo(1);
    assertThat(model.dataMap().get(1).hasOtherNames()).isFalse();
    assertThat(model.summary().findingsByPiiType()).containsOnlyKeys("NATIONAL_ID", "PERSON_NAME");
    assertThat(model.summary().valuesByPiiType()).containsOnlyKeys("US_SSN", "EMAIL");
  }

  @Test
  void aFindingNeverSeenAtRunTimeGoesToItsChannelsGenericDestination() {
    builder.staticAnalysis(analysis(finding("PII_TO_HTTP", "Crm", "sync", 35, "IBAN")));

    ReportModel model = builder.build(0);

    DataFlow flow = model.dataMap().get(0).flows().get(0);
    assertThat(flow.destination()).isEqualTo("an HTTP endpoint");
    assertThat(flow.runtime()).isEmpty();
    assertThat(flow.status()).isEqualTo(FlowStatus.IN_CODE);
    assertThat(model.hasRuntimeInput()).isFalse();
    assertThat(model.hasStaticInput()).isTrue();
  }

  @Test
  void destinationsAddUpRequestsPerHostMostRequestsFirst() {
    builder.auditFile("audit.jsonl", 0);
    builder.accept(event("crm.example", "default", "sent", Map.of("IBAN", 1), ""));
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("EMAIL", 2), ""));
    builder.accept(event("api.openai.com", "ai", "tokenized", Map.of("EMAIL", 1, "PHONE", 1), ""));

    List<DestinationActivity> destinations = builder.build(0).destinations();

    assertThat(destinations).extracting(DestinationActivity::host).containsExactly("api.openai.com", "crm.example");
    DestinationActivity openai = destinations.get(0);
    assertThat(openai.channel()).isEqualTo(Channel.AI_PROVIDER);
    assertThat(openai.stats().requests()).isEqualTo(2);
    assertThat(openai.valuesByType()).containsExactly(Map.entry("EMAIL", 3L), Map.entry("PHONE", 1L));
    assertThat(openai.paths()).containsExactly("/v1/chat/completions");
    assertThat(destinations.get(1).channel()).isEqualTo(Channel.HTTP);
  }

  private static StaticAnalysis analysis(StaticFinding... findings) {
    return new StaticAnalysis("spotbugsXml.xml", "SpotBugs XML", List.of(findings),
        Map.of("PII_TO_LOG", new BugPatternInfo("PII_TO_LOG", "Personal data written to a log", "Why.", 532)), 5);
  }

  private static StaticFinding finding(String pattern, String simpleClass, String method, int line, String... types) {
    return new StaticFinding(pattern, 1, 0, "com.example." + simpleClass, method + "()", "Customer.email", "sink",
        List.of(types), new CodeLocation("com/example/" + simpleClass + ".java", line - 1, line - 1),
        new CodeLocation("com/example/" + simpleClass + ".java", line, line), "message");
  }

  private static AuditEvent event(String host, String rule, String outcome, Map<String, Integer> findings, String frame) {
    Map<String, Set<String>> fingerprints = new java.util.HashMap<>();
    findings.forEach((type, count) -> {
      Set<String> hmacs = new java.util.HashSet<>();
      for (int i = 0; i < count; i++) {
        hmacs.add(type + "-" + i);
      }
      fingerprints.put(type, hmacs);
    });
    String action = Map.of("tokenized", "tokenize", "blocked", "block", "sent", "monitor").get(outcome);
    return new AuditEvent(Instant.parse("2026-11-25T15:00:00Z"), "request", "okhttp",
        new Destination("https", host, 443, "/v1/chat/completions"), true, false, rule, action, outcome, "",
        findings, fingerprints, frame, 100);
  }

  private static AuditEvent uninspected(String host, String outcome) {
    return new AuditEvent(Instant.parse("2026-11-25T15:00:00Z"), "uninspected", "okhttp",
        new Destination("https", host, 443, "/v1/files"), true, false, "ai", "tokenize", outcome, "body-too-large",
        Map.of(), Map.of(), "", 100);
  }

  @Test
  void optionalInputsAreEmptyWhenNotGiven() {
    ReportModel model = builder.build(0);

    assertThat(model.inputs().spotbugsFile()).isEqualTo(Optional.empty());
    assertThat(model.dataMap()).isEmpty();
    assertThat(model.patterns()).isEmpty();
  }
}
