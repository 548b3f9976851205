package dev.piiguard.agent.it;

import static com.example.scenarios.LoadScenarios.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.LoadScenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent requests and huge bodies through the agent in forked JVMs: none lost, none
 * corrupted, huge bodies never buffered, and no raw value in any output.
 */
class ReliabilityIT {
  private static final int REQUESTS = 10_000;
  private static final int THREADS = 32;
  private static final long LARGE = 100L * 1024 * 1024;

  private static RecordingServer server;
  private static Path work;

  @BeforeAll
  static void start() throws Exception {
    server = new RecordingServer();
    work = Files.createTempDirectory("piiguard-reliability");
    Files.writeString(work.resolve("rules.properties"), String.join("\n",
        "rule.allow.paths=/allow", "rule.allow.action=allow",
        "rule.monitor.paths=/monitor", "rule.monitor.action=monitor",
        "rule.redact.paths=/redact", "rule.redact.action=redact",
        "rule.tokenize.paths=/tokenize", "rule.tokenize.action=tokenize",
        "rule.block.paths=/block", "rule.block.action=block", ""));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void tenThousandRequestsFromThirtyTwoThreadsAreNeitherLostNorCorrupted() throws Exception {
    Path audit = work.resolve("load-audit.jsonl");
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=" + audit)
        .run(LoadScenarios.class.getName(), 300, "load", server.baseUrl(),
            String.valueOf(REQUESTS), String.valueOf(THREADS));

    int expectedBlocks = 0;
    int expectedEvents = 0;
    for (int id = 0; id < REQUESTS; id++) {
      boolean pii = id % 3 != 0;
      String action = LoadScenarios.action(id);
      if (pii && action.equals("block")) {
        expectedBlocks++;
      }
      if (pii && !action.equals("allow")) {
        expectedEvents++;
      }
    }
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "MATCHED " + (REQUESTS - expectedBlocks), "BLOCKED " + expectedBlocks,
        "MISMATCHED 0", "FAILED 0");

    List<RecordingServer.Received> received = server.received();
    RecordingServer.Received[] byId = new RecordingServer.Received[REQUESTS];
    for (RecordingServer.Received request : received) {
      if (request.path().startsWith("/large")) {
        continue;
      }
      int id = Integer.parseInt(request.path().substring(request.path().lastIndexOf('/') + 1));
      assertThat(byId[id]).as("request %d arrived twice", id).isNull();
      byId[id] = request;
    }
    for (int id = 0; id < REQUESTS; id++) {
      String body = LoadScenarios.body(id);
      String action = LoadScenarios.action(id);
      boolean pii = id % 3 != 0;
      if (pii && action.equals("block")) {
        assertThat(byId[id]).as("blocked request %d", id).isNull();
        continue;
      }
      assertThat(byId[id]).as("request %d", id).isNotNull();
      String sent = byId[id].bodyText();
      if (!pii || action.equals("allow") || action.equals("monitor")) {
        assertThat(sent).as("request %d", id).isEqualTo(body);
      } else if (action.equals("redact")) {
        assertThat(sent).as("request %d", id).isEqualTo(body.replace(EMAIL, "[EMAIL]"));
      } else {
        assertThat(sent).as("request %d", id).doesNotContain(EMAIL)
            .startsWith("{\"id\":" + id + ",\"note\":\"contact EMAIL_").endsWith(" re order " + id + "\"}");
      }
      assertThat(byId[id].contentLength()).as("request %d", id).isEqualTo(String.valueOf(byId[id].body().length));
    }

    List<String> events = Files.readAllLines(audit, StandardCharsets.UTF_8);
    assertThat(events).hasSize(expectedEvents);
    assertThat(String.join("\n", events)).doesNotContain(EMAIL, "lee.canary");
    assertThat(result.stderr()).doesNotContain(EMAIL, "lee.canary", "WARNING");
  }

  @Test
  void anAuditFileThatCanNoLongerBeWrittenIsReportedOnceAndRequestsGoOn() throws Exception {
    // /dev/full takes the file's opening and fails every write, as a full disk does
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("config=" + work.resolve("rules.properties") + ",audit=/dev/full")
        .run(LoadScenarios.class.getName(), 300, "load", server.baseUrl(), "60", "4");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr().lines().filter(line -> line.startsWith("[piiguard] ")))
        .as(result.toString()).containsExactly("[piiguard] audit events can no longer be written to"
            + " \"/dev/full\"; requests go on without them.");
    assertThat(result.stderr()).doesNotContain(EMAIL);
  }

  @Test
  void hundredMegabyteBodiesAreSentUninspectedWithFlatMemoryWhenOpen() throws Exception {
    Path audit = work.resolve("large-open.jsonl");
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("audit=" + audit)
        .jvmOption("-Xmx48m")
        .run(LoadScenarios.class.getName(), 300, "large", server.baseUrl(), String.valueOf(LARGE));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).startsWith(
        "LARGE jdk " + LARGE, "LARGE huc " + LARGE, "LARGE okhttp " + LARGE);
    List<String> events = Files.readAllLines(audit, StandardCharsets.UTF_8);
    assertThat(events).hasSize(3).allSatisfy(event -> assertThat(event).contains(
        "\"event\":\"uninspected\"", "\"outcome\":\"sent-uninspected\"", "\"reason\":\"body-too-large\""));
    assertThat(events).anySatisfy(e -> assertThat(e).contains("\"client\":\"jdk-httpclient\""))
        .anySatisfy(e -> assertThat(e).contains("\"client\":\"http-url-connection\""))
        .anySatisfy(e -> assertThat(e).contains("\"client\":\"okhttp\""));
  }

  @Test
  void hundredMegabyteBodiesAreRefusedBeforeAnyByteWhenClosed() throws Exception {
    int before = server.receivedOn("/large").size();
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("audit=none,failure=closed")
        .jvmOption("-Xmx48m")
        .run(LoadScenarios.class.getName(), 300, "large", server.baseUrl(), String.valueOf(LARGE));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).startsWith(
        "LARGE jdk dev.piiguard.agent.inspect.RequestRefusedException",
        "LARGE huc dev.piiguard.agent.inspect.RequestRefusedException",
        "LARGE okhttp dev.piiguard.agent.inspect.RequestRefusedException");
    assertThat(server.receivedOn("/large")).hasSize(before);
  }
}
