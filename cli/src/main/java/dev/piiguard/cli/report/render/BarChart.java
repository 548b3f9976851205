package dev.piiguard.cli.report.render;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Draws a horizontal bar chart as inline SVG, readable by screen readers through its title and description. */
final class BarChart {

  /** One bar: its label, its value and the CSS class that colours it. */
  record Bar(String label, long value, String cssClass) {}

  private static final int WIDTH = 520;
  private static final int LABEL_WIDTH = 170;
  private static final int VALUE_WIDTH = 60;
  private static final int ROW_HEIGHT = 28;
  private static final int BAR_HEIGHT = 18;
  private static final int MAX_LABEL_CHARS = 24;

  private BarChart() {}

  /**
   * Writes a chart of {@code bars} with {@code id} as the prefix of its element ids.
   *
   * @param unit what a value counts, such as {@code findings}
   */
  static void write(Html html, String id, String title, String unit, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
    int height = Math.max(bars.size(), 1) * ROW_HEIGHT + 4;
    String description =
        bars.stream().map(bar -> bar.label() + ": " + bar.value()).collect(Collectors.joining("; "));
    html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart bar-chart",
            "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
            "aria-labelledby", id + "-title " + id + "-desc", "preserveAspectRatio", "xMinYMin meet")
        .element("title", title + " (" + unit + ")", "id", id + "-title")
        .element("desc", description, "id", id + "-desc");
    int barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = i * ROW_HEIGHT + 2;
      double length = max == 0 ? 0 : Math.max(2.0, barSpace * (double) bar.value() / max);
      html.open("g", "class", "bar " + bar.cssClass());
      html.element("title", bar.label() + ": " + bar.value() + " " + unit);
      html.element("text", shorten(bar.label()), "x", String.valueOf(LABEL_WIDTH - 8),
          "y", String.valueOf(y + BAR_HEIGHT - 4), "text-anchor", "end", "class", "bar-label");
      html.empty("rect", "x", String.valueOf(LABEL_WIDTH), "y", String.valueOf(y),
          "width", String.format(Locale.ROOT, "%.1f", length), "height", String.valueOf(BAR_HEIGHT),
          "rx", "3", "class", "bar-fill");
      html.element("text", String.valueOf(bar.value()),
          "x", String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + length + 6),
          "y", String.valueOf(y + BAR_HEIGHT - 4), "class", "bar-value");
      html.close("g");
    }
    html.close("svg");
  }

  private static String shorten(String label) {
    return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
  }
}
