package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.HttpClientSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToHttpDetectorTest {

  @Test
  void everyHttpClientOfTheCatalogueIsASinkAndAiHostsAreAiApis() {
    SampleFindings.assertMatchesMarkers(HttpClientSamples.class);
  }
}
