package dev.piiguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the shaded {@code cli/target/piiguard.jar} with {@code java -jar}, as users do. */
class RunnableJarIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path JAR = Path.of(System.getProperty("piiguard.jar", "target/piiguard.jar"));
  private static final Path SAMPLE =
      Path.of(System.getProperty("piiguard.samples", "../samples"), "customer-support-export.txt");
  /** Raw values in the sample file that no output may contain. */
  private static final List<String> SAMPLE_VALUES =
      List.of(
          "maria.jensen@example.com", "4111 1111 1111 1111", "+1 415 555 0142", "j.weiss@example.org",
          "DE89 3704 0044 0532 0130 00", "+49 151 23456789", "sam_carter@example.net", "203.0.113.42",
          "078-05-1120", "5555 5555 5555 4444", "devops@example.com", "AKIAIOSFODNN7EXAMPLE");

  @Test
  void scanningTheSampleFindsItsPersonalDataWithoutPrintingIt() throws Exception {
    Run run = java(null, "scan", SAMPLE.toString());

    assertThat(run.status).as(run.err).isEqualTo(1);
    List<JsonNode> findings = new ArrayList<>();
    for (String line : run.out.split("\n")) {
      findings.add(JSON.readTree(line));
    }
    assertThat(findings)
        .extracting(f -> f.get("type").asText())
        .containsOnly("EMAIL", "PHONE", "PAYMENT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET");
    List<String> sampleLines = Files.readAllLines(SAMPLE);
    List<String> found = new ArrayList<>();
    for (JsonNode finding : findings) {
      String line = sampleLines.get(finding.get("line").asInt() - 1);
      found.add(line.substring(finding.get("start").asInt(), finding.get("end").asInt()));
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(SAMPLE_VALUES);
    assertNoSampleValueIn(run);
  }

  @Test
  void hardNegativesInTheSampleAreNotReported() throws Exception {
    Run run = java(null, "scan", SAMPLE.toString());

    List<String> sampleLines = Files.readAllLines(SAMPLE);
    for (String line : run.out.split("\n")) {
      JsonNode finding = JSON.readTree(line);
      String value = sampleLines.get(finding.get("line").asInt() - 1)
          .substring(finding.get("start").asInt(), finding.get("end").asInt());
      assertThat(value)
          .doesNotContain("ORD-2024", "7f3e9c2a", "1Z999AA", "1732546800000", "00:1A:2B", "490154203237518",
              "logo@2x.png", "9fceb02d", "2.17.3");
    }
  }

  @Test
  void textFormatReadsWellAndStandardInputWorks() throws Exception {
    Run text = java(null, "scan", "--format", "text", SAMPLE.toString());
    Run stdin = java(SAMPLE, "scan");

    assertThat(text.status).isEqualTo(1);
    assertThat(text.out).contains(SAMPLE + ":4:61: EMAIL m***@example.com\n").containsPattern("\\d+ findings in 1 of 1 file: ");
    assertThat(stdin.status).isEqualTo(1);
    assertThat(stdin.out).startsWith("{\"file\":\"-\",\"line\":4,");
    assertNoSampleValueIn(text);
    assertNoSampleValueIn(stdin);
  }

  @Test
  void withoutArgumentsTheJarPrintsUsageAndExitsTwo() throws Exception {
    Run run = java(null);

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("Usage: piiguard <command>");
  }

  private static void assertNoSampleValueIn(Run run) {
    for (String value : SAMPLE_VALUES) {
      assertThat(run.out).doesNotContain(value);
      assertThat(run.err).doesNotContain(value);
    }
  }

  private static Run java(Path input, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (input != null) {
      builder.redirectInput(input.toFile());
    }
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
