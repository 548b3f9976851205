package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ApacheInterceptorScenario;
import com.example.scenarios.ApacheRequestTargetScenario;
import com.example.scenarios.ApacheRetryScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a request interceptor of the application's changes after PII Guard inspected the request
 * is inspected too (review s31a: a query it added reached a blocked host in Apache HttpClient 5
 * and 4), and so is a retry of the application's own request (review s31c).
 */
class ApacheRequestInterceptorIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @Test
  void aRetryOfTheApplicationsOwnRequestIsInspectedAgain(@TempDir Path work) throws Exception {
    // review s31c: HttpClient 5 retries with a copy of the request it was given, the raw one
    Path audit = work.resolve("audit.jsonl");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("action=redact,audit=" + audit)
        .run(ApacheRetryScenario.class, server.baseUrl(), RecordingServer.UNAVAILABLE_ONCE + "profile");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString())
        .containsExactly(RecordingServer.UNAVAILABLE_ONCE + "profile 200");
    assertThat(server.receivedOn(RecordingServer.UNAVAILABLE_ONCE + "profile")).hasSize(2).allSatisfy(r -> {
      assertThat(r.rawQuery()).isEqualTo("email=%5BEMAIL%5D");
      assertThat(r.bodyText()).isEqualTo("{\"note\":\"mail [EMAIL]\"}");
    });
    assertThat(Files.readAllLines(audit, StandardCharsets.UTF_8)).hasSize(2);
  }

  @Test
  void aRetryOfARedirectedRequestIsHandledUnderTheRuleTheRedirectWas(@TempDir Path work) throws Exception {
    // review s31d: redacted under the first rule on the redirect, raw on its retry under the second
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.notes.paths=/redirect-to/", "rule.notes.action=redact", ""));
    String path = "/redirect-to" + RecordingServer.UNAVAILABLE_ONCE + "hop";

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(ApacheRetryScenario.class, server.baseUrl(), path);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(path + " 200");
    assertThat(server.receivedOn(RecordingServer.UNAVAILABLE_ONCE + "hop")).hasSize(2)
        .allSatisfy(r -> assertThat(r.bodyText()).isEqualTo("{\"note\":\"mail [EMAIL]\"}"));
  }

  @Test
  void aBodyTheClientSendsOnceGoesOutWhole(@TempDir Path work) throws Exception {
    // review s31d: the late check took the client's one-shot wrapper for a new body and read it
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("audit=none")
        .run(ApacheRetryScenario.class, server.baseUrl(), "/one-shot/notes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly("/one-shot/notes 200");
    assertThat(server.receivedOn("/one-shot/notes")).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).isEqualTo(com.example.scenarios.RedirectScenario.BODY));
  }

  @Test
  void aUrlThatJavaNetUriRejectsIsStillUnderTheRules(@TempDir Path work) throws Exception {
    // review s31e: such a request skipped every check, also a block rule
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.crm.paths=/raw-crm", "rule.crm.action=block", ""));

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(ApacheRetryScenario.class, server.baseUrl(), "/raw-crm/x");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString())
        .containsExactly("/raw-crm/x dev.piiguard.agent.inspect.PiiBlockedException");
    assertThat(server.receivedOn("/raw-crm")).isEmpty();
  }

  @Test
  void whatARequestTargetHoldsIsInspectedHoweverUriReadsIt(@TempDir Path work) throws Exception {
    // review s31f: after a '#', to a bracketed IPv6 host, with brackets in the path (HttpClient 4):
    // each sent its query to a blocked destination unchecked
    Path rules = Files.writeString(work.resolve("rules.properties"), String.join("\n",
        "rule.crm.paths=/target-crm", "rule.crm.action=block",
        "rule.v6.hosts=::1", "rule.v6.action=block", ""));

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=none")
        .run(ApacheRequestTargetScenario.class, server.baseUrl(), "hash", "/target-crm/hash",
            "ipv6", "/target-v6", "brackets4", "/target-crm/brackets",
            // review s31g: '//x/…' was read as host x; a path without '/' and OPTIONS * threw
            "slashes4", "/target-crm/slashes", "relative", "/target-crm/relative", "options", "-");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).hasSize(6).startsWith(
        "hash dev.piiguard.agent.inspect.PiiBlockedException",
        "ipv6 dev.piiguard.agent.inspect.PiiBlockedException",
        "brackets4 dev.piiguard.agent.inspect.PiiBlockedException",
        "slashes4 dev.piiguard.agent.inspect.PiiBlockedException",
        "relative dev.piiguard.agent.inspect.PiiBlockedException");
    // the server's own answer to OPTIONS *, not an exception of the agent's
    assertThat(result.stdoutLines().get(5)).as(result.toString()).matches("options \\d{3}");
    assertThat(server.receivedOn("/target-crm")).isEmpty();
    assertThat(server.receivedOn("//target-crm")).isEmpty();
  }

  @Test
  void aTokenizedReplyThatTheServerGzipsIsRestored(@TempDir Path work) throws Exception {
    // review s31e: HttpClient 5.6 decodes the reply but keeps its Content-Encoding header
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("action=tokenize,audit=none")
        .run(ApacheRetryScenario.class, server.baseUrl(), "/gzip-reply/notes");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString())
        .containsExactly("/gzip-reply/notes 200 " + com.example.scenarios.RedirectScenario.BODY);
    assertThat(server.receivedOn("/gzip-reply/notes")).singleElement()
        .satisfies(r -> assertThat(r.bodyText()).doesNotContain("jane.canary"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"apache5", "apache4"})
  void aQueryAnInterceptorAddsIsInspected(String client, @TempDir Path work) throws Exception {
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.crm.paths=/interceptor/crm", "rule.crm.action=block", ""));
    Path audit = work.resolve("audit.jsonl");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + rules + ",audit=" + audit)
        .run(ApacheInterceptorScenario.class, server.baseUrl(), client, "/interceptor/crm/" + client,
            "/interceptor/orders/" + client);

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "/interceptor/crm/" + client + " dev.piiguard.agent.inspect.PiiBlockedException",
        "/interceptor/orders/" + client + " 200");
    assertThat(server.receivedOn("/interceptor/crm/" + client)).isEmpty();
    List<String> events = Files.readAllLines(audit, StandardCharsets.UTF_8);
    // the monitored request is audited as sent, with the address the interceptor added
    assertThat(events).filteredOn(event -> event.contains("/interceptor/orders/")).singleElement()
        .satisfies(event -> assertThat(event).contains("EMAIL"));
    assertThat(String.join("\n", events) + result.stderr()).doesNotContain("jane.canary");
  }
}
