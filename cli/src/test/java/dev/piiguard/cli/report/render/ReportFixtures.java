package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.audit.AuditFileReader;
import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.ReportInputException;
import dev.piiguard.cli.report.model.ReportModel;
import dev.piiguard.cli.report.model.ReportModelBuilder;
import dev.piiguard.cli.report.spotbugs.SpotBugsFileReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The demo shop's SpotBugs findings and audit events, read the way {@code piiguard report} reads them. */
final class ReportFixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T16:00:00Z"), ZoneOffset.UTC);

  private ReportFixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(ReportFixtures.class.getResource("/dev/piiguard/cli/report/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /** The model of the hand-written PII findings (XML) and the audit events. */
  static ReportModel shop() throws ReportInputException {
    return model("pii-findings.xml", "audit.jsonl");
  }

  static ReportModel model(String spotbugs, String audit) throws ReportInputException {
    PiiMasker masker = new PiiMasker();
    ReportModelBuilder builder = new ReportModelBuilder(CLOCK);
    if (spotbugs != null) {
      builder.staticAnalysis(new SpotBugsFileReader(masker).read(resource(spotbugs)));
    }
    if (audit != null) {
      AuditFileReader.Summary summary = new AuditFileReader(masker).read(resource(audit), builder);
      builder.auditFile(audit, summary.skippedEventKinds());
    }
    return builder.build(masker.maskedCount());
  }
}
