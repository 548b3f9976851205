package dev.piiguard.spotbugs;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Samples using Java 21 language features, compiled by a JDK 21+ compiler with {@code --release 21}
 * (profile {@code java21-samples}, active where that JDK is installed).
 */
@EnabledIfSystemProperty(named = "piiguard.java21.samples.sources", matches = ".+")
class Java21FeaturesTest {
  private static final String SAMPLE = "dev.piiguard.spotbugs.samples21.PatternMatchingSamples";

  @Test
  void recordPatternsAndPatternMatchingForSwitchAreFollowed() {
    Path sources = Paths.get(System.getProperty("piiguard.java21.samples.sources"));
    Path classes = Paths.get(System.getProperty("piiguard.samples.classes", "target/test-classes"));

    SampleFindings.assertMatchesMarkers(
        SAMPLE,
        sources.resolve(SAMPLE.replace('.', '/') + ".java"),
        SampleFindings.run(classes, SampleFindings.JAVA21_SAMPLES_PACKAGE));
  }
}
