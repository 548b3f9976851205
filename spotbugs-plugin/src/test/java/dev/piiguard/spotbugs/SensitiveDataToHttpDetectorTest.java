package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.HttpClientSamples;
import dev.piiguard.spotbugs.samples.SerializationSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToHttpDetectorTest {

  @Test
  void everyHttpClientOfTheCatalogueIsASinkAndAiHostsAreAiApis() {
    SampleFindings.assertMatchesMarkers(HttpClientSamples.class);
  }

  @Test
  void applicationObjectsSerialisedIntoARequestSendEveryProperty() {
    // review s31b: objectMapper.writeValueAsString(dto) was not followed into the body
    SampleFindings.assertMatchesMarkers(SerializationSamples.class);
  }
}
