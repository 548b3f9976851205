package dev.piiguard.agent.it;

import static com.example.scenarios.ClientScenarios.CARD;
import static com.example.scenarios.ClientScenarios.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ClientScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenTelemetry Java agent and PII Guard on one JVM, in either order: requests are still
 * redacted and tokenized, and OpenTelemetry still produces a client span per request (written by
 * its logging exporter, no network).
 */
class OpenTelemetryCoexistenceIT {
  private static final String REDACTED_BODY =
      "{\"model\":\"m\",\"prompt\":\"Mail [EMAIL] about card [PAYMENT_CARD] today\"}";
  private static final List<String> CLIENTS = List.of("jdk-send", "huc", "okhttp");

  private static RecordingServer server;
  private static Path rules;

  @BeforeAll
  static void start() throws Exception {
    server = new RecordingServer();
    rules = Files.createTempFile("piiguard-otel-rules", ".properties");
    Files.writeString(rules, String.join("\n",
        "rule.redact.paths=/redact", "rule.redact.action=redact",
        "rule.tokenize.paths=/tokenize", "rule.tokenize.action=tokenize", ""));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    Files.deleteIfExists(rules);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"opentelemetry-first", "piiguard-first"})
  void bothAgentsDoTheirJob(String order) throws Exception {
    String otel = "-javaagent:" + Path.of(System.getProperty("piiguard.it.libs", "target/it-libs"),
        "opentelemetry", "opentelemetry-javaagent.jar");
    String piiguard = "-javaagent:" + ForkedJvm.agentJar() + "=config=" + rules + ",audit=none";
    ForkedJvm jvm = ForkedJvm.of(Path.of(System.getProperty("java.home")));
    for (String agent : order.equals("opentelemetry-first") ? List.of(otel, piiguard) : List.of(piiguard, otel)) {
      jvm.jvmOption(agent);
    }
    jvm.jvmOption("-Dotel.traces.exporter=logging")
        .jvmOption("-Dotel.metrics.exporter=none")
        .jvmOption("-Dotel.logs.exporter=none")
        .jvmOption("-Dotel.service.name=piiguard-it");
    List<String> arguments = new ArrayList<>(List.of(server.baseUrl(), order));
    for (String client : CLIENTS) {
      arguments.add(client + "/redact");
      arguments.add(client + "/tokenize");
    }

    ForkedJvm.Result result = jvm.run(ClientScenarios.class.getName(), 180, arguments.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]");
    var outcomes = ScenarioOutput.parse(result.stdout());
    for (String client : CLIENTS) {
      assertThat(server.receivedOn("/redact/" + client + "/" + order)).singleElement()
          .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(REDACTED_BODY));
      assertThat(server.receivedOn("/tokenize/" + client + "/" + order)).singleElement()
          .satisfies(r -> assertThat(r.bodyText()).as(client).doesNotContain(EMAIL, CARD));
      assertThat(outcomes.get(client + "/tokenize").text()).as(client).isEqualTo(ClientScenarios.BODY);
      assertThat(server.receivedOn("/tokenize/" + client + "/" + order).get(0).headers())
          .as("trace context propagated by OpenTelemetry").containsKey("Traceparent");
    }
    assertThat(result.stderr())
        .contains("CLIENT [tracer: io.opentelemetry.java-http-client:")
        .contains("CLIENT [tracer: io.opentelemetry.http-url-connection:")
        .contains("CLIENT [tracer: io.opentelemetry.okhttp-3.0:");
    assertThat(result.stderr().lines().filter(line -> line.contains("LoggingSpanExporter") && line.contains(" CLIENT ")))
        .hasSize(CLIENTS.size() * 2);
  }
}
