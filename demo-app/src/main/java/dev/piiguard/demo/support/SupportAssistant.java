package dev.piiguard.demo.support;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.piiguard.demo.shop.Customer;
import dev.piiguard.demo.shop.Order;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a shopper's question with a chat model through openai-java, streaming the reply. */
public final class SupportAssistant {
  private static final Logger log = LoggerFactory.getLogger(SupportAssistant.class);
  private static final String SYSTEM_PROMPT =
      "You are the friendly support assistant of Crema & Co, a shop for coffee equipment.";

  private final OpenAIClient client;
  private final String model;

  public SupportAssistant(OpenAIClient client, String model) {
    this.client = client;
    this.model = model;
  }

  /** Streams the answer to {@code onText} piece by piece and returns it whole. */
  public String answer(Customer customer, Order order, String question, Consumer<String> onText) {
    // LEAK: PII_TO_LOG
    log.info("support request about order {} from {}", order.id(), customer.email());
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(model)
            .addSystemMessage(SYSTEM_PROMPT)
            // LEAK: PII_TO_AI_API
            .addUserMessage("Customer " + customer.email() + " asks about order " + order.id() + ": " + question)
            .build();
    StringBuilder answer = new StringBuilder();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
      stream.stream()
          .flatMap(chunk -> chunk.choices().stream())
          .flatMap(choice -> choice.delta().content().stream())
          .forEach(
              text -> {
                answer.append(text);
                onText.accept(text);
              });
    }
    return answer.toString();
  }
}
