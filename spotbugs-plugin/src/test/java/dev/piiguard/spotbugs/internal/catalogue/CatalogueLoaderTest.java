package dev.piiguard.spotbugs.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

  @Test
  void filesNamedByThePropertyAddToTheBuiltInRules(@TempDir Path folder) throws Exception {
    Path first = Files.writeString(folder.resolve("first.txt"), "sink PII_TO_LOG com.example.Audit#write args\n");
    Path second = Files.writeString(folder.resolve("second.txt"), "sanitizer com.example.Masks#mask\n");

    Catalogue catalogue = CatalogueLoader.load(first + File.pathSeparator + second, name -> null);

    assertThat(catalogue.sinkCandidates("write")).extracting(rule -> rule.method().owner()).contains("com/example/Audit");
    assertThat(catalogue.sanitizerCandidates("mask")).isNotEmpty();
    assertThat(catalogue.sinkCandidates("info")).as("built-in rules stay").isNotEmpty();
  }

  @Test
  void projectResourceIsReadWhenTheClasspathHasIt() throws Exception {
    Catalogue catalogue =
        CatalogueLoader.load(
            null,
            name ->
                name.equals(CatalogueLoader.PROJECT_RESOURCE)
                    ? new ByteArrayInputStream("source com.example.Request#getRemoteAddr\n".getBytes(StandardCharsets.UTF_8))
                    : null);

    assertThat(catalogue.hasSourceNamed("getRemoteAddr")).isTrue();
  }
}
