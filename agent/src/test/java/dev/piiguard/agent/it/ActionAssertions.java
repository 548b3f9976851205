package dev.piiguard.agent.it;

import static com.example.scenarios.ClientScenarios.BODY;
import static com.example.scenarios.ClientScenarios.CARD;
import static com.example.scenarios.ClientScenarios.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a client's requests under each action of {@code ClientScenarios} must look like. */
final class ActionAssertions {
  /** The actions, each a rule for the paths that start with its name. */
  static final List<String> ACTIONS = List.of("allow", "monitor", "redact", "tokenize", "block");
  static final String REDACTED_BODY =
      "{\"model\":\"m\",\"prompt\":\"Mail [EMAIL] about card [PAYMENT_CARD] today\"}";

  private ActionAssertions() {}

  /** Writes the agent's configuration: one rule per action, {@code monitor} for the rest. */
  static void writeRules(Path file) throws IOException {
    List<String> lines = new ArrayList<>(List.of("action=monitor"));
    for (String action : ACTIONS) {
      lines.add("rule." + action + ".paths=/" + action);
      lines.add("rule." + action + ".action=" + action);
    }
    Files.writeString(file, String.join("\n", lines) + "\n");
  }

  /** What the server and the application saw for {@code client} under each action. */
  static void assertEveryAction(RecordingServer server, String client, String tag, Map<String, ScenarioOutput.Outcome> outcomes) {
    assertThat(server.receivedOn("/allow/" + client + "/" + tag)).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(BODY));
    assertThat(outcomes.get(client + "/allow").text()).as(client).isEqualTo(BODY);

    assertThat(server.receivedOn("/monitor/" + client + "/" + tag)).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(BODY));

    assertThat(server.receivedOn("/redact/" + client + "/" + tag)).singleElement().satisfies(r -> {
      assertThat(r.bodyText()).as(client).isEqualTo(REDACTED_BODY);
      assertThat(r.contentLength()).as(client).isEqualTo(String.valueOf(r.body().length));
    });
    assertThat(outcomes.get(client + "/redact").text()).as(client).isEqualTo(REDACTED_BODY);

    assertThat(server.receivedOn("/tokenize/" + client + "/" + tag)).singleElement().satisfies(r -> {
      assertThat(r.bodyText()).as(client).doesNotContain(EMAIL, CARD, "4111");
      assertThat(r.contentLength()).as(client).isEqualTo(String.valueOf(r.body().length));
    });
    assertThat(outcomes.get(client + "/tokenize").text()).as(client).isEqualTo(BODY);

    assertThat(server.receivedOn("/block/" + client + "/" + tag)).as(client).isEmpty();
    ScenarioOutput.Outcome blocked = outcomes.get(client + "/block");
    assertThat(blocked.ok()).as(client).isFalse();
    assertThat(blocked.detail()).as(client).isEqualTo("dev.piiguard.agent.inspect.PiiBlockedException");
    assertThat(blocked.text()).as(client)
        .isEqualTo("PII Guard blocked a request to 127.0.0.1: rule \"block\" found EMAIL, PAYMENT_CARD");
  }
}
