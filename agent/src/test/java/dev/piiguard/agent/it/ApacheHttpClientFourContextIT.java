package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ApacheFourContextScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refusal in Apache HttpClient 4 holds for the refused request and its retries, not for the
 * next request on the same context (review s31a: every later request on it was refused).
 */
class ApacheHttpClientFourContextIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @Test
  void theNextRequestOnAReusedContextIsInspectedOnItsOwn(@TempDir Path work) throws Exception {
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.crm.paths=/a4-context/crm", "rule.crm.action=block", ""));

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(ApacheFourContextScenario.class, server.baseUrl(),
            "/a4-context/crm/1", "{\"mail\":\"jane.canary@example.com\"}",
            "/a4-context/orders/2", "{\"order\":\"A-1001\"}",
            "/a4-context/crm/3", "{\"mail\":\"jane.canary@example.com\"}");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "/a4-context/crm/1 dev.piiguard.agent.inspect.PiiBlockedException",
        "/a4-context/orders/2 200",
        "/a4-context/crm/3 dev.piiguard.agent.inspect.PiiBlockedException");
    assertThat(server.receivedOn("/a4-context/crm")).isEmpty();
    assertThat(server.receivedOn("/a4-context/orders/2")).hasSize(1);
  }
}
