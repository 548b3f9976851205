package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue the user names but the plugin cannot use stops the analysis: SpotBugs goes on after
 * a detector's exception, which would pass the build without a single finding.
 */
class UnreadableCatalogueTest {

  @Test
  void aMissingCatalogueFileStopsTheAnalysisAndIsNamed(@TempDir Path folder) {
    Path missing = folder.resolve("piiguard-sinks.txt");

    assertThatThrownBy(() -> analyseWithCatalogue(missing))
        .hasStackTraceContaining("PII Guard could not read its catalogue")
        .hasStackTraceContaining(missing.toAbsolutePath().toString());
  }

  @Test
  void aMalformedRuleStopsTheAnalysisAndNamesItsLine(@TempDir Path folder) throws Exception {
    Path catalogue = folder.resolve("piiguard-sinks.txt");
    Files.writeString(catalogue, "# my sinks\nsink PII_TO_LOG com.acme.Audit#record args\nsinc PII_TO_LOG a.B#c args\n");

    assertThatThrownBy(() -> analyseWithCatalogue(catalogue))
        .hasStackTraceContaining("PII Guard could not read its catalogue")
        .hasStackTraceContaining(catalogue + ":3");
  }

  private static void analyseWithCatalogue(Path catalogue) throws Exception {
    Path sample = Path.of(System.getProperty("piiguard.samples.classes", "target/test-classes"),
        SampleFindings.SAMPLES_PACKAGE, "LoggingApiSamples.class");
    System.setProperty("piiguard.catalogue", catalogue.toString());
    try {
      SpotBugsRun.analyse(List.of(sample));
    } finally {
      System.clearProperty("piiguard.catalogue");
    }
  }
}
