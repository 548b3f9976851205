package dev.piiguard.spotbugs.samples;

import com.azure.ai.openai.OpenAIAsyncClient;
import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.models.ChatCompletionsOptions;
import com.azure.ai.openai.models.ChatMessageContentItem;
import com.azure.ai.openai.models.ChatMessageTextContentItem;
import com.azure.ai.openai.models.ChatRequestMessage;
import com.azure.ai.openai.models.ChatRequestSystemMessage;
import com.azure.ai.openai.models.ChatRequestUserMessage;
import com.azure.ai.openai.models.EmbeddingsOptions;
import com.azure.core.util.BinaryData;
import com.azure.core.http.rest.RequestOptions;
import java.util.ArrayList;
import java.util.List;

/** The Azure OpenAI client (com.azure:azure-ai-openai): chat messages, completions, embeddings. */
public class AzureOpenAiSamples {

  void chatMessages(OpenAIClient client, Customer customer) {
    List<ChatRequestMessage> messages = new ArrayList<>();
    messages.add(new ChatRequestSystemMessage("You write thank-you notes."));
    // BUG: PII_TO_AI_API
    messages.add(new ChatRequestUserMessage("Write a thank-you note to " + customer.email()));
    messages.add(new ChatRequestUserMessage("Write a thank-you note for order " + customer.id()));
    client.getChatCompletions("gpt-4o", new ChatCompletionsOptions(messages));
  }

  void contentItems(OpenAIAsyncClient client, Customer customer) {
    List<ChatMessageContentItem> items = new ArrayList<>();
    // BUG: PII_TO_AI_API
    items.add(new ChatMessageTextContentItem("Summarise the ticket of " + customer.email()));
    items.add(new ChatMessageTextContentItem("Summarise ticket " + customer.id()));
    List<ChatRequestMessage> messages = List.of(new ChatRequestUserMessage(items));
    client.getChatCompletionsStream("gpt-4o", new ChatCompletionsOptions(messages));
  }

  void endUserId(OpenAIClient client, Customer customer) {
    ChatCompletionsOptions options = new ChatCompletionsOptions(List.of(new ChatRequestUserMessage("Hello")));
    // BUG: PII_TO_AI_API
    options.setUser(customer.email());
    options.setModel("gpt-4o");
    client.getChatCompletions("gpt-4o", options);
  }

  void completionPrompt(OpenAIClient client, Customer customer) {
    // BUG: PII_TO_AI_API
    client.getCompletions("gpt-35-turbo-instruct", "Greet " + customer.email());
    client.getCompletions("gpt-35-turbo-instruct", "Greet customer " + customer.id());
  }

  void embeddings(OpenAIClient client, Customer customer) {
    // BUG: PII_TO_AI_API
    client.getEmbeddings("text-embedding-3-small", new EmbeddingsOptions(List.of(customer.email())));
    client.getEmbeddings("text-embedding-3-small", new EmbeddingsOptions(List.of(customer.id())));
  }

  void rawRequestBody(OpenAIClient client, Customer customer) {
    BinaryData body = BinaryData.fromString("{\"messages\":[{\"role\":\"user\",\"content\":\"" + customer.email() + "\"}]}");
    // BUG: PII_TO_AI_API
    client.getChatCompletionsWithResponse("gpt-4o", body, new RequestOptions());
  }
}
