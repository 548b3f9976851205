package dev.piiguard.agent.it;

import static com.example.scenarios.SensitiveFieldsScenario.ADDRESS;
import static com.example.scenarios.SensitiveFieldsScenario.EMAIL;
import static com.example.scenarios.SensitiveFieldsScenario.NAME;
import static com.example.scenarios.SensitiveFieldsScenario.STORED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.OwnAnnotationScenario;
import com.example.scenarios.PersonalData;
import com.example.scenarios.SensitiveFieldsScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values of an application's {@code @Sensitive} record components, which no detector tells by
 * their shape (a name, a postal address), are found in the prompt it sends once it made the
 * record, or read the field of one that was set by reflection (as JPA sets an entity's): redacted,
 * tokenized and restored, blocked, counted in the audit event, never printed.
 */
class SensitiveFieldsIT {
  private static final String REDACTED = SensitiveFieldsScenario.prompt("[PERSON_NAME]", "[POSTAL_ADDRESS]", "[PERSON_NAME]")
      .replace(EMAIL, "[EMAIL]");
  private static final String ORIGINAL = SensitiveFieldsScenario.prompt(NAME, ADDRESS, STORED_NAME);

  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();
  private static Path work;

  @BeforeAll
  static void startServer() throws Exception {
    work = Files.createTempDirectory("piiguard-sensitive-it");
    ActionAssertions.writeRules(work.resolve("rules.properties"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.piiguard.agent.it.ForkedJvm#javaHomes")
  void namesAndAddressesOfSensitiveFieldsAreRedactedAndTokenized(Path javaHome) throws Exception {
    String tag = "cp-" + javaHome.getFileName();
    Path audit = work.resolve("audit-" + tag + ".jsonl");
    ForkedJvm.Result result = ForkedJvm.of(javaHome)
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=" + audit)
        .run(SensitiveFieldsScenario.class.getName(), 60, server.baseUrl(), "/redact/" + tag, "/tokenize/" + tag, "/block/" + tag);

    assertRedactedAndTokenized(result, tag, audit);
  }

  @Test
  void soInASpringBootExecutableJar() throws Exception {
    Path testClasses = Path.of(SensitiveFieldsScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path jar = SpringBootJar.write(work.resolve("shop.jar"), SensitiveFieldsScenario.class.getName(), testClasses,
        SensitiveFieldsScenario.class.getPackageName(), List.of());
    String tag = "boot";
    Path audit = work.resolve("audit-boot.jsonl");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=" + audit)
        .runJar(jar, 60, server.baseUrl(), "/redact/" + tag, "/tokenize/" + tag, "/block/" + tag);

    assertRedactedAndTokenized(result, tag, audit);
  }

  @Test
  void sensitiveFieldsOffLeavesTheApplicationsClassesUnwovenAndTheValuesUnknown() throws Exception {
    String tag = "off";
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=none,sensitive-fields=off")
        .run(SensitiveFieldsScenario.class.getName(), 60, server.baseUrl(), "/redact/" + tag);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(server.receivedOn("/redact/" + tag)).singleElement().satisfies(r -> assertThat(r.bodyText())
        .isEqualTo(ORIGINAL.replace(EMAIL, "[EMAIL]")));
  }

  @Test
  void anAnnotationOfTheApplicationsOwnCountsOnceTheOptionNamesIt() throws Exception {
    for (String option : new String[] {"", ",sensitive-annotations=" + PersonalData.class.getName()}) {
      String tag = option.isEmpty() ? "own-unnamed" : "own-named";
      ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
          .withAgent("config=" + work.resolve("rules.properties") + ",audit=none" + option)
          .run(OwnAnnotationScenario.class.getName(), 60, server.baseUrl() + "/redact/" + tag);

      assertThat(result.exitCode()).as(result.toString()).isZero();
      assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]", "Ownannotation");
      assertThat(server.receivedOn("/redact/" + tag)).singleElement().satisfies(r -> assertThat(r.bodyText())
          .isEqualTo("{\"prompt\":\"Greet " + (option.isEmpty() ? OwnAnnotationScenario.NICKNAME : "[PERSON_NAME]") + "\"}"));
    }
  }

  private static void assertRedactedAndTokenized(ForkedJvm.Result result, String tag, Path audit) throws Exception {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]", NAME, ADDRESS, "Fieldcanary", "Storedcanary");
    Map<String, ScenarioOutput.Outcome> outcomes = ScenarioOutput.parse(result.stdout());

    assertThat(server.receivedOn("/redact/" + tag)).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).isEqualTo(REDACTED));
    assertThat(outcomes.get("/redact/" + tag).text()).isEqualTo(REDACTED);

    assertThat(server.receivedOn("/tokenize/" + tag)).singleElement().satisfies(r -> assertThat(r.bodyText())
        .doesNotContain(NAME, ADDRESS, "Fieldcanary", "Storedcanary", "Canary Wharf").contains("PERSON_NAME_", "POSTAL_ADDRESS_"));
    assertThat(outcomes.get("/tokenize/" + tag).text()).as("the reply restored").isEqualTo(ORIGINAL);

    assertThat(server.receivedOn("/block/" + tag)).isEmpty();
    ScenarioOutput.Outcome blocked = outcomes.get("/block/" + tag);
    assertThat(blocked.ok()).isFalse();
    assertThat(blocked.detail()).isEqualTo("dev.piiguard.agent.inspect.PiiBlockedException");
    assertThat(blocked.text())
        .isEqualTo("PII Guard blocked a request to 127.0.0.1: rule \"block\" found EMAIL, PERSON_NAME, POSTAL_ADDRESS");

    String events = Files.readString(audit, StandardCharsets.UTF_8);
    assertThat(events.lines()).hasSize(3).allSatisfy(event -> assertThat(event)
        .contains("\"findings\":{\"EMAIL\":1,\"PERSON_NAME\":2,\"POSTAL_ADDRESS\":1}")
        .doesNotContain(NAME, ADDRESS, "Fieldcanary", "Storedcanary", "Canary Wharf"));
  }
}
