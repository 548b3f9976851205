package dev.piiguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HostGlobTest {

  @Test
  void literalMatchesOnlyItself() {
    HostGlob glob = HostGlob.of("api.openai.com");
    assertThat(glob.matches("api.openai.com")).isTrue();
    assertThat(glob.matches("api.openai.com.evil.example")).isFalse();
    assertThat(glob.matches("xapi.openai.com")).isFalse();
  }

  @Test
  void leadingStarMatchesAnySubdomainButNotTheBareDomain() {
    HostGlob glob = HostGlob.of("*.openai.azure.com");
    assertThat(glob.matches("eu.openai.azure.com")).isTrue();
    assertThat(glob.matches("a.b.openai.azure.com")).isTrue();
    assertThat(glob.matches("openai.azure.com")).isFalse();
  }

  @Test
  void starInsideALabelMatchesRegionPrefixes() {
    HostGlob glob = HostGlob.of("*-aiplatform.googleapis.com");
    assertThat(glob.matches("us-central1-aiplatform.googleapis.com")).isTrue();
    assertThat(glob.matches("aiplatform.googleapis.com")).isFalse();
  }

  @Test
  void patternIsReadWithoutRegardToCase() {
    assertThat(HostGlob.of(" API.Example.COM ").matches("api.example.com")).isTrue();
  }

  @Test
  void blankOrForeignCharactersAreRejected() {
    assertThatThrownBy(() -> HostGlob.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HostGlob.of("a/b")).isInstanceOf(IllegalArgumentException.class);
  }
}
