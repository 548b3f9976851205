package dev.piiguard.spotbugs;

import dev.piiguard.spotbugs.samples.AnthropicSamples;
import dev.piiguard.spotbugs.samples.AzureOpenAiSamples;
import dev.piiguard.spotbugs.samples.GoogleGenAiSamples;
import dev.piiguard.spotbugs.samples.LangChain4jSamples;
import dev.piiguard.spotbugs.samples.OpenAiSamples;
import dev.piiguard.spotbugs.samples.SpringAiSamples;
import org.junit.jupiter.api.Test;

class SensitiveDataToAiApiDetectorTest {

  @Test
  void openAiChatResponsesAndEmbeddings() {
    SampleFindings.assertMatchesMarkers(OpenAiSamples.class);
  }

  @Test
  void anthropicMessages() {
    SampleFindings.assertMatchesMarkers(AnthropicSamples.class);
  }

  @Test
  void langChain4jModelsMessagesAndAiServices() {
    SampleFindings.assertMatchesMarkers(LangChain4jSamples.class);
  }

  @Test
  void springAiChatClient() {
    SampleFindings.assertMatchesMarkers(SpringAiSamples.class);
  }

  @Test
  void googleGenAiGenerateContent() {
    SampleFindings.assertMatchesMarkers(GoogleGenAiSamples.class);
  }

  @Test
  void azureOpenAiMessagesCompletionsAndEmbeddings() {
    SampleFindings.assertMatchesMarkers(AzureOpenAiSamples.class);
  }
}
