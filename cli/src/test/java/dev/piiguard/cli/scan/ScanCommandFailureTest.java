package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.CommandLine;
import dev.piiguard.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code scan} does when an option, a pipe, a custom detector or the output misbehaves. */
class ScanCommandFailureTest {

  private static final String EMAIL = "canary.mail@example.com";

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"--show-values=no", "--show-values=false", "--show-values="})
  void showValuesTakesNoValueSoThatNoValueCanTurnItOn(String option) throws Exception {
    Path file = write("mail.txt", "Mail " + EMAIL + "\n");

    CommandLine.Result result = CommandLine.run("scan", option, file.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(
        "piiguard scan: --show-values takes no value (see piiguard scan --help)\n");
  }

  @Test
  void aNamedPipeIsReadLikeAFile() throws Exception {
    Path pipe = folder.resolve("export.pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        Files.writeString(pipe, "Mail " + EMAIL + "\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    CommandLine.Result result = CommandLine.run("scan", pipe.toString());

    writer.get(10, TimeUnit.SECONDS);
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("\"type\":\"EMAIL\"");
  }

  @Test
  void aCustomRegexThatOverflowsTheStackStopsOnlyItsFile() throws Exception {
    Path detectors = write("detectors.properties", "ORDER_REF=ORD-(?:\\w|-)+\n");
    Path orders = write("orders.txt", "ref ORD-" + "ab12-".repeat(4000) + "\n");
    Path mail = write("mail.txt", "Mail " + EMAIL + "\n");

    CommandLine.Result[] results = new CommandLine.Result[1];
    Thread smallStack = new Thread(null, () -> results[0] = CommandLine.run("scan", "--detectors",
        detectors.toString(), orders.toString(), mail.toString()), "scan", 512 * 1024);
    smallStack.start();
    smallStack.join();
    CommandLine.Result result = results[0];

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("piiguard scan: " + orders + ": scan stopped at line 1:"
        + " a --detectors regex overflowed the stack (a repeated group of alternatives over a long"
        + " match; write the group possessive, as (?:a|b)++)\n");
    assertThat(result.out()).contains("\"file\":\"" + mail + "\"").contains("\"type\":\"EMAIL\"");
  }

  @Test
  void aCustomRegexThatOverflowsTheStackOnAFileNameMasksTheName() throws Exception {
    Path detectors = write("detectors.properties", "WORDY=(?:\\w|-)+x\n");
    Path mail = write("mail.txt", "Mail " + EMAIL + "\n");
    String longName = "a".repeat(20_000);

    CommandLine.Result[] results = new CommandLine.Result[1];
    Thread smallStack = new Thread(null, () -> results[0] = CommandLine.run("scan", "--detectors",
        detectors.toString(), longName, mail.toString()), "scan", 512 * 1024);
    smallStack.start();
    smallStack.join();
    CommandLine.Result result = results[0];

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("piiguard scan: [NOT SCANNED]: ").doesNotContain("aaaa");
    assertThat(result.out()).contains("\"type\":\"EMAIL\"");
  }

  @Test
  void aCustomRegexThatBacktracksCatastrophicallyBelowAWindowsCutNamesLinesThatHoldIt() throws Exception {
    Path detectors = write("detectors.properties", "ORDER=(?:[a-j]+\\s?){1,30}#\\d+\n");
    StringBuilder text = new StringBuilder();
    int line = 0;
    // the culprit starts in the chars the first window reads after its accepted part
    while (text.length() < TextWindows.MAX_WINDOW - TextWindows.CONTEXT + 500) {
      line++;
      text.append("order ").append(line).append(" shipped\n");
    }
    int culprit = line + 1;
    text.append("abcdefghij".repeat(300)).append('\n');
    for (int more = 0; more < 200; more++) {
      text.append("order shipped\n");
    }
    Path orders = write("orders.txt", text.toString());

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(), orders.toString());

    assertThat(result.status()).isEqualTo(2);
    Matcher lines = Pattern.compile("scan stopped in lines (\\d+) to (\\d+): ")
        .matcher(result.err());
    assertThat(lines.find()).as(result.err()).isTrue();
    assertThat(Integer.parseInt(lines.group(1))).isLessThanOrEqualTo(culprit);
    assertThat(Integer.parseInt(lines.group(2))).isGreaterThanOrEqualTo(culprit);
  }

  @Test
  void aCustomRegexThatBacktracksCatastrophicallyStopsOnlyItsFile() throws Exception {
    // [a-z], not \w: the digits in the name of the temporary folder would stop the file names too
    Path detectors = write("detectors.properties", "ORDER=(?:[a-z]+\\s?){1,30}#\\d+\n");
    Path orders = write("orders.txt", "order abcdefghijklmnop " + EMAIL + "\n");
    Path mail = write("mail.txt", "Mail " + EMAIL + "\n");

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(),
        orders.toString(), mail.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("piiguard scan: " + orders + ": scan stopped at line 1:"
        + " --detectors regex ORDER backtracks catastrophically on it (a repetition inside a"
        + " repetition, as in (?:\\w+\\s?){1,30}; write the inner one possessive, as \\w++; or a"
        + " match tried from every start of a very long token; guard its start, as"
        + " (?<![\\w.])[\\w.]+@…)\n");
    assertThat(result.out()).doesNotContain("orders.txt")
        .contains("\"file\":\"" + mail + "\"").contains("\"type\":\"EMAIL\"");
  }

  @Test
  void aCustomRegexThatBacktracksCatastrophicallyOnAFileNameMasksTheName() throws Exception {
    Path detectors = write("detectors.properties", "ORDER=(?:[a-z]+\\s?){1,30}#\\d+\n");
    Path mail = write("mail.txt", "Mail " + EMAIL + "\n");

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(),
        "order abcdefghijklmnop canary.txt", mail.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("piiguard scan: [NOT SCANNED]: no such file\n");
    assertThat(result.out()).contains("\"type\":\"EMAIL\"");
  }

  @Test
  void aFileNameHoldingACustomDetectorsValueIsMasked() throws Exception {
    Path detectors = write("detectors.properties", "EMPLOYEE_ID=EMP-[0-9]{6}\n");
    Path file = write("EMP-123456.txt", "id EMP-123456\n");
    Path missing = folder.resolve("EMP-654321.txt");

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(),
        file.toString(), missing.toString());

    assertThat(result.out()).contains("[EMPLOYEE_ID].txt").doesNotContain("123456");
    assertThat(result.err()).contains("[EMPLOYEE_ID].txt: no such file").doesNotContain("654321");
  }

  @Test
  void aFailingOutputStopsTheScanWithOneErrorLine() throws Exception {
    Path file = write("mail.txt", ("Mail " + EMAIL + "\n").repeat(20_000));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream full = new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    int status = Main.run(new String[] {"scan", "--format", "text", file.toString()},
        new ByteArrayInputStream(new byte[0]), full, errStream);

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("piiguard scan: cannot write the findings; scan stopped\n");
  }

  @Test
  void aCleanScanThatCannotWriteItsSummaryFails() throws Exception {
    Path file = write("clean.txt", "nothing to see here\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream full = new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8);

    int status = Main.run(new String[] {"scan", "--format", "text", file.toString()},
        new ByteArrayInputStream(new byte[0]), full,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the findings");
  }

  @Test
  void theSummaryCountsOnlyTheFilesThatWereRead() throws Exception {
    Path clean = write("clean.txt", "nothing to see here\n");

    CommandLine.Result result = CommandLine.run("scan", "--format", "text",
        folder.resolve("missing.txt").toString(), clean.toString(), folder.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out())
        .isEqualTo("No personal data found in 1 file; 2 files not scanned (see the errors).\n");
  }

  @Test
  void aFileNameWithALineOrParagraphSeparatorOrABidiControlIsShownWithQuestionMarks() throws Exception {
    Path file = write("mail\u2028x\u202ey.txt", "Mail " + EMAIL + "\n");
    Path missing = folder.resolve("gone\u2029\u202e.txt");

    CommandLine.Result result = CommandLine.run("scan", "--format", "text", file.toString(),
        missing.toString());

    assertThat(result.out()).contains("mail?x?y.txt:1:6: EMAIL").doesNotContain("\u2028")
        .doesNotContain("\u202e");
    assertThat(result.err()).contains("gone??.txt: no such file").doesNotContain("\u2029");
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** An output whose every write fails, as on a full disk or a closed pipe. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }
}
