package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.FindingView;
import dev.piiguard.cli.report.model.PatternSection;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.spotbugs.BugPatternInfo;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.util.Arrays;

/** Writes every static finding, grouped by bug pattern under the pattern's explanation. */
final class HtmlFindingsSection {

  private final Html html;
  private final ReportModel model;

  HtmlFindingsSection(Html html, ReportModel model) {
    this.html = html;
    this.model = model;
  }

  void write() {
    if (!model.hasStaticInput()) {
      return;
    }
    html.open("section", "id", "findings", "aria-labelledby", "findings-title").newline()
        .element("h2", "Static findings", "id", "findings-title")
        .element("p", "Every path SpotBugs found from a value marked @Sensitive to a sink, with the line"
            + " the value is read on (source) and the line it reaches the sink on.", "class", "lead");
    if (model.patterns().isEmpty()) {
      html.element("p", "SpotBugs reported no path of personal data to a sink.", "class", "empty card")
          .close("section").newline();
      return;
    }
    filters();
    model.patterns().forEach(this::patternSection);
    html.close("section").newline();
  }

  /** Filter controls; hidden until the script shows them, so the page reads the same without script. */
  private void filters() {
    html.open("form", "id", "finding-filters", "class", "filters", "role", "search", "hidden", "hidden",
        "aria-label", "Filter findings");
    html.open("label").text("Text").empty("input", "type", "search", "id", "finding-filter-text",
        "placeholder", "class, method, field…", "autocomplete", "off").close("label");
    html.open("label").text("Pattern").open("select", "id", "finding-filter-pattern");
    html.element("option", "All patterns", "value", "");
    model.patterns().forEach(section ->
        html.element("option", section.pattern().type(), "value", section.pattern().type()));
    html.close("select").close("label");
    html.open("label").text("PII type").open("select", "id", "finding-filter-type");
    html.element("option", "All types", "value", "");
    model.summary().findingsByPiiType().keySet().stream().sorted()
        .forEach(type -> html.element("option", type, "value", type));
    html.close("select").close("label");
    html.element("output", "", "id", "finding-filter-count", "class", "small", "aria-live", "polite");
    html.close("form").newline();
  }

  private void patternSection(PatternSection section) {
    BugPatternInfo pattern = section.pattern();
    String titleId = "pattern-" + pattern.type() + "-title";
    html.open("section", "class", "pattern card", "id", "pattern-" + pattern.type(), "aria-labelledby", titleId);
    html.open("header").open("h3", "id", titleId)
        .element("span", pattern.type(), "class", "badge pattern").text(" " + pattern.title()).close("h3");
    html.element("span", section.channel().title()
        + (pattern.cwe() > 0 ? " · CWE-" + pattern.cwe() : "") + " · "
        + Formats.count(section.findings().size(), "finding", "findings"), "class", "small");
    html.close("header");
    html.open("div", "class", "explanation");
    if (pattern.explanation().isEmpty()) {
      html.element("p", "The input does not describe this pattern.", "class", "empty");
    } else {
      Arrays.stream(pattern.explanation().split("\n\n")).forEach(paragraph -> html.element("p", paragraph));
    }
    html.close("div");
    html.open("ol", "class", "finding-list");
    section.findings().forEach(this::finding);
    html.close("ol").close("section").newline();
  }

  private void finding(FindingView view) {
    StaticFinding finding = view.finding();
    html.open("li", "class", "finding priority-" + finding.priority(), "id", view.id(),
        "data-pattern", finding.pattern(), "data-types", String.join(" ", finding.piiTypes()));
    html.open("div", "class", "finding-head")
        .element("span", view.id(), "class", "finding-id");
    finding.piiTypes().forEach(type -> html.element("span", type, "class", "badge type"));
    html.element("code", finding.where(), "class", "finding-where", "title", finding.className());
    html.element("span", finding.priorityName() + " priority", "class", "badge priority-" + finding.priorityName());
    html.close("div");
    if (!finding.message().isEmpty()) {
      html.element("p", finding.message(), "class", "message");
    }
    html.open("dl", "class", "path");
    html.element("dt", "Source").open("dd");
    if (!finding.source().isEmpty()) {
      html.element("code", finding.source()).text(" at ");
    }
    html.element("span", FindingText.line(finding.sourceLine()), "class", "mono", "title", finding.sourceLine().path())
        .close("dd");
    html.element("dt", "Sink").open("dd");
    if (!finding.sink().isEmpty()) {
      html.element("code", finding.sink()).text(" at ");
    }
    html.element("span", FindingText.line(finding.sinkLine()), "class", "mono", "title", finding.sinkLine().path())
        .close("dd");
    if (finding.reportedAwayFromItsSink()) {
      // where a suppression goes: the call of the helper method inside which the value reaches the sink
      html.element("dt", "Reported at").open("dd")
          .element("span", FindingText.line(finding.reportedAt()), "class", "mono", "title", finding.reportedAt().path())
          .close("dd");
    }
    html.element("dt", "Class").open("dd").element("code", finding.className()).close("dd");
    html.close("dl");
    if (!view.observedAt().isEmpty()) {
      html.element("p", "Seen at run time: this method sent personal data to "
          + String.join(", ", view.observedAt()) + ".", "class", "observed");
    }
    html.close("li").newline();
  }
}
