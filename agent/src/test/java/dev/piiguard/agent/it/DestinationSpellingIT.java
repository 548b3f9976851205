package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.RedirectScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule holds for its destination however the URL spells it (review s31a: {@code 2130706433}
 * for {@code 127.0.0.1}, {@code /%63rm} for {@code /crm} took raw values past block rules, also
 * through a redirect's Location), in every client.
 */
class DestinationSpellingIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "okhttp", "huc", "apache5", "apache4"})
  void anAddressAndAPathSpelledOtherwiseAreStillBlocked(String client, @TempDir Path work) throws Exception {
    Path rules = Files.writeString(work.resolve("rules.properties"), String.join("\n",
        "rule.loopback.hosts=127.0.0.1", "rule.loopback.paths=/spelled-host", "rule.loopback.action=block",
        "rule.crm.paths=/spelled-crm", "rule.crm.action=block", ""));
    String spelledBaseUrl = server.baseUrl().replace("127.0.0.1", "2130706433");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(RedirectScenario.class, spelledBaseUrl, client, "/spelled-host/" + client,
            "/%73pelled-crm/" + client, "/x/../spelled-crm/" + client);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "/spelled-host/" + client + " dev.piiguard.agent.inspect.PiiBlockedException: PII Guard blocked"
            + " a request to 2130706433: rule \"loopback\" found EMAIL",
        "/%73pelled-crm/" + client + " dev.piiguard.agent.inspect.PiiBlockedException: PII Guard"
            + " blocked a request to 2130706433: rule \"crm\" found EMAIL",
        "/x/../spelled-crm/" + client + " dev.piiguard.agent.inspect.PiiBlockedException: PII Guard"
            + " blocked a request to 2130706433: rule \"crm\" found EMAIL");
    assertThat(server.receivedOn("/spelled-host/" + client)).isEmpty();
    assertThat(server.receivedOn("/spelled-crm/" + client)).isEmpty();
    assertThat(server.receivedOn("/%73pelled-crm/" + client)).isEmpty();
  }
}
