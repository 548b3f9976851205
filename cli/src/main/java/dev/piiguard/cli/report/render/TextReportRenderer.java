package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.DestinationActivity;
import dev.piiguard.cli.report.model.FindingView;
import dev.piiguard.cli.report.model.PatternSection;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.ReportNotes;
import dev.piiguard.cli.report.model.RequestCounts;
import dev.piiguard.cli.report.model.Summary;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the report as plain text for a terminal or a CI log: the counts, one line per static
 * finding ({@code PII_TO_LOG  Checkout.java:42  Customer.email -> org.slf4j.Logger.info}), then
 * one line per destination seen at run time.
 *
 * <p>Texts from the inputs are already masked by the readers; here control and formatting
 * characters are replaced too, so that an input can neither move the cursor nor recolour or
 * reorder what a terminal shows.
 */
final class TextReportRenderer implements ReportRenderer {

  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  @Override
  public String render(ReportModel model) {
    StringBuilder out = new StringBuilder(4096);
    out.append("PII Guard report from ").append(madeFrom(model)).append("\n\n");
    summary(out, model);
    findings(out, model);
    destinations(out, model);
    notes(out, model.notes());
    return out.toString();
  }

  private static String madeFrom(ReportModel model) {
    List<String> inputs = new ArrayList<>();
    model.inputs().spotbugsFile().ifPresent(file ->
        inputs.add(plain(file) + " (" + plain(model.inputs().spotbugsFormat()) + ")"));
    model.inputs().auditFile().ifPresent(file -> inputs.add(plain(file) + " (audit events)"));
    return String.join(" and ", inputs);
  }

  private static void summary(StringBuilder out, ReportModel model) {
    Summary summary = model.summary();
    if (model.hasStaticInput()) {
      out.append("Found in code: ").append(Formats.count(summary.staticFindings(), "finding", "findings"))
          .append(" of ").append(Formats.count(summary.findingsByPattern().size(), "pattern", "patterns")).append('\n');
      tally(out, "by pattern", summary.findingsByPattern());
      tally(out, "by PII type", summary.findingsByPiiType());
    }
    if (model.hasRuntimeInput()) {
      RequestCounts requests = summary.requests();
      out.append("Seen at run time: ").append(Formats.count(requests.inspected(), "request", "requests"))
          .append(" inspected: ").append(requests.redacted()).append(" redacted, ")
          .append(requests.tokenized()).append(" tokenized, ")
          .append(requests.blocked()).append(" blocked, ")
          .append(requests.sentUnchanged()).append(" sent unchanged; ")
          .append(requests.uninspected()).append(" not inspected\n");
      if (requests.insecureTransport() > 0) {
        out.append(INDENT).append(Formats.count(requests.insecureTransport(), "request", "requests"))
            .append(" carried personal data over plain HTTP to another machine\n");
      }
      tally(out, "values by type", summary.valuesByPiiType());
    }
  }

  private static void tally(StringBuilder out, String title, Map<String, ? extends Number> counts) {
    if (!counts.isEmpty()) {
      out.append(INDENT).append(title).append(": ").append(counts(counts)).append('\n');
    }
  }

  private static void findings(StringBuilder out, ReportModel model) {
    if (!model.hasStaticInput()) {
      return;
    }
    out.append("\nStatic findings (source -> sink):\n");
    List<FindingView> views = model.patterns().stream().map(PatternSection::findings).flatMap(List::stream).toList();
    if (views.isEmpty()) {
      out.append(INDENT).append("none: SpotBugs reported no path of personal data to a sink\n");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (FindingView view : views) {
      StaticFinding finding = view.finding();
      rows.add(new String[] {finding.pattern(), FindingText.location(finding), path(finding)});
    }
    table(out, rows);
  }

  /**
   * {@code PaymentCard.number (PAYMENT_CARD) -> org.slf4j.Logger.info}, with no type when none is
   * named; the message when the finding names neither its source nor its sink.
   */
  private static String path(StaticFinding finding) {
    if (!FindingText.hasPath(finding) && !finding.message().isEmpty()) {
      return finding.message();
    }
    String source = finding.source().isEmpty() ? "a sensitive value" : finding.source();
    String sink = finding.sink().isEmpty() ? "a sink" : finding.sink();
    List<String> types = finding.namedPiiTypes();
    return source + (types.isEmpty() ? "" : " (" + String.join(", ", types) + ")") + " -> " + sink;
  }

  private static void destinations(StringBuilder out, ReportModel model) {
    if (!model.hasRuntimeInput()) {
      return;
    }
    out.append("\nAt run time, per destination:\n");
    if (model.destinations().isEmpty()) {
      out.append(INDENT).append("none: the audit file has no events\n");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (DestinationActivity destination : model.destinations()) {
      String requests = Formats.count(destination.stats().requests(), "request", "requests") + ": "
          + counts(destination.stats().outcomes())
          + (destination.insecureTransport() > 0 ? ", " + destination.insecureTransport() + " over plain HTTP" : "");
      rows.add(new String[] {
          destination.scheme() + "://" + destination.host(),
          "rule " + String.join(",", destination.rules()),
          requests,
          destination.valuesByType().isEmpty() ? "no values found" : counts(destination.valuesByType())});
    }
    table(out, rows);
  }

  private static void notes(StringBuilder out, ReportNotes notes) {
    List<String> lines = new ArrayList<>();
    if (notes.otherSpotBugsFindings() > 0) {
      lines.add(Formats.count(notes.otherSpotBugsFindings(), "SpotBugs finding", "SpotBugs findings")
          + " of patterns not about personal data left out");
    }
    if (notes.skippedAuditEvents() > 0) {
      lines.add(Formats.count(notes.skippedAuditEvents(), "audit event", "audit events") + " of unknown kinds left out");
    }
    if (notes.maskedValues() > 0) {
      lines.add(Formats.count(notes.maskedValues(), "text", "texts")
          + " in the inputs looked like personal data and were replaced by placeholders such as [EMAIL]");
    }
    if (!lines.isEmpty()) {
      out.append('\n');
      lines.forEach(line -> out.append("Note: ").append(line).append('\n'));
    }
  }

  /** Writes rows with every column but the last padded to its widest cell. */
  private static void table(StringBuilder out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int column = 0; column < columns; column++) {
        row[column] = plain(row[column]);
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(INDENT);
      for (int column = 0; column < columns; column++) {
        line.append(row[column]);
        if (column < columns - 1) {
          line.append(" ".repeat(widths[column] - row[column].length())).append(GAP);
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  /** {@code EMAIL 3, PHONE 2}. */
  private static String counts(Map<String, ? extends Number> counts) {
    return plain(counts.entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue())
        .collect(Collectors.joining(", ")));
  }

  /** The text with control and formatting characters (escape sequences, bidi overrides) as {@code ?}. */
  static String plain(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
        plain.append('?');
      } else {
        plain.appendCodePoint(c);
      }
    });
    return plain.toString();
  }
}
