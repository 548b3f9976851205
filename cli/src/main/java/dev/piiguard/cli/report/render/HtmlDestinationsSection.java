package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.DestinationActivity;
import dev.piiguard.cli.report.model.FlowStatus;
import dev.piiguard.cli.report.model.ReportModel;
import java.util.stream.Collectors;

/** Writes the table of hosts that the audit events show requests to. */
final class HtmlDestinationsSection {

  private final Html html;
  private final ReportModel model;

  HtmlDestinationsSection(Html html, ReportModel model) {
    this.html = html;
    this.model = model;
  }

  void write() {
    if (!model.hasRuntimeInput()) {
      return;
    }
    html.open("section", "id", "destinations", "aria-labelledby", "destinations-title").newline()
        .element("h2", "Destinations seen at run time", "id", "destinations-title")
        .element("p", "Every host the agent saw a request with personal data to, or could not inspect a"
            + " request to, with how it handled them.", "class", "lead");
    if (model.destinations().isEmpty()) {
      html.element("p", "The audit file has no events.", "class", "empty card").close("section").newline();
      return;
    }
    html.open("div", "class", "card table-scroll").open("table", "id", "destinations-table");
    html.element("caption", "Destinations seen at run time", "class", "visually-hidden");
    html.open("thead").open("tr");
    html.element("th", "Host", "scope", "col").element("th", "Kind", "scope", "col")
        .element("th", "Requests", "scope", "col", "class", "num").element("th", "Outcomes", "scope", "col")
        .element("th", "Values by type", "scope", "col").element("th", "Clients", "scope", "col")
        .element("th", "Seen", "scope", "col");
    html.close("tr").close("thead").open("tbody");
    model.destinations().forEach(this::row);
    html.close("tbody").close("table").close("div").close("section").newline();
  }

  private void row(DestinationActivity destination) {
    FlowStatus status = destination.stats().anySentUnprotected() ? FlowStatus.EXPOSED : FlowStatus.PROTECTED;
    html.open("tr", "class", StatusStyle.cssClass(status), "data-host", destination.host());
    html.open("th", "scope", "row").element("code", destination.scheme() + "://" + destination.host());
    if (!destination.paths().isEmpty()) {
      html.open("br").element("span", String.join(", ", destination.paths()), "class", "small");
    }
    if (destination.insecureTransport() > 0) {
      html.open("br").element("span", "✖ PII over plain HTTP ×" + destination.insecureTransport(),
          "class", "badge " + StatusStyle.cssClass(FlowStatus.EXPOSED));
    }
    html.close("th");
    html.open("td").text(destination.channel().title())
        .open("br").element("span", "rule " + String.join(", ", destination.rules()), "class", "small").close("td");
    html.element("td", String.valueOf(destination.stats().requests()), "class", "num");
    html.open("td").text(Formats.tally(destination.stats().outcomes()));
    if (destination.uninspected() > 0) {
      html.open("br").element("span", destination.uninspected() + " not inspected", "class", "small");
    }
    html.close("td");
    html.element("td", destination.valuesByType().isEmpty() ? "—"
        : destination.valuesByType().entrySet().stream()
            .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", ")));
    html.element("td", String.join(", ", destination.clients()));
    html.element("td", Formats.span(destination.stats().firstSeen(), destination.stats().lastSeen()),
        "class", "small");
    html.close("tr");
  }
}
