package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.model.ReportModel;

/** Turns a {@link ReportModel} into the text of one report format. */
public interface ReportRenderer {

  /** The whole report. */
  String render(ReportModel model);
}
