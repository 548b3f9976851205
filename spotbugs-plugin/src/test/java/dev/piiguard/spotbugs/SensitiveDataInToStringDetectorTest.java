package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.Customer;
import dev.piiguard.spotbugs.samples.ToStringSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataInToStringDetectorTest {

  @Test
  void recordWithSensitiveComponentHasLeakingToString() {
    SampleFindings.assertMatchesMarkers(Customer.class);
  }

  @Test
  void handWrittenRecordAndLombokToStringsAreCheckedAndLoggingThemIsReported() {
    SampleFindings.assertMatchesMarkers(ToStringSamples.class);
  }
}
