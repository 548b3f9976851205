package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.model.ReportModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

  private final HtmlReportRenderer renderer = new HtmlReportRenderer();

  @Test
  void thePageLoadsNothingFromAnywhere() throws Exception {
    String page = renderer.render(ReportFixtures.shop());

    assertThat(page).doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)@import")
        .doesNotContainPattern("(?i)url\\(").doesNotContainPattern("(?i)\\bsrc\\s*=")
        .doesNotContainPattern("(?i)href\\s*=\\s*\"(?!#)");
    assertThat(page).containsPattern("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
  }

  @Test
  void theSecurityPolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
    String page = renderer.render(ReportFixtures.shop());

    String script = between(page, "<script>", "</script>");
    String style = between(page, "<style>", "</style>");
    assertThat(page).contains("script-src &#39;sha256-" + sha256(script) + "&#39;")
        .contains("style-src &#39;sha256-" + sha256(style) + "&#39;");
    assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(1);
  }

  @Test
  void aNationalIdFoundInCodeAndUsSsnValuesSeenAtRunTimeShareOneCardOfTheDataMap() throws Exception {
    String page = renderer.render(ReportFixtures.model("spotbugs/plugin-findings-typed.xml", "typed-shop-audit.jsonl"));

    String card = between(page, "<article class=\"card pii-type\" id=\"type-NATIONAL_ID\"", "</article>");
    assertThat(card).contains("in code NATIONAL_ID; at run time US_SSN");
    String taxOffice = between(card, "<tbody>", "</tbody>");
    assertThat(taxOffice).contains("tax.example.gov", "F4", "TaxReportClient.submit(Customer)", "1 request", "redacted ×1");
    assertThat(page).doesNotContain("id=\"type-US_SSN\"");
  }

  @Test
  void showsEverySectionAndTheHeadlineNumbers() throws Exception {
    String page = renderer.render(ReportFixtures.shop());

    assertThat(page).contains("id=\"summary\"", "id=\"data-map\"", "id=\"destinations\"", "id=\"findings\"", "id=\"about\"");
    assertThat(page).contains("<div class=\"tile warn\" data-metric=\"static-findings\"><dt>static findings</dt><dd>7</dd></div>");
    assertThat(page).contains("data-metric=\"requests-tokenized\"><dt>tokenized</dt><dd>2</dd>");
    assertThat(page).contains("<li class=\"finding priority-1\" id=\"F1\" data-pattern=\"PII_TO_LOG\" data-types=\"EMAIL\">");
    assertThat(page).contains("Made on 2026-11-25 16:00:00Z from <code>pii-findings.xml</code> (SpotBugs XML)");
  }

  @Test
  void aReportOfAuditEventsAloneHasNoFindingsSection() throws Exception {
    ReportModel model = ReportFixtures.model(null, "audit.jsonl");

    String page = renderer.render(model);

    assertThat(page).contains("id=\"destinations\"").doesNotContain("id=\"findings\"")
        .doesNotContain("data-metric=\"static-findings\"").doesNotContain("href=\"#findings\"");
  }

  @Test
  void aReportOfFindingsAloneHasNoDestinationsSection() throws Exception {
    ReportModel model = ReportFixtures.model("pii-findings.sarif", null);

    String page = renderer.render(model);

    assertThat(page).contains("id=\"findings\"").doesNotContain("id=\"destinations\"")
        .doesNotContain("data-metric=\"requests-inspected\"");
  }

  @Test
  void aResultWithOnlyOtherBugsSaysSoInsteadOfShowingEmptyCharts() throws Exception {
    String page = renderer.render(ReportFixtures.model("spotbugs/standard-bugs.xml", null));

    assertThat(page).contains("SpotBugs reported no path of personal data to a sink.")
        .contains("4 SpotBugs findings of patterns not about personal data were left out.")
        .contains("Nothing to count.");
  }

  @Test
  void renderingIsRepeatable() throws Exception {
    assertThat(renderer.render(ReportFixtures.shop())).isEqualTo(renderer.render(ReportFixtures.shop()));
  }

  @Test
  void escapesMarkupInEveryText() {
    assertThat(Html.escape("<script>alert('x')</script> & \"q\"\u0000\ud800"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;\uFFFD\uFFFD");
    assertThat(Html.escape("emoji \uD83D\uDE00 stays")).isEqualTo("emoji \uD83D\uDE00 stays");
  }

  private static String between(String page, String open, String close) {
    Matcher matcher = Pattern.compile(Pattern.quote(open) + "(.*?)" + Pattern.quote(close), Pattern.DOTALL).matcher(page);
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
