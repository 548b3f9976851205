package dev.piiguard.cli.report.render;

import dev.piiguard.cli.report.spotbugs.CodeLocation;
import dev.piiguard.cli.report.spotbugs.StaticFinding;

/** Words about a static finding that every format uses the same way. */
final class FindingText {

  private FindingText() {}

  /** {@code Customer.email → org.slf4j.Logger.info}, or what is known of it. */
  static String path(StaticFinding finding) {
    String source = finding.source().isEmpty() ? "a sensitive value" : finding.source();
    String sink = finding.sink().isEmpty() ? "a sink" : finding.sink();
    return source + " → " + sink;
  }

  /** Whether the finding names its source or its sink. */
  static boolean hasPath(StaticFinding finding) {
    return !finding.source().isEmpty() || !finding.sink().isEmpty();
  }

  /**
   * Where the finding is: {@code Checkout.java:42}, the line SpotBugs reports it at, with its sink
   * line when that is elsewhere ({@code Checkout.java:42 (sink Mailer.java:17)}).
   */
  static String location(StaticFinding finding) {
    String reported = line(finding.reportedAt());
    return finding.reportedAwayFromItsSink() ? reported + " (sink " + line(finding.sinkLine()) + ")" : reported;
  }

  /** {@code Checkout.java:42}, or {@code not reported}. */
  static String line(CodeLocation location) {
    return location.isKnown() || !location.path().isEmpty() ? location.display() : "not reported";
  }

  /** {@code com.example.shop}, the package of the finding's class. */
  static String packageName(StaticFinding finding) {
    int dot = finding.className().lastIndexOf('.');
    return dot < 0 ? "" : finding.className().substring(0, dot);
  }
}
