package dev.piiguard.demo.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedAiServerTest {
  private EmbeddedAiServer server;
  private OpenAIClient openAi;

  @BeforeEach
  void startServer() throws Exception {
    server = EmbeddedAiServer.start();
    openAi = OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("test-key").maxRetries(0).build();
  }

  @AfterEach
  void stopServer() {
    openAi.close();
    server.close();
  }

  private static ChatCompletionCreateParams question(String text) {
    return ChatCompletionCreateParams.builder().model("demo-echo-1").addSystemMessage("be brief").addUserMessage(text).build();
  }

  @Test
  void openAiClientGetsTheUserMessageEchoedBack() {
    String reply = openAi.chat().completions().create(question("where is order A-7?")).choices().get(0).message().content().orElseThrow();

    assertThat(reply).endsWith("where is order A-7?");
    assertThat(server.received().bodies()).singleElement().asString().contains("where is order A-7?");
  }

  @Test
  void streamedReplyArrivesInManySmallPiecesThatJoinToTheEcho() {
    String joined;
    long pieces;
    try (StreamResponse<ChatCompletionChunk> stream = openAi.chat().completions().createStreaming(question("a longer question about order A-7"))) {
      var texts = stream.stream()
          .flatMap(chunk -> chunk.choices().stream())
          .flatMap(choice -> choice.delta().content().stream())
          .collect(Collectors.toList());
      joined = String.join("", texts);
      pieces = texts.size();
    }

    assertThat(joined).endsWith("a longer question about order A-7");
    assertThat(pieces).isGreaterThan(10);
    assertThat(server.received().bodies()).singleElement().asString().contains("\"stream\":true");
  }

  @Test
  void langChainModelGetsTheUserMessageEchoedBack() {
    OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl()).apiKey("test-key").modelName("demo-echo-1").maxRetries(0).build();

    assertThat(model.chat("suggest a grinder")).endsWith("suggest a grinder");
  }

  @Test
  void requestWithoutMessagesIsRefusedButRecorded() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(server.received().bodies()).containsExactly("{}");
  }

  @Test
  void describeShowsTheUserMessageOfAChatRequestAndAnythingElseAsItIs() {
    assertThat(EmbeddedAiServer.describe("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")).isEqualTo("user: hi");
    assertThat(EmbeddedAiServer.describe("plain")).isEqualTo("plain");
  }
}
