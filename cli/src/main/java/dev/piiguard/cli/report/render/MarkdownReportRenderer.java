package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.DataFlow;
import dev.piiguard.cli.report.model.DestinationActivity;
import dev.piiguard.cli.report.model.FindingView;
import dev.piiguard.cli.report.model.PatternSection;
import dev.piiguard.cli.report.model.PiiTypeFlows;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.ReportNotes;
import dev.piiguard.cli.report.model.RequestCounts;
import dev.piiguard.cli.report.model.RuntimeStats;
import dev.piiguard.cli.report.model.Summary;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes the report as GitHub-flavoured Markdown, for CI logs and pull-request comments. */
final class MarkdownReportRenderer implements ReportRenderer {

  private static final int BAR_WIDTH = 24;

  @Override
  public String render(ReportModel model) {
    Markdown md = new Markdown();
    md.line("# PII Guard report").blank();
    md.line(madeFrom(model)).blank();
    summary(md, model);
    dataMap(md, model);
    destinations(md, model);
    findings(md, model);
    about(md, model.notes());
    return md.toString();
  }

  private static String madeFrom(ReportModel model) {
    List<String> inputs = new ArrayList<>();
    model.inputs().spotbugsFile().ifPresent(file ->
        inputs.add(Markdown.code(file) + " (" + Markdown.text(model.inputs().spotbugsFormat()) + ")"));
    model.inputs().auditFile().ifPresent(file -> inputs.add(Markdown.code(file) + " (audit events)"));
    return "Made on " + Formats.time(model.inputs().generatedAt()) + " from " + String.join(" and ", inputs) + ".";
  }

  private static void summary(Markdown md, ReportModel model) {
    Summary summary = model.summary();
    md.line("## Summary").blank();
    if (model.hasStaticInput()) {
      md.line("**Found in code:** " + Formats.count(summary.staticFindings(), "static finding", "static findings")
          + " of " + Formats.count(summary.findingsByPattern().size(), "pattern", "patterns")
          + ", " + Formats.count(summary.findingsByPiiType().size(), "PII type", "PII types") + ".").blank();
      chart(md, "Findings by pattern", summary.findingsByPattern());
      chart(md, "Findings by PII type", summary.findingsByPiiType());
    }
    if (model.hasRuntimeInput()) {
      RequestCounts requests = summary.requests();
      md.line("**Seen at run time:**").blank();
      md.row("requests inspected", "redacted", "tokenized", "blocked", "sent unchanged", "not inspected");
      md.row("---:", "---:", "---:", "---:", "---:", "---:");
      md.row(String.valueOf(requests.inspected()), String.valueOf(requests.redacted()),
          String.valueOf(requests.tokenized()), String.valueOf(requests.blocked()),
          String.valueOf(requests.sentUnchanged()), String.valueOf(requests.uninspected()));
      md.blank();
      if (requests.insecureTransport() > 0) {
        md.line("**" + Formats.count(requests.insecureTransport(), "request", "requests")
            + " carried personal data over plain HTTP to another machine.**").blank();
      }
      chart(md, "Requests by outcome", summary.requestsByOutcome());
      chart(md, "Values found at run time by type", summary.valuesByPiiType());
    }
  }

  private static void chart(Markdown md, String title, Map<String, ? extends Number> counts) {
    if (counts.isEmpty()) {
      return;
    }
    long max = counts.values().stream().mapToLong(Number::longValue).max().orElse(1);
    int labelWidth = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    md.line(title + ":").blank().line("```text");
    counts.forEach((label, value) -> {
      int length = (int) Math.max(1, Math.round(BAR_WIDTH * value.doubleValue() / Math.max(max, 1)));
      md.line(String.format("%-" + labelWidth + "s  %s %d", label.replace("`", "'"), "█".repeat(length), value.longValue()));
    });
    md.line("```").blank();
  }

  private static void dataMap(Markdown md, ReportModel model) {
    md.line("## PII data map").blank();
    if (model.dataMap().isEmpty()) {
      md.line("Nothing to map: no static findings and no audit events with personal data.").blank();
      return;
    }
    Map<String, FindingView> findings = new HashMap<>();
    model.patterns().forEach(section -> section.findings().forEach(view -> findings.put(view.id(), view)));
    md.row("PII type", "Goes to", "Status", "Found in code", "Seen at run time");
    md.row("---", "---", "---", "---", "---");
    for (PiiTypeFlows type : model.dataMap()) {
      for (DataFlow flow : type.flows()) {
        md.row(Markdown.code(type.piiType())
                + (type.hasOtherNames() ? " (" + Markdown.text(Formats.names(type)) + ")" : ""),
            Markdown.text(FlowChart.rightKey(flow)),
            StatusStyle.symbol(flow.status()) + " " + flow.status().label(),
            flow.findingIds().isEmpty() ? "—" : flow.findingIds().stream()
                .map(id -> staticEvidence(findings.get(id))).collect(Collectors.joining("<br>")),
            flow.runtime().map(MarkdownReportRenderer::runtimeEvidence)
                .map(evidence -> flow.runtimeFromMethods() ? evidence + " (requests of these methods, any type)" : evidence)
                .orElse("—"));
      }
    }
    md.blank();
  }

