package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.JdkOnlyScenario;
import com.example.scenarios.UrlConnectionOnlyScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent installs and protects an application that has none of the HTTP libraries it also
 * instruments (OkHttp, Apache HttpClient): their instrumentations must not load library classes
 * before the application does.
 */
class JdkOnlyApplicationIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @Test
  void agentRedactsForAnApplicationWithoutOkHttpOrApacheClients() throws Exception {
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .onlyTestClasses()
        .withAgent("action=redact,audit=none")
        .run(JdkOnlyScenario.class, server.baseUrl());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]", "WARNING");
    assertThat(result.stdoutLines()).containsExactly("http-client 200", "url-connection 200");
    for (String path : new String[] {"/jdk-only/http-client", "/jdk-only/url-connection"}) {
      assertThat(server.receivedOn(path)).singleElement()
          .satisfies(r -> assertThat(r.bodyText()).as(path).isEqualTo("{\"note\":\"mail [EMAIL]\"}"));
    }
  }

  @Test
  void withoutTheJavaNetHttpModuleTheOtherClientsAreStillInspected() throws Exception {
    // review s34b: the agent did not install at all (the JDK client's hook anchor was missing)
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .onlyTestClasses()
        .jvmOption("--limit-modules")
        .jvmOption("java.base,java.instrument,java.management,jdk.unsupported")
        .withAgent("action=redact,audit=none")
        .run(UrlConnectionOnlyScenario.class, server.baseUrl() + "/no-http-module");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]");
    assertThat(result.stdoutLines()).containsExactly("url-connection 200");
    assertThat(server.receivedOn("/no-http-module")).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).isEqualTo("{\"note\":\"mail [EMAIL]\"}"));
  }

  @Test
  void auditFileGoesIntoFoldersTheAgentCreates(@TempDir Path work) throws Exception {
    Path audit = work.resolve("logs/piiguard/audit.jsonl");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .onlyTestClasses()
        .withAgent("action=redact,audit=" + audit)
        .run(JdkOnlyScenario.class, server.baseUrl() + "/audit-folder");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]");
    assertThat(Files.readAllLines(audit)).hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("\"EMAIL\":1", "\"outcome\":\"redacted\"")
            .doesNotContain("jane.canary"));
  }
}
