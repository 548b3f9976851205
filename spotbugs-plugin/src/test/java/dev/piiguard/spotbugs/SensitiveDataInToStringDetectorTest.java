package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.Customer;
import org.junit.jupiter.api.Test;

class SensitiveDataInToStringDetectorTest {

  @Test
  void recordWithSensitiveComponentHasLeakingToString() {
    SampleFindings.assertMatchesMarkers(Customer.class);
  }
}
