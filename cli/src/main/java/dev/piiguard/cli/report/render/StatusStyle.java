package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.FlowStatus;

/** The CSS class and the symbol of each flow status, shared by the HTML and Markdown renderers. */
final class StatusStyle {

  private StatusStyle() {}

  static String cssClass(FlowStatus status) {
    return switch (status) {
      case EXPOSED -> "status-exposed";
      case IN_CODE -> "status-in-code";
      case PROTECTED -> "status-protected";
    };
  }

  /** A symbol that does not rely on colour alone. */
  static String symbol(FlowStatus status) {
    return switch (status) {
      case EXPOSED -> "✖";
      case IN_CODE -> "▲";
      case PROTECTED -> "✔";
    };
  }
}
