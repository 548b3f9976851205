package dev.piiguard.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code java -jar cli/target/piiguard.jar report}, as users and CI do. */
class ReportJarIT {

  private static final Path JAR = Path.of(System.getProperty("piiguard.jar", "target/piiguard.jar"));

  @TempDir Path folder;

  @Test
  void theJarWritesTheHtmlReportOfBothInputs() throws Exception {
    Path report = folder.resolve("report.html");

    Run run = java("report", "--spotbugs", resource("pii-findings.xml"), "--audit", resource("audit.jsonl"),
        "-o", report.toString());

    assertThat(run.status).as(run.err).isZero();
    assertThat(run.err).isEqualTo("piiguard report: wrote " + report + "\n");
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>")
        .contains("data-metric=\"static-findings\"><dt>static findings</dt><dd>7</dd>");
  }

  @Test
  void theJarWritesJsonAndMarkdownToStandardOutput() throws Exception {
    Run json = java("report", "--spotbugs", resource("pii-findings.sarif"), "--format", "json");
    Run markdown = java("report", "--audit", resource("audit.jsonl"), "--format", "markdown");

    assertThat(json.status).as(json.err).isZero();
    assertThat(json.out).contains("\"reportVersion\" : 1", "\"format\" : \"SARIF\"");
    assertThat(markdown.status).as(markdown.err).isZero();
    assertThat(markdown.out).startsWith("# PII Guard report").contains("## Destinations seen at run time");
  }

  @Test
  void withoutInputsTheReportCommandExitsTwo() throws Exception {
    Run run = java("report");

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("piiguard report: Give --spotbugs, --audit or both");
  }

  @Test
  void theCommandListNamesReport() throws Exception {
    Run run = java("--help");

    assertThat(run.out).contains("report   turn SpotBugs findings and audit events into one report");
  }

  private static String resource(String name) throws URISyntaxException {
    return Path.of(ReportJarIT.class.getResource("/dev/piiguard/cli/report/" + name).toURI()).toString();
  }

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
