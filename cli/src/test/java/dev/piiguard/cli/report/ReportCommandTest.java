package dev.piiguard.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ReportCommand command =
      new ReportCommand(Clock.fixed(Instant.parse("2026-11-25T16:00:00Z"), ZoneOffset.UTC));

  @Test
  void writesTheHtmlReportToTheOutputFile() throws Exception {
    Path report = folder.resolve("out/report.html");

    int status = run("--spotbugs", resource("pii-findings.xml"), "--audit", resource("audit.jsonl"), "-o", report.toString());

    assertThat(status).isZero();
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("PII Guard report");
    assertThat(stderr()).isEqualTo("piiguard report: wrote " + report + "\n");
    assertThat(stdout()).isEmpty();
    try (var files = Files.list(report.getParent())) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void writesToStandardOutputWithoutAnOutputFile() throws Exception {
    int status = run("--audit=" + resource("audit.jsonl"), "--format=markdown");

    assertThat(status).isZero();
    assertThat(stdout()).startsWith("# PII Guard report");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void eitherInputAloneIsEnough() throws Exception {
    assertThat(run("--spotbugs", resource("pii-findings.sarif"), "--format", "json")).isZero();
    assertThat(stdout()).contains("\"format\" : \"SARIF\"");
  }

  @Test
  void noInputIsAUsageError() {
    int status = run("--format", "json");

    assertThat(status).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: Give --spotbugs, --audit or both: there is nothing to report on.\n"
        + "Usage: piiguard report");
  }

  @Test
  void aDirectoryOrAPipeIsNamedForWhatItIs() throws Exception {
    assertThat(run("--spotbugs", folder.toString())).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: " + folder + ": is a directory");
    err.reset();
    assertThat(run("--audit", folder.toString())).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: " + folder + ": is a directory");
    err.reset();
    Path pipe = folder.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
    assertThat(run("--spotbugs", pipe.toString())).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: " + pipe + ": is not a regular file");
  }

  @Test
  void aReportWrittenToADirectoryIsSaidToBeOne() throws Exception {
    assertThat(run("--audit", resource("audit.jsonl"), "-o", folder.toString())).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: cannot write " + folder + ": it is a directory (name the report file)");
  }

  @Test
  void anInputGivenTwiceIsAUsageErrorNotALastOneWins() {
    // a report of the second module's findings alone would look complete
    assertThat(run("--spotbugs", "a.xml", "--spotbugs", "b.xml")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: --spotbugs is given twice: a report reads one file of each kind.");
    err.reset();
    assertThat(run("--audit", "a.jsonl", "--audit=b.jsonl")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: --audit is given twice");
    err.reset();
    assertThat(run("--audit", "a.jsonl", "-o", "a.html", "--output", "b.html")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: --output is given twice");
  }

  @Test
  void unknownOptionsFormatsAndMissingValuesAreUsageErrors() {
    assertThat(run("--spotbugs", "x.xml", "--colour")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: Unknown option \"--colour\".");
    err.reset();
    assertThat(run("--spotbugs", "x.xml", "--format", "pdf")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: Unknown report format \"pdf\": use html, json, markdown or text.");
    err.reset();
    assertThat(run("--audit")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: Option --audit needs a value.");
    err.reset();
    assertThat(run("--audit", "jane.canary@example.com\u0000.jsonl")).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: Option --audit does not name a valid file.");
  }

  @Test
  void messagesNeverEchoPersonalDataFromArgumentsOrFileNames() throws Exception {
    String email = "canary.report@example.com";
    String card = "4111111111111111";
    run("--spotbugs", "x.xml", "--colour=" + email);
    run("--spotbugs", "x.xml", "-x" + card);
    run("--spotbugs", "card" + card + ".xml");
    run("--spotbugs", "x.xml", "--format", card);
    run("--audit", folder.resolve(email + ".jsonl").toString());
    Path output = folder.resolve(email + ".html");
    run("--audit", resource("audit.jsonl"), "-o", output.toString());
    Path blocker = folder.resolve("file");
    Files.writeString(blocker, "");
    run("--audit", resource("audit.jsonl"), "-o", blocker.resolve(email + ".html").toString());

    assertThat(stderr()).doesNotContain(email).doesNotContain(card)
        .contains("Unknown option \"--colour\".")
        .contains("Unknown option \"-x...\".")
        .contains("card[PAYMENT_CARD].xml: cannot be read: no such file")
        .contains("Unknown report format \"[PAYMENT_CARD]\"")
        .contains(folder.resolve("[EMAIL]") + ": cannot be read: no such file")
        .contains("wrote " + folder.resolve("[EMAIL]"))
        .contains("cannot write " + blocker.resolve("[EMAIL]"));
    assertThat(output).exists();
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isZero();
    assertThat(stdout()).startsWith("Usage: piiguard report [--spotbugs FILE] [--audit FILE]");
  }

  @Test
  void aBrokenInputFailsWithTheFileAndLineAndWritesNoReport() throws Exception {
    Path audit = folder.resolve("audit.jsonl");
    List<String> lines = Files.readAllLines(Path.of(resource("audit.jsonl")));
    Files.writeString(audit, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 60));
    Path report = folder.resolve("report.html");

    int status = run("--spotbugs", resource("pii-findings.xml"), "--audit", audit.toString(), "-o", report.toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr()).isEqualTo("piiguard report: " + audit + ":3: ends in the middle of a JSON object (truncated line?)\n");
    assertThat(report).doesNotExist();
  }

  @Test
  void anUnwritableOutputIsReported() throws Exception {
    Path blocker = folder.resolve("file");
    Files.writeString(blocker, "");

    int status = run("--audit", resource("audit.jsonl"), "-o", blocker.resolve("report.html").toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr()).startsWith("piiguard report: cannot write " + blocker.resolve("report.html"));
  }

  private int run(String... arguments) {
    return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ReportCommandTest.class.getResource("/dev/piiguard/cli/report/" + name).toURI()).toString();
  }
}
