package dev.piiguard.cli.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.piiguard.cli.report.spotbugs.CodeLocation;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes the report as one JSON document for CI. Its shape is versioned by {@code reportVersion}
 * and documented in the README; fields may be added, existing ones keep their meaning. Characters
 * that mean something in HTML are written as JSON Unicode escapes, so a tool that pastes the JSON
 * into a page cannot be tricked by input text.
 */
final class JsonReportRenderer implements ReportRenderer {

  /** The version of the JSON shape; raise it only for a change that breaks readers. */
  static final int REPORT_VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  JsonReportRenderer() {
    mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  @Override
  public String render(ReportModel model) {
    ObjectNode root = mapper.createObjectNode();
    root.put("reportVersion", REPORT_VERSION);
    root.put("generatedAt", model.inputs().generatedAt().toString());
    ObjectNode inputs = root.putObject("inputs");
    model.inputs().spotbugsFile().ifPresentOrElse(
        file -> inputs.putObject("spotbugs").put("file", file).put("format", model.inputs().spotbugsFormat()),
        () -> inputs.putNull("spotbugs"));
    model.inputs().auditFile().ifPresentOrElse(
        file -> inputs.putObject("audit").put("file", file), () -> inputs.putNull("audit"));
    summary(root.putObject("summary"), model.summary());
    ArrayNode dataMap = root.putArray("dataMap");
    model.dataMap().forEach(type -> dataMap.add(type(type)));
    ArrayNode destinations = root.putArray("destinations");
    model.destinations().forEach(destination -> destinations.add(destination(destination)));
    ArrayNode patterns = root.putArray("patterns");
    ArrayNode findings = root.putArray("findings");
    for (PatternSection section : model.patterns()) {
      patterns.addObject()
          .put("type", section.pattern().type())
          .put("title", section.pattern().title())
          .put("cwe", section.pattern().cwe())
          .put("channel", section.channel().name())
          .put("explanation", section.pattern().explanation());
      section.findings().forEach(view -> findings.add(finding(view)));
    }
    ReportNotes notes = model.notes();
    root.putObject("notes")
        .put("otherSpotBugsFindings", notes.otherSpotBugsFindings())
        .put("skippedAuditEvents", notes.skippedAuditEvents())
        .put("maskedValues", notes.maskedValues());
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(ObjectNode node, Summary summary) {
    node.put("staticFindings", summary.staticFindings());
    counts(node.putObject("findingsByPattern"), summary.findingsByPattern());
    counts(node.putObject("findingsByPiiType"), summary.findingsByPiiType());
    RequestCounts requests = summary.requests();
    node.putObject("requests")
        .put("events", requests.events())
        .put("inspected", requests.inspected())
        .put("sentUnchanged", requests.sentUnchanged())
        .put("redacted", requests.redacted())
        .put("tokenized", requests.tokenized())
        .put("blocked", requests.blocked())
        .put("uninspected", requests.uninspected())
        .put("refused", requests.refused())
        .put("insecureTransport", requests.insecureTransport())
        .put("bytesScanned", requests.bytesScanned());
    counts(node.putObject("requestsByOutcome"), summary.requestsByOutcome());
    counts(node.putObject("valuesByPiiType"), summary.valuesByPiiType());
  }

  private ObjectNode type(PiiTypeFlows type) {
    ObjectNode node = mapper.createObjectNode()
        .put("piiType", type.piiType())
        .put("staticFindings", type.staticFindings())
        .put("runtimeValues", type.runtimeValues());
    strings(node.putArray("namesInCode"), type.namesInCode());
    strings(node.putArray("namesAtRunTime"), type.namesAtRunTime());
    ArrayNode flows = node.putArray("flows");
    for (DataFlow flow : type.flows()) {
      ObjectNode flowNode = flows.addObject()
          .put("channel", flow.channel().name())
          .put("destination", flow.destination())
          .put("status", flow.status().name());
      strings(flowNode.putArray("findings"), flow.findingIds());
      flow.runtime().ifPresentOrElse(stats -> flowNode.set("runtime", runtime(stats)), () -> flowNode.putNull("runtime"));
      flowNode.put("runtimeBasis", flow.runtimeFromMethods() ? "method" : "type");
    }
    return node;
  }

  private ObjectNode destination(DestinationActivity destination) {
    ObjectNode node = mapper.createObjectNode()
        .put("host", destination.host())
        .put("scheme", destination.scheme())
        .put("channel", destination.channel().name());
    strings(node.putArray("rules"), destination.rules());
    strings(node.putArray("clients"), destination.clients());
    strings(node.putArray("paths"), destination.paths());
    node.set("requests", runtime(destination.stats()));
    counts(node.putObject("valuesByType"), destination.valuesByType());
    node.put("uninspected", destination.uninspected());
    node.put("insecureTransport", destination.insecureTransport());
    return node;
  }

  private ObjectNode runtime(RuntimeStats stats) {
    ObjectNode node = mapper.createObjectNode()
        .put("requests", stats.requests())
        .put("values", stats.values())
        .put("distinctValues", stats.distinctValues());
    counts(node.putObject("outcomes"), stats.outcomes());
    counts(node.putObject("actions"), stats.actions());
    node.put("firstSeen", stats.firstSeen().toString());
    node.put("lastSeen", stats.lastSeen().toString());
    return node;
  }

  private ObjectNode finding(FindingView view) {
    StaticFinding finding = view.finding();
    ObjectNode node = mapper.createObjectNode()
        .put("id", view.id())
        .put("pattern", finding.pattern())
        .put("channel", view.channel().name())
        .put("priority", finding.priorityName())
        .put("cwe", finding.cwe())
        .put("class", finding.className())
        .put("method", finding.methodName());
    strings(node.putArray("piiTypes"), finding.piiTypes());
    node.set("source", end(finding.source(), finding.sourceLine()));
    node.set("sink", end(finding.sink(), finding.sinkLine()));
    node.set("reportedAt", place(mapper.createObjectNode(), finding.reportedAt()));
    node.put("message", finding.message());
    strings(node.putArray("observedAt"), view.observedAt());
    return node;
  }

  private ObjectNode end(String name, CodeLocation location) {
    return place(mapper.createObjectNode().put("name", name), location);
  }

  private ObjectNode place(ObjectNode node, CodeLocation location) {
    node.put("file", location.path());
    if (location.isKnown()) {
      node.put("line", location.startLine());
    } else {
      node.putNull("line");
    }
    return node;
  }

  private static void counts(ObjectNode node, Map<String, ? extends Number> counts) {
    counts.forEach((key, value) -> node.put(key, value.longValue()));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /** JSON's own escapes, plus Unicode escapes for the characters that mean something in HTML. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }
}
