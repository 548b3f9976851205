package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.CustomCatalogueSamples;
import org.junit.jupiter.api.Test;

class CatalogueExtensionTest {

  @Test
  void sinksAndSanitizersFromTheProjectCatalogueApplyWithoutRecompiling() {
    SampleFindings.assertMatchesMarkers(CustomCatalogueSamples.class);
  }
}
