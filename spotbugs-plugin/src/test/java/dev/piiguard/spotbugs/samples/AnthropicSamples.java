package dev.piiguard.spotbugs.samples;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Metadata;
import com.anthropic.models.messages.Model;

/** The Anthropic Java SDK: messages. */
public class AnthropicSamples {

  void message(AnthropicClient client, Customer customer) {
    MessageCreateParams params =
        MessageCreateParams.builder()
            .model(Model.CLAUDE_SONNET_4_5)
            .maxTokens(512)
            // BUG: PII_TO_AI_API
            .addUserMessage("Classify the complaint of " + customer.email())
            .addUserMessage("Classify the complaint about order " + customer.id())
            .build();
    client.messages().create(params);
  }

  void system(AnthropicClient client, Customer customer) {
    // BUG: PII_TO_AI_API
    client.messages().create(MessageCreateParams.builder().model(Model.CLAUDE_SONNET_4_5).maxTokens(64).system("You answer " + customer.email()).addUserMessage("hi").build());
  }

  void userIdBeforeASinkOfTheChain(AnthropicClient client, Customer customer, String issue) {
    MessageCreateParams params =
        MessageCreateParams.builder()
            .model(Model.CLAUDE_SONNET_4_5)
            .maxTokens(512)
            .metadata(Metadata.builder().userId(customer.email()).build())
            .addUserMessage(issue)
            .build();
    // BUG: PII_TO_AI_API
    client.messages().createStreaming(params);
    client.messages().createStreaming(MessageCreateParams.builder().model(Model.CLAUDE_SONNET_4_5).maxTokens(64).addUserMessage(issue).build());
  }

  void betaMessages(AnthropicClient client, Customer customer) {
    // the beta namespace builds the same requests
    client.beta().messages().create(com.anthropic.models.beta.messages.MessageCreateParams.builder()
        .model(Model.CLAUDE_SONNET_4_5).maxTokens(64)
        // BUG: PII_TO_AI_API
        .addUserMessage("Summarise the case of " + customer.email())
        .build());
  }
}
