package dev.piiguard.agent.it;

import static com.example.scenarios.ClientScenarios.BODY;
import static com.example.scenarios.ClientScenarios.CARD;
import static com.example.scenarios.ClientScenarios.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.RestoredReplyScenario;
import com.example.scenarios.SpringScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spring's {@code RestClient} and {@code RestTemplate} on their default request factories (the JDK
 * {@code HttpClient} and {@code HttpURLConnection}): each call is redacted, tokenized or blocked,
 * and inspected once, at the client it runs on.
 */
class SpringClientsIT {
  private static final String REDACTED_BODY =
      "{\"model\":\"m\",\"prompt\":\"Mail [EMAIL] about card [PAYMENT_CARD] today\"}";

  @Test
  void springClientsAreCoveredThroughTheClientTheyRunOn() throws Exception {
    Path rules = Files.createTempFile("piiguard-spring", ".properties");
    Path audit = Files.createTempFile("piiguard-spring-audit", ".jsonl");
    Files.writeString(rules, String.join("\n",
        "rule.redact.paths=/redact", "rule.redact.action=redact",
        "rule.tokenize.paths=/tokenize", "rule.tokenize.action=tokenize",
        "rule.block.paths=/block", "rule.block.action=block",
        "rule.long.paths=/long", "rule.long.action=tokenize", ""));
    try (RecordingServer server = new RecordingServer()) {
      ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
          .withAgent("config=" + rules + ",audit=" + audit)
          .run(SpringScenarios.class.getName(), 120, server.baseUrl(),
              "restclient/redact", "restclient/tokenize", "restclient/block",
              "restclient-apache/redact", "restclient-apache/tokenize", "restclient-apache/block",
              "resttemplate/redact", "resttemplate/tokenize", "resttemplate/block",
              "restclient/long", "restclient-apache/long", "resttemplate/long");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      var outcomes = ScenarioOutput.parse(result.stdout());
      for (String client : List.of("restclient", "restclient-apache", "resttemplate")) {
        assertThat(server.receivedOn("/redact/" + client + "/")).singleElement()
            .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(REDACTED_BODY));
        assertThat(server.receivedOn("/tokenize/" + client + "/")).singleElement()
            .satisfies(r -> assertThat(r.bodyText()).as(client).doesNotContain(EMAIL, CARD));
        assertThat(outcomes.get(client + "/tokenize").text()).as(client).isEqualTo(BODY);
        // restored values longer than their tokens: Spring reads the reply's stated length (review s32a)
        assertThat(outcomes.get(client + "/long").text()).as(client).isEqualTo(RestoredReplyScenario.BODY);
        assertThat(server.receivedOn("/block/" + client + "/")).as(client).isEmpty();
        assertThat(outcomes.get(client + "/block").detail()).as(client)
            .isEqualTo("dev.piiguard.agent.inspect.PiiBlockedException");
      }
      List<String> events = Files.readAllLines(audit);
      assertThat(events).as("one event per call: inspected once").hasSize(12);
      assertThat(events).filteredOn(e -> e.contains("/restclient-apache/"))
          .allSatisfy(e -> assertThat(e).contains("\"client\":\"apache-httpclient5\""));
      assertThat(events).filteredOn(e -> e.contains("/restclient/"))
          .allSatisfy(e -> assertThat(e).contains("\"client\":\"jdk-httpclient\""));
      assertThat(events).filteredOn(e -> e.contains("/resttemplate/"))
          .allSatisfy(e -> assertThat(e).contains("\"client\":\"http-url-connection\""));
      assertThat(events).allSatisfy(e -> assertThat(e)
          .contains("\"frame\":\"com.example.scenarios.SpringScenarios.main(")
          .doesNotContain(EMAIL, CARD));
    } finally {
      Files.deleteIfExists(rules);
      Files.deleteIfExists(audit);
    }
  }
}