  private static String staticEvidence(FindingView view) {
    StaticFinding finding = view.finding();
    String evidence = view.id() + " " + Markdown.code(finding.where()) + " "
        + Markdown.text(FindingText.location(finding));
    return FindingText.hasPath(finding) ? evidence + ": " + Markdown.code(FindingText.path(finding)) : evidence;
  }

  private static String runtimeEvidence(RuntimeStats stats) {
    return Markdown.text(Formats.count(stats.requests(), "request", "requests") + ", "
        + Formats.count(stats.values(), "value", "values") + "; " + Formats.tally(stats.outcomes())
        + "; " + Formats.span(stats.firstSeen(), stats.lastSeen()));
  }

  private static void destinations(Markdown md, ReportModel model) {
    if (!model.hasRuntimeInput()) {
      return;
    }
    md.line("## Destinations seen at run time").blank();
    if (model.destinations().isEmpty()) {
      md.line("The audit file has no events.").blank();
      return;
    }
    md.row("Host", "Kind", "Requests", "Outcomes", "Values by type", "Seen");
    md.row("---", "---", "---:", "---", "---", "---");
    for (DestinationActivity destination : model.destinations()) {
      md.row(Markdown.code(destination.scheme() + "://" + destination.host()),
          Markdown.text(destination.channel().title()),
          String.valueOf(destination.stats().requests()),
          Markdown.text(Formats.tally(destination.stats().outcomes())),
          destination.valuesByType().isEmpty() ? "—" : Markdown.text(destination.valuesByType().entrySet().stream()
              .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining(", "))),
          Formats.span(destination.stats().firstSeen(), destination.stats().lastSeen()));
    }
    md.blank();
  }

  private static void findings(Markdown md, ReportModel model) {
    if (!model.hasStaticInput()) {
      return;
    }
    md.line("## Static findings").blank();
    if (model.patterns().isEmpty()) {
      md.line("SpotBugs reported no path of personal data to a sink.").blank();
      return;
    }
    for (PatternSection section : model.patterns()) {
      md.line("### " + Markdown.code(section.pattern().type()) + " " + Markdown.text(section.pattern().title())
          + (section.pattern().cwe() > 0 ? " (CWE-" + section.pattern().cwe() + ")" : "")).blank();
      Arrays.stream(section.pattern().explanation().split("\n\n"))
          .filter(paragraph -> !paragraph.isBlank())
          .forEach(paragraph -> md.line("> " + Markdown.text(paragraph)).line(">"));
      md.blank();
      md.row("ID", "PII type", "Where", "Source", "Sink", "Priority", "Message");
      md.row("---", "---", "---", "---", "---", "---", "---");
      for (FindingView view : section.findings()) {
        StaticFinding finding = view.finding();
        md.row(view.id(),
            finding.piiTypes().stream().map(Markdown::code).collect(Collectors.joining(" ")),
            Markdown.code(finding.className() + (finding.methodName().isEmpty() ? "" : "." + finding.methodName())),
            end(finding.source(), FindingText.line(finding.sourceLine())),
            end(finding.sink(), FindingText.line(finding.sinkLine())),
            finding.priorityName(),
            Markdown.text(finding.message()));
      }
      md.blank();
    }
  }

  private static String end(String name, String line) {
    return name.isEmpty() ? Markdown.text(line) : Markdown.code(name) + " " + Markdown.text(line);
  }

  private static void about(Markdown md, ReportNotes notes) {
    md.line("## About this report").blank();
    if (notes.otherSpotBugsFindings() > 0) {
      md.line("- " + Formats.count(notes.otherSpotBugsFindings(), "SpotBugs finding", "SpotBugs findings")
          + " of patterns not about personal data were left out.");
    }
    if (notes.skippedAuditEvents() > 0) {
      md.line("- " + Formats.count(notes.skippedAuditEvents(), "audit event", "audit events")
          + " of a kind this version does not know were left out.");
    }
    md.line("- " + (notes.maskedValues() == 0
        ? "No text in the inputs looked like personal data."
        : Formats.count(notes.maskedValues(), "text", "texts")
            + " in the inputs looked like personal data and were replaced by placeholders such as \\[EMAIL\\]."));
    md.line("- This report never holds a raw value: audit events carry only types, counts and keyed"
        + " fingerprints, and every text taken from the inputs is masked and escaped.");
  }
}
