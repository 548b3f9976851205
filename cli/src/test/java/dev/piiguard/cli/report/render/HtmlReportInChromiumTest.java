package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.ReportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports written by {@code piiguard report} in headless Chromium and checks what a reader
 * sees: no console errors, the sections, the counts, and a filter that works. Keeps screenshots
 * as build artifacts ({@code cli/target/report-screenshot*.png}); the demo's own report is opened
 * by demo-app's {@code DemoEndToEndIT}.
 */
class HtmlReportInChromiumTest {

  @TempDir Path folder;

  @Test
  void demoReportLoadsWithoutErrorsAndShowsItsSectionsAndCounts() throws Exception {
    Path report = writeReport(
        "--spotbugs", ReportFixtures.resource("pii-findings.xml").toString(),
        "--audit", ReportFixtures.resource("audit.jsonl").toString());

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertThat(chromium.evaluate("document.title").asText()).isEqualTo("PII Guard report");
      assertThat(chromium.evaluate(
              "['summary','data-map','destinations','findings','about']"
                  + ".map(id => document.getElementById(id) && document.getElementById(id).querySelector('h2').textContent)")
              .toString())
          .isEqualTo("[\"Summary\",\"PII data map\",\"Destinations seen at run time\",\"Static findings\",\"About this report\"]");
      assertThat(metric(chromium, "static-findings")).isEqualTo("7");
      assertThat(metric(chromium, "requests-inspected")).isEqualTo("5");
      assertThat(metric(chromium, "requests-redacted")).isEqualTo("1");
      assertThat(metric(chromium, "requests-tokenized")).isEqualTo("2");
      assertThat(metric(chromium, "requests-blocked")).isEqualTo("1");
      assertThat(metric(chromium, "requests-sent-unchanged")).isEqualTo("1");
      assertThat(metric(chromium, "requests-uninspected")).isEqualTo("1");
      assertThat(chromium.evaluate("[...document.querySelectorAll('article.pii-type')].map(a => a.dataset.piiType).join(' ')").asText())
          .isEqualTo("EMAIL PAYMENT_CARD IBAN PHONE NATIONAL_ID");
      assertThat(chromium.evaluate("document.querySelectorAll('li.finding').length").asInt()).isEqualTo(7);
      assertThat(chromium.evaluate("document.querySelectorAll('#destinations-table tbody tr').length").asInt()).isEqualTo(4);
      assertThat(chromium.evaluate("document.querySelectorAll('svg.chart').length").asInt()).isEqualTo(5);
      assertThat(chromium.evaluate("document.querySelector('svg.flow-chart').getBoundingClientRect().height").asDouble())
          .isGreaterThan(150);
      assertThat(chromium.evaluate(
              "document.querySelector('#type-EMAIL tr[data-channel=AI_PROVIDER]').textContent").asText())
          .contains("api.openai.com", "protected at run time", "F3", "SupportAssistant.ask(Customer, String)",
              "2 requests", "tokenized ×2");

      chromium.screenshot(shopScreenshotPath());

      assertThat(chromium.evaluate("document.getElementById('finding-filters').hidden").asBoolean()).isFalse();
      assertThat(chromium.evaluate(
              "const input = document.getElementById('finding-filter-text');"
                  + "input.value = 'cardNumber'; input.dispatchEvent(new Event('input'));"
                  + "[document.querySelectorAll('li.finding:not([hidden])').length,"
                  + " document.getElementById('finding-filter-count').textContent]").toString())
          .isEqualTo("[2,\"2 of 7 findings shown\"]");
      assertThat(chromium.evaluate(
              "const select = document.getElementById('finding-filter-pattern');"
                  + "document.getElementById('finding-filter-text').value = '';"
                  + "select.value = 'PII_TO_AI_API'; select.dispatchEvent(new Event('change'));"
                  + "[...document.querySelectorAll('section.pattern')].filter(s => !s.hidden).map(s => s.id)").toString())
          .isEqualTo("[\"pattern-PII_TO_AI_API\"]");

      assertThat(chromium.problems()).isEmpty();
    }
    assertThat(Files.size(shopScreenshotPath())).isGreaterThan(20_000);
  }

  @Test
  void findingsInThePluginsShapeJoinTheRequestsTheirMethodsSentInTheBrowser() throws Exception {
    // The demo's own report is rendered from a fresh run by demo-app's DemoEndToEndIT; these
    // findings have the plugin's shape with PII types, as the demo's will once the plugin names them.
    Path report = writeReport(
        "--spotbugs", ReportFixtures.resource("spotbugs/plugin-findings-typed.xml").toString(),
        "--audit", ReportFixtures.resource("typed-shop-audit.jsonl").toString());

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertThat(metric(chromium, "static-findings")).isEqualTo("5");
      assertThat(metric(chromium, "patterns")).isEqualTo("4");
      assertThat(metric(chromium, "requests-inspected")).isEqualTo("3");
      assertThat(metric(chromium, "requests-tokenized")).isEqualTo("2");
      assertThat(metric(chromium, "requests-redacted")).isEqualTo("1");
      assertThat(chromium.evaluate("document.querySelectorAll('li.finding').length").asInt()).isEqualTo(5);
      assertThat(chromium.evaluate("[...document.querySelectorAll('article.pii-type')].map(a => a.dataset.piiType).join(' ')").asText())
          .isEqualTo("EMAIL OTHER NATIONAL_ID PHONE PAYMENT_CARD");
      assertThat(chromium.evaluate("document.querySelector('#type-NATIONAL_ID').textContent").asText())
          .contains("in code NATIONAL_ID; at run time US_SSN", "tax.example.gov", "F4", "Customer.taxId", "redacted ×1");
      assertThat(chromium.evaluate("document.querySelector('#type-OTHER tr[data-channel=AI_PROVIDER]').textContent").asText())
          .contains("api.openai.com", "protected at run time", "RecommendationService.recommendFor(Customer)",
              "1 request", "tokenized ×1", "requests these methods sent to this host");
      assertThat(chromium.evaluate("document.getElementById('F3').textContent").asText())
          .contains("Customer.contact", "EMAIL", "PHONE", "SupportAssistant.java:36");
      assertThat(chromium.problems()).isEmpty();
      chromium.screenshot(screenshotPath());
    }
    assertThat(Files.size(screenshotPath())).isGreaterThan(20_000);
    assertThat(Files.readAllBytes(screenshotPath())).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void hostileInputIsShownAsTextAndRunsNothing() throws Exception {
    Path spotbugs = folder.resolve("hostile.xml");
    Files.writeString(spotbugs, HostileInput.SPOTBUGS_XML);
    Path audit = folder.resolve("hostile.jsonl");
    Files.writeString(audit, HostileInput.AUDIT_JSONL);
    Path report = writeReport("--spotbugs", spotbugs.toString(), "--audit", audit.toString());

    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      chromium.open(report);

      assertThat(chromium.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
      assertThat(chromium.evaluate("document.scripts.length").asInt()).isEqualTo(1);
      assertThat(chromium.evaluate("document.querySelectorAll('img, iframe, object, embed').length").asInt()).isZero();
      assertThat(chromium.evaluate("document.querySelector('li.finding .path').textContent").asText())
          .contains("com.example.<script>window.pwned=1</script>");
      String page = chromium.evaluate("document.documentElement.outerHTML").asText();
      HostileInput.CANARIES.forEach(canary -> assertThat(page).doesNotContain(canary));
      assertThat(chromium.problems()).isEmpty();
    }
  }

  private Path writeReport(String... arguments) {
    Path report = folder.resolve("report.html");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> command = new java.util.ArrayList<>(List.of(arguments));
    command.addAll(List.of("-o", report.toString()));
    int status = new ReportCommand().run(command, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    return report;
  }

  private static String metric(HeadlessChromium chromium, String name) {
    return chromium.evaluate("document.querySelector('[data-metric=\"" + name + "\"] dd').textContent").asText();
  }

  /** The screenshot of the report of findings in the plugin's shape, kept as a build artifact. */
  private static Path screenshotPath() {
    return Path.of(System.getProperty("piiguard.report.screenshot", "target/report-screenshot.png"));
  }

  /** The screenshot of the report of the hand-written findings, which name their PII types. */
  private static Path shopScreenshotPath() {
    return screenshotPath().resolveSibling("report-screenshot-typed-findings.png");
  }
}
