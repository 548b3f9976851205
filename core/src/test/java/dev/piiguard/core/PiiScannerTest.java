package dev.piiguard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.piiguard.core.detect.RegexBudgetExceededException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PiiScannerTest {
  private static final String TEXT =
      "Hi, I'm jane@example.com, card 4111 1111 1111 1111, IBAN GB82WEST12345698765432.";

  @Test
  void scanReturnsSortedFindingsWithOffsets() {
    List<Finding> findings = PiiScanner.defaults().scan(TEXT);

    assertThat(findings).containsExactly(
        new Finding(EntityTypes.EMAIL, 8, 24),
        new Finding(EntityTypes.PAYMENT_CARD, 31, 50),
        new Finding(EntityTypes.IBAN, 57, 79));
  }

  @Test
  void cleanTextHasNoFindings() {
    assertThat(PiiScanner.defaults().scan("We shipped 12 boxes on 2024-05-01 for $1,299.99."))
        .isEmpty();
  }

  @Test
  void listenerReceivesTheSameFindingsInOrder() {
    List<Finding> seen = new ArrayList<>();
    PiiScanner.defaults().scan(TEXT, (type, start, end) -> seen.add(new Finding(type, start, end)));

    assertThat(seen).isEqualTo(PiiScanner.defaults().scan(TEXT));
  }

  @Test
  void utf8OffsetsAreIndexesIntoTheArray() {
    byte[] bytes = ("ünïcödé " + TEXT).getBytes(StandardCharsets.UTF_8);
    int offset = "ünïcödé ".getBytes(StandardCharsets.UTF_8).length;

    List<Finding> findings = PiiScanner.defaults().scanUtf8(bytes, 3, bytes.length - 3);

    assertThat(findings).extracting(Finding::type)
        .containsExactly(EntityTypes.EMAIL, EntityTypes.PAYMENT_CARD, EntityTypes.IBAN);
    assertThat(new String(bytes, findings.get(0).start(), findings.get(0).length(),
        StandardCharsets.UTF_8)).isEqualTo("jane@example.com");
    assertThat(findings.get(0).start()).isEqualTo(offset + 8);
  }

  @Test
  void scanningAStringBuilderFindsTheSameAsAString() {
    assertThat(PiiScanner.defaults().scan(new StringBuilder(TEXT)))
        .isNotEmpty()
        .isEqualTo(PiiScanner.defaults().scan(TEXT));
  }

  @Test
  void addedPatternReportsItsIdAlongsideBuiltIns() {
    PiiScanner scanner = PiiScanner.builder().addPattern("EMPLOYEE_ID", "EMP-\\d{6}").build();

    assertThat(scanner.scan("EMP-123456 wrote from jane@example.com"))
        .containsExactly(new Finding("EMPLOYEE_ID", 0, 10), new Finding(EntityTypes.EMAIL, 22, 38));
  }

  @Test
  void withoutDefaultsOnlyCustomDetectorsRun() {
    PiiScanner scanner = PiiScanner.builder().withoutDefaults()
        .addPattern("EMPLOYEE_ID", "EMP-\\d{6}").build();

    assertThat(scanner.scan("EMP-123456 jane@example.com"))
        .containsExactly(new Finding("EMPLOYEE_ID", 0, 10));
  }

  @Test
  void customDetectorsComeFromAFileWithRegexBackslashesKept(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("detectors.properties");
    Files.writeString(file, "# ids and patterns\nEMPLOYEE_ID = EMP-\\d{6}\n\nBADGE=B\\d{4}\n");
    PiiScanner scanner = PiiScanner.builder().addCustomDetectors(file).build();

    assertThat(scanner.scan("EMP-123456 B1234"))
        .containsExactly(new Finding("EMPLOYEE_ID", 0, 10), new Finding("BADGE", 11, 16));
  }

  @Test
  void secretFormatsFromAFileAreFoundAsSecretsNextToTheBundledOnes(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("our-secret-formats.txt");
    Files.writeString(file, "# our keys\nacme-key  acme_live_  A-Za-z0-9  32  32\n");
    PiiScanner scanner = PiiScanner.builder().addSecretFormats(file).build();
    String acmeKey = "acme_live_" + "Ab3".repeat(10) + "xy";
    String awsKey = "AKIAIOSFODNN7EXAMPLE";

    assertThat(scanner.scan("key " + acmeKey + " and " + awsKey + "."))
        .containsExactly(new Finding("SECRET", 4, 4 + acmeKey.length()),
            new Finding("SECRET", 9 + acmeKey.length(), 9 + acmeKey.length() + awsKey.length()));
    assertThat(scanner.scan("key acme_live_" + "Ab3".repeat(10) + " is too short")).isEmpty();
    assertThat(PiiScanner.defaults().scan("key " + acmeKey)).isEmpty();
  }

  @Test
  void aBrokenOrMissingSecretFormatFileIsAnErrorThatNamesIt(@TempDir Path directory)
      throws IOException {
    Path file = directory.resolve("formats.txt");
    Files.writeString(file, "acme-key acme_ A-Za-z0-9 32 32\nbroken acme_ A-Z 32\n");

    assertThatThrownBy(() -> PiiScanner.builder().addSecretFormats(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("formats.txt:2");
    assertThatThrownBy(() -> PiiScanner.builder().addSecretFormats(directory.resolve("missing.txt")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.txt");
  }

  @Test
  void aBrokenCustomDetectorFileNamesTheLine(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("detectors.txt");
    Files.writeString(file, "GOOD=a+\nBAD=(unclosed\n");

    assertThatThrownBy(() -> PiiScanner.builder().addCustomDetectors(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detectors.txt:2")
        .hasMessageContaining("BAD");
  }

  @Test
  void configurationErrorsDoNotQuoteTheValuesARegexOrAFormatLists(@TempDir Path directory)
      throws IOException {
    // a block list of known values with a group left open, a format whose length is a card
    Throwable blockList = catchThrowable(() -> PiiScanner.builder()
        .addPattern("BLOCKED", "canary\\.leak@example\\.com|4111111111111111|("));
    Path formats = directory.resolve("formats.txt");
    Files.writeString(formats, "acme-key acme_ A-Za-z0-9 32 4111111111111111\n");
    Throwable format = catchThrowable(() -> PiiScanner.builder().addSecretFormats(formats));

    assertThat(blockList).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom detector BLOCKED has an invalid regex: Unclosed group near index 44");
    assertThat(format).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("formats.txt:1: min and max must be whole numbers");
    for (Throwable thrown : List.of(blockList, format)) {
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      assertThat(trace.toString()).doesNotContain("4111111111111111").doesNotContain("canary");
    }
  }

  @Test
  void overlappingCandidatesResolveToTheLongest() {
    PiiScanner scanner = PiiScanner.builder().addPattern("DOMAIN", "example\\.com")
        .addPattern("LONG_WORD", "[a-z]{10,}").build();

    assertThat(scanner.scan("jane@example.com abcdefghijklmno"))
        .containsExactly(new Finding(EntityTypes.EMAIL, 0, 16), new Finding("LONG_WORD", 17, 32));
  }

  @Test
  void aCustomMatchBeatenByOneThatLosesToAnEMailAddressIsStillFound() {
    PiiScanner scanner = PiiScanner.builder().addPattern("EMPLOYEE_ID", "EMP-\\d{6}")
        .addPattern("HANDLE", "\\d{6} [a-z]+").build();
    String text = "badge EMP-123456 jane.doe.smith@example.com";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);

    List<Finding> expected = List.of(new Finding("EMPLOYEE_ID", 6, 16),
        new Finding(EntityTypes.EMAIL, 17, 43));
    assertThat(scanner.scan(text)).isEqualTo(expected);
    assertThat(scanner.scanUtf8(utf8, 0, utf8.length)).isEqualTo(expected);
  }

  @Test
  void theOrderOfCustomPatternsDoesNotChangeWhatIsFound() {
    String text = "EMP-123456-XYZ-abcdefghijklmnop";
    List<Finding> forwards = PiiScanner.builder().withoutDefaults()
        .addPattern("A", "EMP-\\d{6}").addPattern("B", "\\d{6}-XYZ-a")
        .addPattern("C", "XYZ-[a-z]+").build().scan(text);
    List<Finding> backwards = PiiScanner.builder().withoutDefaults()
        .addPattern("C", "XYZ-[a-z]+").addPattern("B", "\\d{6}-XYZ-a")
        .addPattern("A", "EMP-\\d{6}").build().scan(text);

    assertThat(forwards).containsExactly(new Finding("A", 0, 10), new Finding("C", 11, 31))
        .isEqualTo(backwards);
  }

  @Test
  void aCustomPatternMatchesInvalidUtf8BytesAsItMatchesTheirDecodedText() {
    PiiScanner scanner = PiiScanner.builder().withoutDefaults().addPattern("ANY", "b.Z").build();
    byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x82, 'Z'};

    assertThat(scanner.scanUtf8(bytes, 0, bytes.length)).containsExactly(new Finding("ANY", 1, 5));
    assertThat(scanner.scan(new String(bytes, StandardCharsets.UTF_8)))
        .containsExactly(new Finding("ANY", 1, 4));
  }

  @Test
  void customPatternsMapToByteOffsetsAfterMultiByteCharacters() {
    PiiScanner scanner = PiiScanner.builder().addPattern("EMPLOYEE_ID", "EMP-\\d{6}").build();
    byte[] bytes = "日本 😀 EMP-123456".getBytes(StandardCharsets.UTF_8);

    List<Finding> findings = scanner.scanUtf8(bytes, 0, bytes.length);

    assertThat(findings).hasSize(1);
    assertThat(new String(bytes, findings.get(0).start(), findings.get(0).length(),
        StandardCharsets.UTF_8)).isEqualTo("EMP-123456");
  }

  @Test
  void aCustomMatchThatStartsInsideAnEmojiStartsAtTheEmojiOnBothPaths() {
    PiiScanner scanner = PiiScanner.builder().withoutDefaults()
        .addPattern("TAIL", "\\x{DE00}y").build();
    String text = "x\uD83D\uDE00y";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    List<Finding> chars = scanner.scan(text);
    List<Finding> utf8 = scanner.scanUtf8(bytes, 0, bytes.length);

    assertThat(chars).containsExactly(new Finding("TAIL", 1, 4));
    assertThat(utf8).containsExactly(new Finding("TAIL", 1, 6));
    assertThat(new String(bytes, 1, 5, StandardCharsets.UTF_8)).isEqualTo(text.substring(1, 4));
  }

  @Test
  void aCustomRegexThatBacktracksCatastrophicallyStopsTheScanWithAnExceptionThatNamesOnlyIt() {
    // (?:\w+\s?){1,30} tries every split of the 16-letter word into words: left alone, it reads
    // this text about 280 million times, past the 100 million the budget allows a short text
    PiiScanner scanner = PiiScanner.builder().addPattern("ORDER", "(?:\\w+\\s?){1,30}#\\d+")
        .build();
    String text = "order abcdefghijklmnop canary.7731@example.com";
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    List<Finding> reported = new ArrayList<>();

    assertThatThrownBy(() -> scanner.scan(text, (type, start, end) ->
        reported.add(new Finding(type, start, end))))
        .isInstanceOfSatisfying(RegexBudgetExceededException.class, e -> {
          assertThat(e.detectorId()).isEqualTo("ORDER");
          assertThat(e.getMessage()).startsWith("custom detector ORDER stopped: ");
          assertThat(e.toString()).doesNotContain("abcdefghijklmnop").doesNotContain("canary")
              .doesNotContain("7731");
          assertThat(e.getCause()).isNull();
        });
    assertThat(reported).isEmpty();
    assertThatThrownBy(() -> scanner.scanUtf8(utf8, 0, utf8.length))
        .isInstanceOf(RegexBudgetExceededException.class);
    assertThat(scanner.scan("order 42 #7 to jane@example.com"))
        .extracting(Finding::type).containsExactly("ORDER", EntityTypes.EMAIL);
  }

  @Test
  void everyBuiltInDetectorReportsItsEntityTypeId() {
    String text = "jane@example.com; +1 415 555 2671; 4111111111111111; GB82WEST12345698765432;"
        + " 123-45-6789; 10.0.0.1; AKIAIOSFODNN7EXAMPLE";

    assertThat(PiiScanner.defaults().scan(text)).extracting(Finding::type)
        .containsExactlyElementsOf(EntityTypes.builtIn());
  }

  @Test
  void aListenerMayScanAgainAndMayThrow() {
    List<String> inner = new ArrayList<>();
    PiiScanner.defaults().scan(TEXT, (type, start, end) ->
        PiiScanner.defaults().scan("bob@example.org", (t, s, e) -> inner.add(type + "/" + t)));

    assertThat(inner).containsExactly("EMAIL/EMAIL", "PAYMENT_CARD/EMAIL", "IBAN/EMAIL");
    assertThatThrownBy(() -> PiiScanner.defaults().scan(TEXT, (type, start, end) -> {
      throw new IllegalStateException("stop");
    })).hasMessage("stop");
    assertThat(PiiScanner.defaults().scan(TEXT)).hasSize(3);
  }

  @Test
  void builtInIdsAreTheEntityTypes() {
    assertThat(EntityTypes.builtIn()).containsExactly(
        "EMAIL", "PHONE", "PAYMENT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "SECRET");
  }
}
