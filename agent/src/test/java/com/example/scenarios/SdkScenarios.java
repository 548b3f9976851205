package com.example.scenarios;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * An AI application run in a forked JVM: asks openai-java (plain and streaming), anthropic-java and
 * LangChain4j's OpenAI model one question holding PII each, against {@code args[0]}, and prints
 * {@code OK name base64(answer)} or {@code FAIL name exceptionClass}. Further arguments name the
 * SDKs to ask (all four without).
 */
public final class SdkScenarios {
  public static final String EMAIL = "sam.canary@example.org";
  public static final String CARD = "5555 5555 5555 4444";
  public static final String PROMPT = "Please refund card " + CARD + " and confirm to " + EMAIL + ".";

  private SdkScenarios() {}

  private static Set<String> chosen = Set.of();

  public static void main(String[] arguments) {
    String base = arguments[0];
    chosen = Set.of(Arrays.copyOfRange(arguments, 1, arguments.length));
    run("openai", () -> {
      OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("sk-test").baseUrl(base + "/v1").build();
      ChatCompletion completion = client.chat().completions().create(openAiParams());
      return completion.choices().get(0).message().content().orElse("");
    });
    run("openai-stream", () -> {
      OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("sk-test").baseUrl(base + "/v1").build();
      StringBuilder answer = new StringBuilder();
      try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(openAiParams())) {
        stream.stream().forEach(chunk -> chunk.choices()
            .forEach(choice -> choice.delta().content().ifPresent(answer::append)));
      }
      return answer.toString();
    });
    run("anthropic", () -> {
      AnthropicClient client = AnthropicOkHttpClient.builder().apiKey("test-key").baseUrl(base).build();
      Message message = client.messages().create(MessageCreateParams.builder()
          .model("claude-test").maxTokens(100).addUserMessage(PROMPT).build());
      return message.content().get(0).asText().text();
    });
    run("langchain4j", () -> {
      OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(base + "/v1").apiKey("sk-test")
          .modelName("gpt-4o-mini").build();
      return model.chat(PROMPT);
    });
  }

  private static ChatCompletionCreateParams openAiParams() {
    return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage(PROMPT).build();
  }

  private interface Call {
    String answer() throws Exception;
  }

  private static void run(String name, Call call) {
    if (!chosen.isEmpty() && !chosen.contains(name)) {
      return;
    }
    try {
      String answer = call.answer();
      System.out.println("OK " + name + " "
          + Base64.getEncoder().encodeToString(answer.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      System.out.println("FAIL " + name + " " + e.getClass().getName());
    }
  }
}
