package dev.piiguard.demo.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.render.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the demo as {@code demo.sh} does — SpotBugs findings from the build, the shop without and
 * with the agent, the report of both — and checks each claim the demo makes. The report is opened
 * in headless Chromium; its screenshot is kept at {@code demo-app/target/demo-report-screenshot.png}.
 */
class DemoEndToEndIT {
  private static final List<String> SHOPPER_VALUES =
      List.of("jane.doe@example.com", "4111 1111 1111 1111", "+1 415-555-2671", "Jane Doe");
  private static final List<String> ALL_PATTERNS =
      List.of("PII_TO_LOG", "PII_TO_AI_API", "PII_TO_HTTP", "PII_IN_EXCEPTION", "PII_IN_TOSTRING");

  private static final Path REPOSITORY = Path.of(System.getProperty("piiguard.repository", "..")).toAbsolutePath().normalize();
  private static final Path DEMO = REPOSITORY.resolve("demo-app");
  private static final Path RUNS = DEMO.resolve("target/demo-it");
  private static final Path REPORT_SCREENSHOT = DEMO.resolve("target/demo-report-screenshot.png");

  private static ForkedJava.Result withoutAgent;
  private static ForkedJava.Result withAgent;

  @BeforeAll
  static void runTheShopWithoutAndWithTheAgent() throws Exception {
    Files.createDirectories(RUNS);
    Files.deleteIfExists(RUNS.resolve("audit.jsonl"));
    withoutAgent = ForkedJava.run(REPOSITORY, "-jar", "demo-app/target/demo-shop.jar", RUNS.resolve("without-agent").toString());
    withAgent =
        ForkedJava.run(
            REPOSITORY,
            "-javaagent:agent/target/piiguard-agent.jar=config=demo-app/piiguard-agent.properties,audit=" + RUNS.resolve("audit.jsonl"),
            "-jar",
            "demo-app/target/demo-shop.jar",
            RUNS.resolve("with-agent").toString());
  }

