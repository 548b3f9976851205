package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.ExceptionSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataInExceptionDetectorTest {

  @Test
  void sensitiveValuesInExceptionMessagesAreReported() {
    SampleFindings.assertMatchesMarkers(ExceptionSamples.class);
  }
}
