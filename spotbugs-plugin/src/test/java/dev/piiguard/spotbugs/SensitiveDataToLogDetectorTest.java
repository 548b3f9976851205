package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.Slf4jLogSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToLogDetectorTest {

  @Test
  void slf4jCallsWithSensitiveValuesAreReportedAndOthersAreNot() {
    SampleFindings.assertMatchesMarkers(Slf4jLogSamples.class);
  }
}
