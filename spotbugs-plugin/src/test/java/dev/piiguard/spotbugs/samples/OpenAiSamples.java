package dev.piiguard.spotbugs.samples;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.ResponseCreateParams;

/** The OpenAI Java SDK: chat completions, responses and embeddings. */
public class OpenAiSamples {

  void chatCompletion(OpenAIClient client, Customer customer) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O)
            // BUG: PII_TO_AI_API
            .addUserMessage("Write a thank-you note to " + customer.email())
            .addUserMessage("Write a thank-you note for order " + customer.id())
            .build();
    client.chat().completions().create(params);
  }

  void responses(OpenAIClient client, Customer customer) {
    // BUG: PII_TO_AI_API
    client.responses().create(ResponseCreateParams.builder().model(ChatModel.GPT_4O).input(customer.email()).build());
    client.responses().create(ResponseCreateParams.builder().model(ChatModel.GPT_4O).input(customer.id()).build());
  }

  boolean moderation(OpenAIClient client, Customer customer) {
    var params = com.openai.models.moderations.ModerationCreateParams.builder()
        .model(com.openai.models.moderations.ModerationModel.OMNI_MODERATION_LATEST)
        // BUG: PII_TO_AI_API
        .input(customer.email() + " wrote this")
        .build();
    return client.moderations().create(params).results().get(0).flagged();
  }

  void embeddings(OpenAIClient client, Customer customer) {
    // BUG: PII_TO_AI_API
    client.embeddings().create(EmbeddingCreateParams.builder().model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL).input(customer.email()).build());
  }

  void endUserIdBeforeASinkOfTheChain(OpenAIClient client, Customer customer, String question) {
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(ChatModel.GPT_4O)
            .user(customer.email())
            .addUserMessage(question)
            .build();
    // BUG: PII_TO_AI_API
    client.chat().completions().create(params);
  }

  void streaming(OpenAIClient client, Customer customer) {
    ChatCompletionCreateParams.Builder builder = ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O);
    builder.safetyIdentifier(customer.email());
    // BUG: PII_TO_AI_API
    client.chat().completions().createStreaming(builder.build());
  }
}
