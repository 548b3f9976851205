package dev.piiguard.cli.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code piiguard report --format} writes. */
public enum ReportFormat {
  HTML("html", new HtmlReportRenderer()),
  JSON("json", new JsonReportRenderer()),
  MARKDOWN("markdown", new MarkdownReportRenderer()),
  TEXT("text", new TextReportRenderer());

  private final String optionValue;
  private final ReportRenderer renderer;

  ReportFormat(String optionValue, ReportRenderer renderer) {
    this.optionValue = optionValue;
    this.renderer = renderer;
  }

  /** The value of {@code --format} that selects this format. */
  public String optionValue() {
    return optionValue;
  }

  /** The renderer of this format. */
  public ReportRenderer renderer() {
    return renderer;
  }

  /** The format {@code value} names ({@code md} is short for {@code markdown}). */
  public static Optional<ReportFormat> parse(String value) {
    String normalized = value.toLowerCase(Locale.ROOT);
    if (normalized.equals("md")) {
      return Optional.of(MARKDOWN);
    }
    return Arrays.stream(values()).filter(format -> format.optionValue.equals(normalized)).findFirst();
  }
}
