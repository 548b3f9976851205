package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.Channel;
import dev.piiguard.cli.report.model.DataFlow;
import dev.piiguard.cli.report.model.PiiTypeFlows;
import dev.piiguard.cli.report.model.RuntimeStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the data map as inline SVG: PII types on the left, destinations on the right, and one
 * line per flow, as thick as its evidence and coloured by its status.
 */
final class FlowChart {

  private static final int WIDTH = 860;
  private static final int ROW = 34;
  private static final int TOP = 28;
  private static final int LEFT_X = 160;
  private static final int RIGHT_X = 450;
  private static final int MAX_LABEL_CHARS = 40;

  private FlowChart() {}

  static void write(Html html, List<PiiTypeFlows> dataMap) {
    Map<String, Integer> rightRows = new LinkedHashMap<>();
    List<DataFlow> flows = new ArrayList<>();
    dataMap.forEach(type -> flows.addAll(type.flows()));
    flows.stream()
        .sorted((a, b) -> a.channel().compareTo(b.channel()))
        .forEach(flow -> rightRows.putIfAbsent(rightKey(flow), rightRows.size()));
    int rows = Math.max(dataMap.size(), rightRows.size());
    int height = TOP + rows * ROW + 8;
    long maxWeight = flows.stream().mapToLong(DataFlow::weight).max().orElse(1);
    double leftOffset = (rows - dataMap.size()) * ROW / 2.0;
    double rightOffset = (rows - rightRows.size()) * ROW / 2.0;

    html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart flow-chart",
            "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
            "aria-labelledby", "flow-chart-title flow-chart-desc", "preserveAspectRatio", "xMinYMin meet")
        .element("title", "Where each type of personal data goes", "id", "flow-chart-title")
        .element("desc", description(flows), "id", "flow-chart-desc");
    html.element("text", "PII type", "x", String.valueOf(LEFT_X), "y", "16", "text-anchor", "end",
        "class", "axis-label");
    html.element("text", "Goes to", "x", String.valueOf(RIGHT_X), "y", "16", "class", "axis-label");

    Map<String, Double> leftY = new LinkedHashMap<>();
    for (int i = 0; i < dataMap.size(); i++) {
      leftY.put(dataMap.get(i).piiType(), TOP + leftOffset + i * ROW + ROW / 2.0);
    }
    for (DataFlow flow : flows) {
      double y1 = leftY.get(flow.piiType());
      double y2 = TOP + rightOffset + rightRows.get(rightKey(flow)) * ROW + ROW / 2.0;
      double stroke = 2 + 10.0 * flow.weight() / Math.max(maxWeight, 1);
      double middle = (LEFT_X + RIGHT_X) / 2.0;
      String path = String.format(Locale.ROOT, "M %d %.1f C %.1f %.1f, %.1f %.1f, %d %.1f",
          LEFT_X + 8, y1, middle, y1, middle, y2, RIGHT_X - 8, y2);
      html.open("path", "d", path, "class", "flow " + StatusStyle.cssClass(flow.status()),
              "stroke-width", String.format(Locale.ROOT, "%.1f", stroke), "fill", "none")
          .element("title", linkTitle(flow))
          .close("path");
    }
    leftY.forEach((type, y) -> {
      html.empty("circle", "cx", String.valueOf(LEFT_X + 4), "cy", String.format(Locale.ROOT, "%.1f", y),
          "r", "5", "class", "node");
      html.element("text", shorten(type), "x", String.valueOf(LEFT_X - 6),
          "y", String.format(Locale.ROOT, "%.1f", y + 4), "text-anchor", "end", "class", "node-label");
    });
    rightRows.forEach((key, row) -> {
      double y = TOP + rightOffset + row * ROW + ROW / 2.0;
      html.empty("circle", "cx", String.valueOf(RIGHT_X - 4), "cy", String.format(Locale.ROOT, "%.1f", y),
          "r", "5", "class", "node");
      html.element("text", shorten(key), "x", String.valueOf(RIGHT_X + 6),
          "y", String.format(Locale.ROOT, "%.1f", y + 4), "class", "node-label");
    });
    html.close("svg");
  }

  /** How a flow's destination is named: {@code Logs}, {@code AI provider · api.openai.com}. */
  static String rightKey(DataFlow flow) {
    if (flow.channel() == Channel.LOG || flow.channel() == Channel.EXCEPTION
        || flow.channel() == Channel.TO_STRING || flow.channel() == Channel.OTHER) {
      return flow.channel().title();
    }
    if (flow.destination().equals(flow.channel().staticDestination())) {
      return flow.channel().title() + " (host not seen)";
    }
    return flow.channel().title() + " · " + flow.destination();
  }

  private static String linkTitle(DataFlow flow) {
    StringBuilder title = new StringBuilder(flow.piiType()).append(" → ").append(rightKey(flow))
        .append(": ");
    if (!flow.findingIds().isEmpty()) {
      title.append(Formats.count(flow.findingIds().size(), "finding in code", "findings in code"));
    }
    flow.runtime().map(RuntimeStats::requests).ifPresent(requests -> {
      if (!flow.findingIds().isEmpty()) {
        title.append(", ");
      }
      title.append(Formats.count(requests, "request", "requests")).append(" at run time");
    });
    return title.append(" (").append(flow.status().label()).append(')').toString();
  }

  private static String description(List<DataFlow> flows) {
    List<String> parts = new ArrayList<>();
    flows.forEach(flow -> parts.add(linkTitle(flow)));
    return String.join("; ", parts);
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
  }
}
