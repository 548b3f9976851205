package dev.piiguard.agent.it;

import static com.example.scenarios.ClientScenarios.BODY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.LateAttachScenario;
import com.example.scenarios.LateAttachSensitiveScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent attached to a running JVM ({@code agentmain}) whose JDK HTTP classes are already
 * loaded: requests before the attach go out unchanged, requests after it are redacted.
 */
class LateAttachIT {
  private static final String REDACTED_BODY =
      "{\"model\":\"m\",\"prompt\":\"Mail [EMAIL] about card [PAYMENT_CARD] today\"}";

  @Test
  void attachingToARunningJvmInstrumentsItsLoadedClients() throws Exception {
    Path rules = Files.createTempFile("piiguard-attach", ".properties");
    Files.writeString(rules, "rule.redact.paths=/redact\nrule.redact.action=redact\n");
    try (RecordingServer server = new RecordingServer()) {
      ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
          .jvmOption("-Djdk.attach.allowAttachSelf=true")
          .run(LateAttachScenario.class.getName(), 120, server.baseUrl(),
              ForkedJvm.agentJar().toString(), "config=" + rules + ",audit=none");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stdoutLines()).as(result.toString())
          .containsExactly("OK jdk-send", "OK huc", "OK jdk-send", "OK huc");
      for (String client : List.of("jdk-send", "huc")) {
        assertThat(server.receivedOn("/redact/" + client + "/before-attach")).singleElement()
            .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(BODY));
        assertThat(server.receivedOn("/redact/" + client + "/after-attach")).singleElement()
            .satisfies(r -> assertThat(r.bodyText()).as(client).isEqualTo(REDACTED_BODY));
      }
    } finally {
      Files.deleteIfExists(rules);
    }
  }

  @Test
  void attachingToARunningJvmWeavesItsLoadedSensitiveClasses() throws Exception {
    Path rules = Files.createTempFile("piiguard-attach", ".properties");
    Files.writeString(rules, "rule.redact.paths=/redact\nrule.redact.action=redact\n");
    try (RecordingServer server = new RecordingServer()) {
      ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
          .jvmOption("-Djdk.attach.allowAttachSelf=true")
          .run(LateAttachSensitiveScenario.class.getName(), 120, server.baseUrl() + "/redact/late-sensitive",
              ForkedJvm.agentJar().toString(), "config=" + rules + ",audit=none");

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]", "Fieldcanary");
      assertThat(server.receivedOn("/redact/late-sensitive")).singleElement().satisfies(r -> assertThat(r.bodyText())
          .isEqualTo("{\"prompt\":\"Write to [PERSON_NAME], [POSTAL_ADDRESS]\"}"));
    } finally {
      Files.deleteIfExists(rules);
    }
  }
}
