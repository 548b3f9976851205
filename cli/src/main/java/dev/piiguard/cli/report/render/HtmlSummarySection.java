package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.FlowStatus;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.RequestCounts;
import dev.piiguard.cli.report.model.Summary;
import dev.piiguard.cli.report.render.BarChart.Bar;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the summary: headline numbers as tiles, then bar charts. */
final class HtmlSummarySection {

  private static final Set<String> PROTECTED_OUTCOMES = Set.of("redacted", "tokenized", "blocked", "refused");

  private final Html html;
  private final ReportModel model;
  private final Summary summary;

  HtmlSummarySection(Html html, ReportModel model) {
    this.html = html;
    this.model = model;
    this.summary = model.summary();
  }

  void write() {
    html.open("section", "id", "summary", "aria-labelledby", "summary-title").newline()
        .element("h2", "Summary", "id", "summary-title");
    if (model.hasStaticInput()) {
      html.element("p", "Found in code by SpotBugs", "class", "tile-group-title");
      html.open("dl", "class", "tiles");
      tile("static-findings", "static findings", summary.staticFindings(), summary.staticFindings() > 0 ? "warn" : "good");
      tile("patterns", "patterns", summary.findingsByPattern().size(), "");
      tile("pii-types-in-code", "PII types in code", summary.findingsByPiiType().size(), "");
      html.close("dl").newline();
    }
    if (model.hasRuntimeInput()) {
      RequestCounts requests = summary.requests();
      html.element("p", "Seen at run time by the agent", "class", "tile-group-title");
      html.open("dl", "class", "tiles");
      tile("requests-inspected", "requests inspected", requests.inspected(), "");
      tile("requests-redacted", "redacted", requests.redacted(), "");
      tile("requests-tokenized", "tokenized", requests.tokenized(), "");
      tile("requests-blocked", "blocked", requests.blocked(), "");
      tile("requests-sent-unchanged", "sent unchanged", requests.sentUnchanged(), requests.sentUnchanged() > 0 ? "warn" : "");
      tile("requests-uninspected", "not inspected", requests.uninspected(), requests.uninspected() > 0 ? "warn" : "");
      if (requests.insecureTransport() > 0) {
        tile("requests-insecure", "PII over plain HTTP", requests.insecureTransport(), "warn");
      }
      html.close("dl").newline();
    }
    if (!model.hasStaticInput() && !model.hasRuntimeInput()) {
      html.element("p", "No input was given.", "class", "empty");
    }
    charts();
    html.close("section").newline();
  }

  private void tile(String metric, String label, long value, String tone) {
    html.open("div", "class", tone.isEmpty() ? "tile" : "tile " + tone, "data-metric", metric)
        .element("dt", label)
        .element("dd", String.valueOf(value))
        .close("div");
  }

  private void charts() {
    html.open("div", "class", "charts");
    if (model.hasStaticInput()) {
      chart("chart-patterns", "Findings by pattern", "findings", bars(summary.findingsByPattern(), "pattern"));
      chart("chart-types", "Findings by PII type", "findings", bars(summary.findingsByPiiType(), "type"));
    }
    if (model.hasRuntimeInput()) {
      chart("chart-outcomes", "Requests by outcome", "requests",
          summary.requestsByOutcome().entrySet().stream()
              .map(entry -> new Bar(entry.getKey(), entry.getValue(), StatusStyle.cssClass(
                  PROTECTED_OUTCOMES.contains(entry.getKey()) ? FlowStatus.PROTECTED : FlowStatus.EXPOSED)))
              .toList());
      chart("chart-values", "Values found at run time by type", "values", bars(summary.valuesByPiiType(), "type"));
    }
    html.close("div").newline();
  }

  private void chart(String id, String title, String unit, List<Bar> bars) {
    html.open("figure", "class", "card", "id", id);
    html.element("figcaption", title);
    if (bars.isEmpty()) {
      html.element("p", "Nothing to count.", "class", "empty");
    } else {
      BarChart.write(html, id, title, unit, bars);
    }
    html.close("figure").newline();
  }

  private static <N extends Number> List<Bar> bars(Map<String, N> counts, String cssClass) {
    return counts.entrySet().stream()
        .map(entry -> new Bar(entry.getKey(), entry.getValue().longValue(), cssClass))
        .toList();
  }
}
