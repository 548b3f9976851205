package dev.piiguard.agent.it;

import static com.example.scenarios.SdkScenarios.CARD;
import static com.example.scenarios.SdkScenarios.EMAIL;
import static com.example.scenarios.SdkScenarios.PROMPT;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.SdkScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real AI SDKs (openai-java with and without streaming, anthropic-java, LangChain4j's OpenAI
 * model) in a forked JVM with the agent in {@code tokenize} mode, against a loopback server that
 * echoes the prompt: the server never sees the values and the application gets them back.
 */
class AiSdkIT {

  static Stream<Path> javaHomes() {
    return ForkedJvm.javaHomes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void tokenizedPromptsComeBackWithTheOriginalValues(Path javaHome) throws Exception {
    Path audit = Files.createTempFile("piiguard-sdk-audit", ".jsonl");
    try (EchoingAiServer server = new EchoingAiServer()) {
      ForkedJvm.Result result = ForkedJvm.of(javaHome)
          .withAgent("ai-hosts=127.0.0.1,ai-action=tokenize,audit=" + audit)
          .run(SdkScenarios.class.getName(), 120, server.baseUrl());

      assertThat(result.exitCode()).as(result.toString()).isZero();
      Map<String, ScenarioOutput.Outcome> outcomes = ScenarioOutput.parse(result.stdout());
      for (String sdk : List.of("openai", "openai-stream", "anthropic", "langchain4j")) {
        assertThat(outcomes.get(sdk)).as(sdk + "\n" + result).isNotNull();
        assertThat(outcomes.get(sdk).ok()).as(sdk + "\n" + result).isTrue();
        assertThat(outcomes.get(sdk).text()).as(sdk).isEqualTo("You said: " + PROMPT);
      }
      assertThat(server.received()).hasSize(4).allSatisfy(body ->
          assertThat(body).doesNotContain(EMAIL, CARD, "5555555555554444").contains("EMAIL_"));
      String events = Files.readString(audit);
      assertThat(events.lines()).hasSize(4).allSatisfy(event -> assertThat(event)
          .contains("\"rule\":\"ai\"", "\"outcome\":\"tokenized\"", "\"frame\":\"com.example.scenarios.SdkScenarios.")
          .doesNotContain(EMAIL, CARD));
      assertThat(events).contains("\"client\":\"okhttp\"", "\"client\":\"jdk-httpclient\"");
      assertThat(result.stderr()).doesNotContain("WARNING", EMAIL, CARD);
    } finally {
      Files.deleteIfExists(audit);
    }
  }
}
