package dev.piiguard.agent.it;

import static com.example.scenarios.ClientScenarios.CARD;
import static com.example.scenarios.ClientScenarios.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ClientScenarios;
import com.example.scenarios.SdkScenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application packaged as a Spring Boot executable jar and started with {@code java -jar}:
 * its libraries are defined by the launcher's class loader from {@code BOOT-INF/lib}, out of
 * sight of the class loader that defines PII Guard's classes. Every instrumented library applies
 * every action there as it does on the class path (review s33f: their requests went out
 * uninspected).
 */
class SpringBootJarIT {
  private static final List<String> CLIENTS = List.of("okhttp", "okhttp-stream", "apache5", "apache5-stream",
      "apache4", "apache4-stream", "netty", "netty-chunked", "webclient");
  /** Where the libraries that {@code ClientScenarios} calls live in a Maven repository. */
  private static final List<String> LIBRARY_FOLDERS = List.of("/com/squareup/", "/org/jetbrains/",
      "/org/apache/httpcomponents/", "/commons-codec/", "/commons-logging/", "/io/netty/",
      "/io/projectreactor/", "/org/reactivestreams/", "/org/springframework/", "/io/micrometer/", "/org/slf4j/");

  /** Where openai-java and what it needs live. */
  private static final List<String> OPENAI_FOLDERS = List.of("/com/openai/", "/com/fasterxml/", "/com/squareup/",
      "/org/jetbrains/", "/com/github/victools/", "/io/swagger/", "/com/google/errorprone/");

  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();
  private static Path work;
  private static Path jar;
  private static Path aiJar;

  @BeforeAll
  static void packageTheApplication() throws Exception {
    work = Files.createTempDirectory("piiguard-boot-it");
    ActionAssertions.writeRules(work.resolve("rules.properties"));
    Path testClasses = Path.of(ClientScenarios.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    jar = SpringBootJar.write(work.resolve("shop.jar"), ClientScenarios.class.getName(), testClasses,
        ClientScenarios.class.getPackageName(), SpringBootJar.librariesOnClasspath(LIBRARY_FOLDERS));
    aiJar = SpringBootJar.write(work.resolve("assistant.jar"), SdkScenarios.class.getName(), testClasses,
        SdkScenarios.class.getPackageName(), SpringBootJar.librariesOnClasspath(OPENAI_FOLDERS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.piiguard.agent.it.ForkedJvm#javaHomes")
  void everyLibraryInBootInfLibAppliesEveryAction(Path javaHome) throws Exception {
    String tag = "boot-" + javaHome.getFileName();
    Path audit = work.resolve("audit-" + tag + ".jsonl");
    List<String> arguments = new ArrayList<>(List.of(server.baseUrl(), tag));
    for (String client : CLIENTS) {
      for (String action : ActionAssertions.ACTIONS) {
        arguments.add(client + "/" + action);
      }
    }

    ForkedJvm.Result result = ForkedJvm.of(javaHome)
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=" + audit)
        .jvmOption("--enable-native-access=ALL-UNNAMED")
        .runJar(jar, 120, arguments.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("WARNING", "[piiguard]");
    Map<String, ScenarioOutput.Outcome> outcomes = ScenarioOutput.parse(result.stdout());
    for (String client : CLIENTS) {
      ActionAssertions.assertEveryAction(server, client, tag, outcomes);
    }
    String auditText = Files.readString(audit, StandardCharsets.UTF_8);
    assertThat(auditText).doesNotContain(EMAIL, CARD, "4111111111111111", "jane.canary");
    // allow: none; monitor, redact, tokenize, block: one each per client
    assertThat(auditText.lines()).hasSize(CLIENTS.size() * 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.piiguard.agent.it.ForkedJvm#javaHomes")
  void openAiJavaInBootInfLibIsTokenizedAndItsAnswerRestored(Path javaHome) throws Exception {
    Path audit = work.resolve("audit-ai-" + javaHome.getFileName() + ".jsonl");
    try (EchoingAiServer ai = new EchoingAiServer()) {
      ForkedJvm.Result result = ForkedJvm.of(javaHome)
          .withAgent("ai-hosts=127.0.0.1,ai-action=tokenize,audit=" + audit)
          .runJar(aiJar, 120, ai.baseUrl(), "openai", "openai-stream");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stderr()).as(result.toString()).doesNotContain("WARNING", "[piiguard]", EMAIL, CARD);
      Map<String, ScenarioOutput.Outcome> outcomes = ScenarioOutput.parse(result.stdout());
      for (String sdk : List.of("openai", "openai-stream")) {
        assertThat(outcomes.get(sdk)).as(sdk + "\n" + result).isNotNull();
        assertThat(outcomes.get(sdk).text()).as(sdk).isEqualTo("You said: " + SdkScenarios.PROMPT);
      }
      assertThat(ai.received()).hasSize(2).allSatisfy(body -> assertThat(body)
          .doesNotContain(SdkScenarios.EMAIL, SdkScenarios.CARD, "5555555555554444").contains("EMAIL_"));
      assertThat(Files.readString(audit).lines()).hasSize(2).allSatisfy(event -> assertThat(event)
          .contains("\"client\":\"okhttp\"", "\"outcome\":\"tokenized\"")
          .doesNotContain(SdkScenarios.EMAIL, SdkScenarios.CARD));
    }
  }
}