  @Test
  void pluginReportsExactlyTheMarkedLeaksOfEveryPatternAndNothingOnTheSafeCode() throws Exception {
    Set<Leak> marked = LeakMarkers.in(DEMO.resolve("src/main/java"));
    Set<Leak> reported = SpotBugsFindings.in(DEMO.resolve("target/spotbugsXml.xml"));

    assertThat(reported.stream().map(Leak::toString)).containsExactlyInAnyOrderElementsOf(marked.stream().map(Leak::toString).toList());
    assertThat(reported.stream().map(Leak::pattern).collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(ALL_PATTERNS);
  }

  @Test
  void withoutTheAgentTheAiServiceAndTheFraudServiceReceiveTheShoppersData() throws Exception {
    assertThat(withoutAgent.exitCode()).as(withoutAgent.output()).isZero();
    String aiReceived = read("without-agent/ai-server-received.txt");
    String fraudReceived = read("without-agent/fraud-check-received.txt");

    assertThat(aiReceived).contains(SHOPPER_VALUES);
    assertThat(fraudReceived).contains("jane.doe@example.com", "+1 415-555-2671");
  }

  @Test
  void withTheAgentNoShopperValueReachesTheAiServiceYetTheShopperSeesThemRestored() throws Exception {
    assertThat(withAgent.exitCode()).as(withAgent.output()).isZero();
    String aiReceived = read("with-agent/ai-server-received.txt");
    String shopperSaw = read("with-agent/shopper-saw.txt");

    for (String value : SHOPPER_VALUES) {
      assertThat(aiReceived).doesNotContain(value);
    }
    // the name is no pattern: the agent knows it as the value of Customer's @Sensitive fullName
    assertThat(aiReceived).contains("EMAIL_", "PAYMENT_CARD_", "PHONE_", "PERSON_NAME_");
    assertThat(shopperSaw).contains(SHOPPER_VALUES).doesNotContain("EMAIL_", "PAYMENT_CARD_", "PHONE_", "PERSON_NAME_");
    assertThat(shopperSaw).isEqualTo(read("without-agent/shopper-saw.txt"));
  }

  @Test
  void withTheAgentTheFraudServiceGetsPlaceholdersAsItsRuleSays() throws Exception {
    assertThat(read("with-agent/fraud-check-received.txt"))
        .contains("\"email\":\"[EMAIL]\"", "\"phone\":\"[PHONE]\"")
        .doesNotContain("jane.doe@example.com", "+1 415-555-2671");
  }

  @Test
  void auditTrailRecordsEachRequestWithoutARawValue() throws Exception {
    List<String> events = Files.readAllLines(RUNS.resolve("audit.jsonl"));

    assertThat(events).hasSize(3);
    assertThat(events.get(0)).contains("\"client\":\"okhttp\"", "\"rule\":\"ai\"", "\"outcome\":\"tokenized\"");
    assertThat(events.get(1)).contains("\"client\":\"jdk-httpclient\"", "\"rule\":\"ai\"", "\"outcome\":\"tokenized\"");
    assertThat(events.get(2)).contains("\"rule\":\"fraud-check\"", "\"outcome\":\"redacted\"");
    for (String value : SHOPPER_VALUES) {
      assertThat(String.join("\n", events)).doesNotContain(value);
    }
  }

  @Test
  void theReportOfThisRunOpensInABrowserWithoutErrorsAndCountsWhatTheRunFoundAndDid() throws Exception {
    Path report = RUNS.resolve("report.html");
    Files.deleteIfExists(report);
    ForkedJava.Result written =
        ForkedJava.run(
            REPOSITORY,
            "-jar", "cli/target/piiguard.jar", "report",
            "--spotbugs", "demo-app/target/spotbugsXml.xml",
            "--audit", RUNS.resolve("audit.jsonl").toString(),
            "-o", report.toString());
    assertThat(written.exitCode()).as(written.output()).isZero();
    int staticFindings = SpotBugsFindings.count(DEMO.resolve("target/spotbugsXml.xml"));

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertThat(chromium.evaluate("document.title").asText()).isEqualTo("PII Guard report");
      assertThat(chromium.evaluate("[...document.querySelectorAll('main > section')].map(s => s.id).join(' ')").asText())
          .isEqualTo("summary data-map destinations findings about");
      assertThat(metric(chromium, "static-findings")).isEqualTo(String.valueOf(staticFindings));
      assertThat(metric(chromium, "patterns")).isEqualTo(String.valueOf(ALL_PATTERNS.size()));
      assertThat(metric(chromium, "requests-inspected")).isEqualTo("3");
      assertThat(metric(chromium, "requests-redacted")).isEqualTo("1");
      assertThat(metric(chromium, "requests-tokenized")).isEqualTo("2");
      assertThat(metric(chromium, "requests-blocked")).isEqualTo("0");
      assertThat(metric(chromium, "requests-sent-unchanged")).isEqualTo("0");
      assertThat(chromium.evaluate("document.querySelectorAll('li.finding').length").asInt()).isEqualTo(staticFindings);
      assertThat(chromium.evaluate("[...document.querySelectorAll('section.pattern')].map(s => s.id.replace('pattern-', '')).join(' ')").asText())
          .isEqualTo(String.join(" ", ALL_PATTERNS));
      assertThat(chromium.evaluate("document.querySelectorAll('#destinations-table tbody tr').length").asInt()).isEqualTo(2);
      assertThat(rows(chromium, "#type-EMAIL tr[data-channel=AI_PROVIDER]")).contains("protected at run time", "tokenized ×2");
      assertThat(rows(chromium, "#type-EMAIL tr[data-channel=HTTP]")).contains("protected at run time", "redacted ×1");
      assertThat(rows(chromium, "#type-PAYMENT_CARD tr[data-channel=AI_PROVIDER]")).contains("tokenized ×1");
      // the plugin's PII_TO_AI_API of Customer.fullName, and the agent's tokenized value of it
      assertThat(rows(chromium, "#type-PERSON_NAME tr[data-channel=AI_PROVIDER]")).contains("protected at run time", "tokenized ×1");
      String page = chromium.evaluate("document.documentElement.outerHTML").asText();
      for (String value : SHOPPER_VALUES) {
        assertThat(page).doesNotContain(value);
      }
      chromium.screenshot(REPORT_SCREENSHOT);
      assertThat(chromium.problems()).isEmpty();
    }
    assertThat(Files.readAllBytes(REPORT_SCREENSHOT)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.size(REPORT_SCREENSHOT)).isGreaterThan(20_000);
  }

  private static String metric(HeadlessChromium chromium, String name) {
    return chromium.evaluate("document.querySelector('[data-metric=\"" + name + "\"] dd').textContent").asText();
  }

  /** The text of every element {@code selector} matches. */
  private static String rows(HeadlessChromium chromium, String selector) {
    return chromium.evaluate("[...document.querySelectorAll('" + selector + "')].map(row => row.textContent).join('\\n')").asText();
  }

  private static String read(String file) throws Exception {
    return Files.readString(RUNS.resolve(file));
  }
}
