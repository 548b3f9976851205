package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.ReportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Raw personal data and markup in the inputs never reach a report, whatever its format. */
class ReportCanaryTest {

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noCanaryValueAndNoLiveMarkupReachesTheReport(ReportFormat format) throws Exception {
    Path spotbugs = folder.resolve("hostile.xml");
    Files.writeString(spotbugs, HostileInput.SPOTBUGS_XML);
    Path audit = folder.resolve("hostile.jsonl");
    Files.writeString(audit, HostileInput.AUDIT_JSONL);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = new ReportCommand().run(
        List.of("--spotbugs", spotbugs.toString(), "--audit", audit.toString(), "--format", format.optionValue()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String report = out.toString(StandardCharsets.UTF_8);
    HostileInput.CANARIES.forEach(canary -> assertThat(report).doesNotContain(canary));
    if (format == ReportFormat.TEXT) {
      // The terminal format shows no messages, only how many texts were masked.
      assertThat(report).contains("9 texts in the inputs looked like personal data");
    } else {
      assertThat(report.replace("\\[", "[").replace("\\]", "]").replace("\\_", "_"))
          .contains("[EMAIL]", "[PAYMENT_CARD]", "[IBAN]", "[US_SSN]", "[SECRET]");
    }
    // Markdown code spans show their text literally, so markup may stand inside them.
    String live = format == ReportFormat.MARKDOWN ? report.replaceAll("`[^`\n]*`", "`…`") : report;
    assertThat(live).doesNotContain("<script>window").doesNotContain("<img src").doesNotContain("<svg onload");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theRealOutputOfThePluginRendersInEveryFormat(ReportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = new ReportCommand().run(
        List.of("--spotbugs", ReportFixtures.resource("spotbugs/plugin-findings.xml").toString(),
            "--audit", ReportFixtures.resource("audit.jsonl").toString(), "--format", format.optionValue()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("ExceptionSamples").contains("Customer.email").contains("new java.lang.IllegalStateException");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void theRealSpotBugsFileWithACardNumberInAStringAnnotationDoesNotLeakIt(ReportFormat format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = new ReportCommand().run(
        List.of("--spotbugs", ReportFixtures.resource("spotbugs/standard-bugs.xml").toString(),
            "--format", format.optionValue()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .doesNotContain("4111111111111111").doesNotContain("jane.doe@example.com");
  }
}
