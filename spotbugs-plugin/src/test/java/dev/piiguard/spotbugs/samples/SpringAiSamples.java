package dev.piiguard.spotbugs.samples;

import org.springframework.ai.chat.client.ChatClient;

/** Spring AI's ChatClient: prompt, user and system text. */
public class SpringAiSamples {

  String user(ChatClient chatClient, Customer customer) {
    // BUG: PII_TO_AI_API
    return chatClient.prompt().user("Draft a reply to " + customer.email()).call().content();
  }

  String userSpec(ChatClient chatClient, Customer customer) {
    // BUG: PII_TO_AI_API
    return chatClient.prompt().user(spec -> spec.text("Reply to {who}").param("who", customer.email())).call().content();
  }

  String system(ChatClient chatClient, Customer customer) {
    // BUG: PII_TO_AI_API
    return chatClient.prompt("hello").system("The customer is " + customer.email()).call().content();
  }

  String clean(ChatClient chatClient, Customer customer) {
    return chatClient.prompt().user("Draft a reply about order " + customer.id()).call().content();
  }

  float[] embedding(org.springframework.ai.embedding.EmbeddingModel embeddings, Customer customer) {
    // BUG: PII_TO_AI_API
    return embeddings.embed(customer.email() + " likes hiking boots");
  }
}
