package dev.piiguard.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.known.KnownValues;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A scanner with known values reports them among the detectors' findings, in order, without overlaps. */
class KnownValuesScanTest {
  private final KnownValues known = KnownValues.withCapacity(100);

  @Test
  void reportsKnownValuesAmongTheDetectorsFindings() {
    known.add("Jane Doe", "PERSON_NAME");
    known.add("12 Elm Street, Springfield", "POSTAL_ADDRESS");
    PiiScanner scanner = PiiScanner.builder().withKnownValues(known).build();
    String text = "Ship to Jane Doe, 12 Elm Street, Springfield; mail jane@example.com";

    assertThat(scanner.scan(text)).containsExactly(
        new Finding("PERSON_NAME", 8, 16), new Finding("POSTAL_ADDRESS", 18, 44), new Finding("EMAIL", 51, 67));
    byte[] utf8 = ("é" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.scanUtf8(utf8, 0, utf8.length)).containsExactly(
        new Finding("PERSON_NAME", 10, 18), new Finding("POSTAL_ADDRESS", 20, 46), new Finding("EMAIL", 53, 69));
  }

  @Test
  void aDetectorWinsAtEqualLengthAndTheLongerWinsOtherwise() {
    known.add("jane@example.com", "OTHER");
    known.add("Jane Doe jane@example.com", "OTHER");
    PiiScanner scanner = PiiScanner.builder().withKnownValues(known).build();

    assertThat(scanner.scan("to jane@example.com")).containsExactly(new Finding("EMAIL", 3, 19));
    assertThat(scanner.scan("to Jane Doe jane@example.com")).containsExactly(new Finding("OTHER", 3, 28));
  }

  @Test
  void valuesAddedAfterTheScannerWasBuiltAreFound() {
    PiiScanner scanner = PiiScanner.builder().withKnownValues(known).build();
    assertThat(scanner.scan("for Jane Doe")).isEmpty();

    known.add("Jane Doe", "PERSON_NAME");

    assertThat(scanner.scan("for Jane Doe")).containsExactly(new Finding("PERSON_NAME", 4, 12));
  }

  @Test
  void knownValuesAndCustomDetectorsAreReportedTogetherInOrder() {
    known.add("Jane Doe", "PERSON_NAME");
    known.add("Anna Smith", "PERSON_NAME");
    PiiScanner scanner = PiiScanner.builder().withoutDefaults().withKnownValues(known)
        .addPattern("EMPLOYEE_ID", "EMP-\\d{6}").build();
    String text = "Anna Smith (EMP-123456) and Jane Doe (EMP-654321)";

    assertThat(scanner.scan(text)).containsExactly(new Finding("PERSON_NAME", 0, 10),
        new Finding("EMPLOYEE_ID", 12, 22), new Finding("PERSON_NAME", 28, 36), new Finding("EMPLOYEE_ID", 38, 48));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(scanner.scanUtf8(utf8, 0, utf8.length)).isEqualTo(scanner.scan(text));
  }
}
