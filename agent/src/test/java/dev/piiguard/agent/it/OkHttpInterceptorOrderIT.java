package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.OkHttpInterceptorScenario;
import com.example.scenarios.OkHttpNetworkInterceptorScenario;
import com.example.scenarios.OkHttpSharedBuilderScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interceptor the application adds to a client made with {@code client.newBuilder()} runs
 * before PII Guard's, so what it adds or where it sends the call is inspected (review s31a: the
 * builder held the first client's PII Guard interceptor, and the new one ran after it, unseen);
 * what a network interceptor or an authenticator changes after that is inspected too.
 */
class OkHttpInterceptorOrderIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @Test
  void whatAnApplicationInterceptorAddsIsInspected(@TempDir Path work) throws Exception {
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.crm.paths=/ok-order/crm", "rule.crm.action=block", ""));

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(OkHttpInterceptorScenario.class, server.baseUrl());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "/ok-order/crm/query dev.piiguard.agent.inspect.PiiBlockedException: PII Guard blocked a"
            + " request to 127.0.0.1: rule \"crm\" found EMAIL",
        "/ok-order/notes/x dev.piiguard.agent.inspect.PiiBlockedException: PII Guard blocked a"
            + " request to 127.0.0.1: rule \"crm\" found EMAIL");
    assertThat(server.receivedOn("/ok-order/")).isEmpty();
    assertThat(result.stderr()).doesNotContain("jane.canary");
  }

  @Test
  void whatANetworkInterceptorOrAnAuthenticatorChangesIsInspectedWhereTheRequestIsFinal(@TempDir Path work)
      throws Exception {
    // review s33d: PII Guard's interceptor ran before them, and what they set went out unread
    Path rules = Files.writeString(work.resolve("rules.properties"), String.join("\n",
        "rule.crm.paths=/ok-net/crm;/unauthorized-once/ok-net/crm", "rule.crm.action=block",
        "rule.notes.paths=/ok-net/notes;/unauthorized-once/ok-net/notes", "rule.notes.action=tokenize", ""));
    Path audit = work.resolve("audit.jsonl");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=" + audit)
        .run(OkHttpNetworkInterceptorScenario.class, server.baseUrl(), "/ok-net/crm/body", "/ok-net/crm/query",
            "/unauthorized-once/ok-net/crm/x", "/ok-net/notes/body", "/unauthorized-once/ok-net/notes/x");

    String blocked = " dev.piiguard.agent.inspect.PiiBlockedException: PII Guard blocked a request to"
        + " 127.0.0.1: rule \"crm\" found EMAIL";
    String restored = " 200 {\"customer\":\"jane.canary@example.com\"}";
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "/ok-net/crm/body" + blocked, "/ok-net/crm/query" + blocked, "/unauthorized-once/ok-net/crm/x" + blocked,
        "/ok-net/notes/body" + restored, "/unauthorized-once/ok-net/notes/x" + restored);
    assertThat(server.receivedOn("/ok-net/crm")).isEmpty();
    assertThat(server.receivedOn("/unauthorized-once/ok-net/crm/x")).as("the first, empty body only")
        .singleElement().satisfies(r -> assertThat(r.bodyText()).isEqualTo("{}"));
    assertThat(server.receivedOn("/ok-net/notes/body")).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).doesNotContain("jane.canary").contains("EMAIL_"));
    assertThat(server.receivedOn("/unauthorized-once/ok-net/notes/x")).hasSize(2)
        .allSatisfy(r -> assertThat(r.bodyText()).doesNotContain("jane.canary"));
    assertThat(Files.readString(audit) + result.stderr()).doesNotContain("jane.canary");
  }

  @Test
  void everyClientBuiltFromASharedBuilderOnSeveralThreadsIsGuarded() throws Exception {
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("audit=none")
        .run(OkHttpSharedBuilderScenario.class);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    // the builder is left as the application made it: PII Guard's interceptor lives in each client
    assertThat(result.stdoutLines()).as(result.toString())
        .containsExactly("guarded clients: 2000 of 2000", "builder interceptors: 1");
  }
}
