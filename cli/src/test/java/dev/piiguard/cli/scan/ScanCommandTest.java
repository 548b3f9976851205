package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.piiguard.cli.CommandLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  private static final String EMAIL = "canary.mail@example.com";
  private static final String CARD = "4111 1111 1111 1111";
  private static final String IBAN = "DE89 3704 0044 0532 0130 00";
  private static final String SSN = "078-05-1120";
  private static final String IP = "203.0.113.42";
  private static final List<String> CANARIES = List.of(EMAIL, CARD, IBAN, SSN, IP, "4111111111111111", "DE89370400440532013000");

  @TempDir Path folder;

  @Test
  void eachFindingIsOneJsonLineThatLocatesTheValue() throws Exception {
    List<String> lines =
        List.of("Ticket 1", "Mail: " + EMAIL + ", card " + CARD, "", "ssn " + SSN + " ip " + IP + " iban " + IBAN);
    Path file = write("export.txt", String.join("\n", lines) + "\n");

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    List<JsonNode> findings = FindingLines.of(result.out());
    assertThat(findings).extracting(f -> f.get("type").asText())
        .containsExactly("EMAIL", "PAYMENT_CARD", "US_SSN", "IP_ADDRESS", "IBAN");
    for (JsonNode finding : findings) {
      assertThat(finding.get("file").asText()).isEqualTo(file.toString());
      String line = lines.get(finding.get("line").asInt() - 1);
      String value = line.substring(finding.get("start").asInt(), finding.get("end").asInt());
      assertThat(CANARIES).contains(value);
      assertThat(finding.has("value")).isFalse();
      assertThat(finding.fieldNames()).toIterable().containsExactly("file", "line", "start", "end", "type", "preview");
    }
    assertThat(findings.get(0).get("preview").asText()).isEqualTo("c***@example.com");
    assertThat(findings.get(1).get("preview").asText()).isEqualTo("**** **** **** 1111");
  }

  @Test
  void credentialsInALoggedHeaderAndAKeyFileAreFlaggedWithoutTheirValues() throws Exception {
    String basic = "c2hvcC1hcGk6UzNjcjN0IXBhc3M="; // shop-api:S3cr3t!pass
    String keyLine = "MIIEowIBAAKCAQEAvRq0n6xkH3ZqJx1Qm0A8uM4r9m3n8Jt0f8W2c9bZ6rX1yK3hQ4sP";
    Path log = write("http.log", "--> POST https://api.example.com/v1/orders\n"
        + "Authorization: Basic " + basic + "\n");
    Path key = write("deploy.pem", "-----BEGIN RSA PRIVATE KEY-----\n" + keyLine + "\n"
        + "-----END RSA PRIVATE KEY-----\n");

    CommandLine.Result result = CommandLine.run("scan", log.toString(), key.toString());

    assertThat(result.status()).isEqualTo(1);
    List<JsonNode> findings = FindingLines.of(result.out());
    assertThat(findings).extracting(f -> f.get("file").asText() + ":"
            + f.get("line").asInt() + " " + f.get("type").asText() + " " + f.get("preview").asText())
        .containsExactly(log + ":2 SECRET ****", key + ":1 SECRET -----****");
    // the key is reported whole, from its BEGIN line to the end of its END line
    assertThat(findings.get(1).get("start").asInt()).isZero();
    assertThat(findings.get(1).get("end").asInt()).isEqualTo(Files.readString(key).strip().length());
    assertThat(result.out()).doesNotContain(basic).doesNotContain(keyLine)
        .doesNotContain("S3cr3t");
  }

  @Test
  void outputAndErrorsNeverHoldARawValueUnlessAsked() throws Exception {
    Path file = Files.createDirectories(folder.resolve(EMAIL)).resolve("canaries.txt");
    Files.writeString(file, String.join(" | ", CANARIES) + "\n" + EMAIL + "\n");
    Path missing = folder.resolve(EMAIL).resolve("export.txt");

    CommandLine.Result json = CommandLine.run("scan", file.toString(), missing.toString());
    CommandLine.Result text = CommandLine.run("scan", "--format", "text", file.toString(), missing.toString());

    for (CommandLine.Result result : List.of(json, text)) {
      assertThat(result.status()).isEqualTo(2);
      for (String canary : CANARIES) {
        assertThat(result.out()).doesNotContain(canary);
        assertThat(result.err()).doesNotContain(canary);
      }
    }
    assertThat(json.err()).isEqualTo("piiguard scan: " + folder + "/[EMAIL]/export.txt: no such file\n");
    assertThat(FindingLines.of(json.out())).allSatisfy(finding ->
        assertThat(finding.get("file").asText()).isEqualTo(folder + "/[EMAIL]/canaries.txt"));
    assertThat(text.out()).contains(folder + "/[EMAIL]/canaries.txt:1:");
  }

  @Test
  void fileNamesWithAValueJoinedToAWordAreShownWithPlaceholders() throws Exception {
    Path card = write("card_4111111111111111.csv", "write to " + EMAIL + "\n");
    Path address = write("access-203.0.113.77.log", "write to " + EMAIL + "\n");
    Path missing = folder.resolve("key_AKIAIOSFODNN7EXAMPLE.txt");

    CommandLine.Result json = CommandLine.run("scan", card.toString(), address.toString(), missing.toString());
    CommandLine.Result text = CommandLine.run("scan", "--format", "text", card.toString(), address.toString());

    assertThat(FindingLines.of(json.out())).extracting(finding -> finding.get("file").asText())
        .containsExactly(folder + "/card_[PAYMENT_CARD].csv", folder + "/access-[IP_ADDRESS].log");
    assertThat(json.err()).isEqualTo("piiguard scan: " + folder + "/key_[SECRET].txt: no such file\n");
    assertThat(text.out()).contains("card_[PAYMENT_CARD].csv:1:").contains("access-[IP_ADDRESS].log:1:");
    for (String raw : List.of("4111111111111111", "203.0.113.77", "AKIAIOSFODNN7EXAMPLE")) {
      assertThat(json.out() + json.err() + text.out() + text.err()).doesNotContain(raw);
    }
  }

  @Test
  void showValuesAddsTheRawValue() throws Exception {
    Path file = write("one.txt", "write to " + EMAIL + "\n");

    CommandLine.Result json = CommandLine.run("scan", "--show-values", file.toString());
    CommandLine.Result text = CommandLine.run("scan", "--format=text", "--show-values", file.toString());

    JsonNode finding = FindingLines.of(json.out()).get(0);
    assertThat(finding.get("value").asText()).isEqualTo(EMAIL);
    assertThat(finding.get("preview").asText()).isEqualTo("c***@example.com");
    assertThat(text.out()).startsWith(file + ":1:10: EMAIL " + EMAIL + "\n");
  }

  @Test
  void cleanInputExitsZero() throws Exception {
    Path file = write("clean.txt", "Order ORD-2024-000123 shipped, version 2.17.3, logo@2x.png\n");

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void standardInputIsReadWhenNoFileOrDashIsGiven() {
    byte[] input = ("first line\nmail " + EMAIL + "\n").getBytes(StandardCharsets.UTF_8);

    CommandLine.Result implicit = CommandLine.runWithInput(input, "scan");
    CommandLine.Result dash = CommandLine.runWithInput(input, "scan", "-");

    assertThat(implicit.status()).isEqualTo(1);
    assertThat(implicit.out())
        .isEqualTo("{\"file\":\"-\",\"line\":2,\"start\":5,\"end\":28,\"type\":\"EMAIL\",\"preview\":\"c***@example.com\"}\n")
        .isEqualTo(dash.out());
  }

  @Test
  void textFormatPrintsFileLineColumnAndASummary() throws Exception {
    Path file = write("t.txt", "a\n  " + EMAIL + " and " + CARD + "\n");
    Path clean = write("c.txt", "nothing\n");

    CommandLine.Result result = CommandLine.run("scan", "--format", "text", file.toString(), clean.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out())
        .isEqualTo(
            file + ":2:3: EMAIL c***@example.com\n"
                + file + ":2:31: PAYMENT_CARD **** **** **** 1111\n"
                + "2 findings in 1 of 2 files: EMAIL 1, PAYMENT_CARD 1.\n");
    assertThat(CommandLine.run("scan", "--format", "text", clean.toString()).out())
        .isEqualTo("No personal data found in 1 file.\n");
  }

  @Test
  void missingFileIsReportedAndTheOtherFilesAreStillScanned() throws Exception {
    Path file = write("present.txt", EMAIL + "\n");

    CommandLine.Result result = CommandLine.run("scan", folder.resolve("absent.txt").toString(), file.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("piiguard scan: " + folder.resolve("absent.txt") + ": no such file\n");
    assertThat(FindingLines.of(result.out())).hasSize(1);
  }

  @Test
  void directoryIsRefused() {
    CommandLine.Result result = CommandLine.run("scan", folder.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("piiguard scan: " + folder + ": is a directory (name the files to scan)\n");
  }

  @Test
  void binaryFileIsRefusedInOneLine() throws Exception {
    Path file = folder.resolve("image.png");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("piiguard scan: " + file + ": not scanned: binary file (NUL bytes); only UTF-8 text is scanned\n");
  }

  @Test
  void oneByteSequenceThatIsNotUtf8IsCountedInTheSingular() throws Exception {
    Path file = folder.resolve("one-stray-byte.txt");
    Files.write(file, "ok\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.err()).isEqualTo("piiguard scan: " + file + ": not valid UTF-8 from line 2"
        + " (1 byte sequence read as U+FFFD, the rest scanned)\n");
  }

  @Test
  void textThatIsNotUtf8IsScannedAndReportedInOneLine() throws Exception {
    Path file = folder.resolve("latin1.txt");
    Files.write(file, ("ok\nGrüße " + EMAIL + "\nOlá\n" + EMAIL + "\n").getBytes(StandardCharsets.ISO_8859_1));

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out().lines())
        .containsExactly(
            "{\"file\":\"" + file + "\",\"line\":2,\"start\":6,\"end\":29,\"type\":\"EMAIL\","
                + "\"preview\":\"c***@example.com\"}",
            "{\"file\":\"" + file + "\",\"line\":4,\"start\":0,\"end\":23,\"type\":\"EMAIL\","
                + "\"preview\":\"c***@example.com\"}");
    assertThat(result.err())
        .isEqualTo("piiguard scan: " + file + ": not valid UTF-8 from line 2 (3 byte sequences read as"
            + " U+FFFD, the rest scanned)\n")
        .doesNotContain(EMAIL);
  }

  @Test
  void nulByteAfterTheFirstBlockIsRefusedNamingTheLine() throws Exception {
    Path file = folder.resolve("late.bin");
    Files.writeString(file, "x\n".repeat(10_000) + "\0tail\n");

    CommandLine.Result result = CommandLine.run("scan", file.toString());

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("binary data (a NUL byte) in line 10001");
  }

  @Test
  void aValueRunOnFromALetterIsNotEchoedInAnError() {
    CommandLine.Result option = CommandLine.run("scan", "-x4111111111111111");
    CommandLine.Result file = CommandLine.run("scan", "card4111111111111111.log");

    assertThat(option.err()).isEqualTo("piiguard scan: unknown option -x... (see piiguard scan --help)\n");
    assertThat(file.err()).contains("card[PAYMENT_CARD].log").doesNotContain("4111111111111111");
    // with letters on both sides, and a key or an IBAN glued to a word (review s33d)
    CommandLine.Result format = CommandLine.run("scan", "--format=x4111111111111111y");
    CommandLine.Result files = CommandLine.run("scan", "zz4111111111111111zz.log",
        "keyAKIAIOSFODNN7EXAMPLE.txt", "ibanDE89370400440532013000.csv");
    assertThat(format.err() + files.err()).doesNotContain("4111111111111111", "AKIAIOSFODNN7EXAMPLE",
        "DE89370400440532013000").contains("zz[PAYMENT_CARD]zz.log", "key[SECRET].txt", "iban[IBAN].csv");
  }

  @Test
  void unknownOptionAndBadFormatAreUsageErrors() {
    CommandLine.Result unknown = CommandLine.run("scan", "--colour");
    CommandLine.Result format = CommandLine.run("scan", "--format", "xml");
    CommandLine.Result missingValue = CommandLine.run("scan", "--format");

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("piiguard scan: unknown option --colour (see piiguard scan --help)\n");
    assertThat(format.err()).isEqualTo("piiguard scan: --format must be json or text, not xml (see piiguard scan --help)\n");
    assertThat(missingValue.err()).isEqualTo("piiguard scan: --format needs a value (see piiguard scan --help)\n");
  }

  @Test
  void helpExplainsShowValuesStandardInputAndExitStatus() {
    CommandLine.Result result = CommandLine.run("scan", "-h");

    assertThat(result.status()).isZero();
    assertThat(result.out()).contains("--show-values", "reads standard input", "the file \"-\"", "Exit status: 0 nothing found, 1 something found, 2 bad input");
  }

  @Test
  void customDetectorsFromAFileAreUsed() throws Exception {
    Path detectors = write("detectors.properties", "EMPLOYEE_ID=EMP-[0-9]{6}\n");
    Path file = write("hr.txt", "badge EMP-123456 issued\n");

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(), file.toString());

    assertThat(result.status()).isEqualTo(1);
    JsonNode finding = FindingLines.of(result.out()).get(0);
    assertThat(finding.get("type").asText()).isEqualTo("EMPLOYEE_ID");
    assertThat(finding.get("preview").asText()).isEqualTo("E***");
  }

  @Test
  void brokenCustomDetectorFileIsAUsageError() throws Exception {
    Path detectors = write("broken.properties", "no equals sign here\n");

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(), "-");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("piiguard scan: --detectors ").contains("broken.properties:1").endsWith("\n");
    assertThat(result.err().lines()).hasSize(1);
  }

  @Test
  void aCustomDetectorFileThatIsNotUtf8IsSaidToBeSo() throws Exception {
    Path detectors = folder.resolve("latin1.properties");
    Files.write(detectors, new byte[] {'I', 'D', '=', (byte) 0xE9, '[', '0', '-', '9', ']', '\n'});

    CommandLine.Result result = CommandLine.run("scan", "--detectors", detectors.toString(), "-");

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("latin1.properties: cannot read it (it is not UTF-8 text)");
  }

  @Test
  void offsetsCountCharsAfterAByteOrderMarkAndIgnoreCarriageReturns() throws Exception {
    Path file = folder.resolve("windows.txt");
    Files.write(file, ("\uFEFFé " + EMAIL + "\r\nnext " + EMAIL + "\r\n").getBytes(StandardCharsets.UTF_8));

    List<JsonNode> findings = FindingLines.of(CommandLine.run("scan", file.toString()).out());

    assertThat(findings).extracting(f -> f.get("line").asInt() + ":" + f.get("start").asInt() + "-" + f.get("end").asInt())
        .containsExactly("1:2-25", "2:5-28");
  }

  @Test
  void valuesOnAVeryLongLineAreEachReportedOnceWithTheirOffsets() throws Exception {
    int length = 3 * TextWindows.MAX_WINDOW + 12_345;
    char[] line = "lorem ipsum dolor sit amet ".repeat(length / 27 + 1).substring(0, length).toCharArray();
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (int at = 50; at < length - 100; at += 99_991) {
      starts.add(at);
    }
    int step = TextWindows.MAX_WINDOW - 2 * TextWindows.CONTEXT;
    for (int k = 0; k < 3; k++) {
      int accepted = (k + 1) * step + TextWindows.CONTEXT;
      int windowEnd = k * step + TextWindows.MAX_WINDOW;
      starts.addAll(List.of(accepted - 10, accepted + 100, windowEnd - 10));
    }
    for (int start : starts) {
      line[start - 1] = ' ';
      EMAIL.getChars(0, EMAIL.length(), line, start);
      line[start + EMAIL.length()] = ' ';
    }
    Path file = write("long.txt", new String(line) + "\n");

    List<JsonNode> findings = FindingLines.of(CommandLine.run("scan", file.toString()).out());

    assertThat(findings).extracting(f -> f.get("start").asInt()).containsExactlyElementsOf(starts);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.get("line").asInt()).isEqualTo(1);
      assertThat(f.get("end").asInt() - f.get("start").asInt()).isEqualTo(EMAIL.length());
    });
  }

  private Path write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

}
