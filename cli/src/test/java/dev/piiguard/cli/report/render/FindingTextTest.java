package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.spotbugs.CodeLocation;
import dev.piiguard.cli.report.spotbugs.StaticFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTextTest {
  private static final CodeLocation SOURCE = new CodeLocation("com/example/Shop.java", 33, 33);

  private static StaticFinding reportedAt(CodeLocation sink, CodeLocation reportedAt) {
    return new StaticFinding("PII_TO_LOG", 2, 532, "com.example.Shop", "viaHelper(Customer)", "Customer.iban",
        "java.io.PrintStream.println", List.of("IBAN"), SOURCE, sink, reportedAt, "message");
  }

  @Test
  void aFindingIsLocatedWhereItIsReportedWithItsSinkWhenThatIsElsewhere() {
    CodeLocation call = new CodeLocation("com/example/Shop.java", 34, 34);
    CodeLocation insideHelper = new CodeLocation("com/example/Mailer.java", 5, 5);

    // the same finding read from SpotBugs' XML (sink known) or its SARIF (only the reported line)
    assertThat(FindingText.location(reportedAt(insideHelper, call))).isEqualTo("Shop.java:34 (sink Mailer.java:5)");
    assertThat(FindingText.location(reportedAt(call, call))).isEqualTo("Shop.java:34");
  }
}
