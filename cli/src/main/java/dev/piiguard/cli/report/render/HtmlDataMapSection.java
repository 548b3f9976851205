package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.DataFlow;
import dev.piiguard.cli.report.model.FindingView;
import dev.piiguard.cli.report.model.FlowStatus;
import dev.piiguard.cli.report.model.PiiTypeFlows;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.RuntimeStats;
import java.util.HashMap;
import java.util.Map;

/** Writes the PII data map: the flow chart, then one card per PII type with its evidence. */
final class HtmlDataMapSection {

  private final Html html;
  private final ReportModel model;
  private final Map<String, FindingView> findingsById = new HashMap<>();

  HtmlDataMapSection(Html html, ReportModel model) {
    this.html = html;
    this.model = model;
    model.patterns().forEach(section -> section.findings().forEach(view -> findingsById.put(view.id(), view)));
  }

  void write() {
    html.open("section", "id", "data-map", "aria-labelledby", "data-map-title").newline()
        .element("h2", "PII data map", "id", "data-map-title")
        .element("p", "For each type of personal data: where it goes — logs, AI providers, other HTTP"
            + " hosts, exception messages, toString() — and the evidence: paths SpotBugs found in the"
            + " code, and requests the agent saw at run time.", "class", "lead");
    if (model.dataMap().isEmpty()) {
      html.element("p", "Nothing to map: no static findings and no audit events with personal data.", "class", "empty card");
      html.close("section").newline();
      return;
    }
    html.open("figure", "class", "card");
    html.element("figcaption", "Where each type of personal data goes");
    FlowChart.write(html, model.dataMap());
    html.open("ul", "class", "legend", "aria-label", "Legend");
    for (FlowStatus status : FlowStatus.values()) {
      html.open("li").open("span", "class", "badge " + StatusStyle.cssClass(status))
          .text(StatusStyle.symbol(status) + " " + status.label()).close("span").close("li");
    }
    html.element("li", "Line width: number of findings and requests");
    html.close("ul").close("figure").newline();
    html.open("div", "class", "type-grid");
    model.dataMap().forEach(this::typeCard);
    html.close("div").close("section").newline();
  }

  private void typeCard(PiiTypeFlows type) {
    String titleId = "type-" + type.piiType() + "-title";
    html.open("article", "class", "card pii-type", "id", "type-" + type.piiType(), "data-pii-type", type.piiType(),
        "aria-labelledby", titleId);
    html.open("header").open("h3", "id", titleId).element("span", type.piiType(), "class", "badge type").close("h3");
    if (type.hasOtherNames()) {
      html.element("p", Formats.names(type), "class", "small type-names");
    }
    html.element("p", Formats.count(type.staticFindings(), "finding", "findings") + " in code · "
        + Formats.count(type.runtimeValues(), "value", "values") + " found at run time · "
        + Formats.count(type.flows().size(), "destination", "destinations"));
    html.close("header");
    html.open("div", "class", "table-scroll").open("table", "class", "flows");
    html.element("caption", "Where " + type.piiType() + " goes", "class", "visually-hidden");
    html.open("thead").open("tr");
    for (String column : new String[] {"Goes to", "Status", "Found in code", "Seen at run time"}) {
      html.element("th", column, "scope", "col");
    }
    html.close("tr").close("thead").open("tbody");
    type.flows().forEach(this::flowRow);
    html.close("tbody").close("table").close("div").close("article").newline();
  }

  private void flowRow(DataFlow flow) {
    html.open("tr", "class", StatusStyle.cssClass(flow.status()), "data-channel", flow.channel().name());
    html.open("th", "scope", "row").element("span", flow.channel().title(), "class", "channel")
        .text(flow.destination()).close("th");
    html.open("td").open("span", "class", "badge " + StatusStyle.cssClass(flow.status()))
        .text(StatusStyle.symbol(flow.status()) + " " + flow.status().label()).close("span").close("td");
    html.open("td");
    if (flow.findingIds().isEmpty()) {
      html.text("—");
    } else {
      html.open("ul", "class", "evidence");
      flow.findingIds().forEach(this::findingEvidence);
      html.close("ul");
    }
    html.close("td").open("td");
    flow.runtime().ifPresentOrElse(this::runtimeEvidence, () -> html.text("—"));
    if (flow.runtimeFromMethods()) {
      html.open("br").element("span", "requests these methods sent to this host, of any type", "class", "small");
    }
    html.close("td").close("tr");
  }

  private void findingEvidence(String id) {
    FindingView view = findingsById.get(id);
    html.open("li").element("a", id, "href", "#" + id).text(" ")
        .element("code", view.finding().where())
        .text(" " + FindingText.location(view.finding()));
    if (FindingText.hasPath(view.finding())) {
      html.open("br").open("span", "class", "small").text(FindingText.path(view.finding())).close("span");
    }
    html.close("li");
  }

  private void runtimeEvidence(RuntimeStats stats) {
    html.text(Formats.count(stats.requests(), "request", "requests") + " · "
            + Formats.count(stats.values(), "value", "values"))
        .text(stats.distinctValues() > 0 ? " (" + stats.distinctValues() + " distinct)" : "")
        .open("br").text(Formats.tally(stats.outcomes()))
        .open("br").element("span", Formats.span(stats.firstSeen(), stats.lastSeen()), "class", "small",
            "title", "first and last request");
  }
}
