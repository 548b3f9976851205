package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.LateAttachOwnAnnotationScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An application's own annotation of CLASS retention (javac's default) marks a field as
 * {@code @Sensitive} for an agent attached at start; attached late, the class is retransformed
 * from the bytes the JVM keeps, which hold no invisible annotation.
 */
class LateAttachOwnAnnotationIT {
  private static final String OPTION = "sensitive-annotations=" + LateAttachOwnAnnotationScenario.Personal.class.getName();

  @Test
  void aClassRetentionOwnAnnotationMarksAFieldWithTheAgentAtStart() throws Exception {
    assertRedacted("premain", true);
  }

  @Test
  void aClassRetentionOwnAnnotationMarksAFieldWithTheAgentAttachedLate() throws Exception {
    assertRedacted("agentmain", false);
  }

  private static void assertRedacted(String tag, boolean atStart) throws Exception {
    Path rules = Files.createTempFile("piiguard-attach", ".properties");
    Files.writeString(rules, "rule.redact.paths=/redact\nrule.redact.action=redact\n");
    String options = "config=" + rules + ",audit=none," + OPTION;
    try (RecordingServer server = new RecordingServer()) {
      ForkedJvm jvm = ForkedJvm.of(Path.of(System.getProperty("java.home")));
      ForkedJvm.Result result = atStart
          ? jvm.withAgent(options).run(LateAttachOwnAnnotationScenario.class.getName(), 120,
              server.baseUrl() + "/redact/" + tag)
          : jvm.jvmOption("-Djdk.attach.allowAttachSelf=true").run(LateAttachOwnAnnotationScenario.class.getName(), 120,
              server.baseUrl() + "/redact/" + tag, ForkedJvm.agentJar().toString(), options);

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(server.receivedOn("/redact/" + tag)).singleElement().satisfies(r -> assertThat(r.bodyText())
          .as(tag + ": " + result).isEqualTo("{\"prompt\":\"Greet [PERSON_NAME]\"}"));
    } finally {
      Files.deleteIfExists(rules);
    }
  }
}
