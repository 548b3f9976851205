package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.RestoredReplyScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply whose tokens were restored no longer states the server's {@code Content-Length}, which
 * no longer fits it: a reader of exactly that many bytes, as Spring's message converters are, got
 * a reply cut short (review s32a). {@code HttpURLConnection}'s error stream is restored as its
 * reply is.
 */
class RestoredReplyIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  static Stream<Path> javaHomes() {
    return ForkedJvm.javaHomes().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaHomes")
  void aRestoredReplyIsReadWholeByAReaderOfItsStatedLength(Path javaHome, @TempDir Path work) throws Exception {
    Path rules = Files.writeString(work.resolve("rules.properties"),
        String.join("\n", "rule.t.paths=/long;/error-reply", "rule.t.action=tokenize", ""));

    ForkedJvm.Result result = ForkedJvm.of(javaHome)
        .withAgent("config=" + rules + ",audit=none")
        .run(RestoredReplyScenario.class, server.baseUrl(), "jdk", "huc", "okhttp", "huc-error");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly(
        "jdk length=none reply=" + RestoredReplyScenario.BODY,
        "huc length=none reply=" + RestoredReplyScenario.BODY,
        "okhttp length=none reply=" + RestoredReplyScenario.BODY,
        "huc-error length=none reply=" + RestoredReplyScenario.BODY);
    assertThat(server.receivedOn("/long/")).allSatisfy(r -> assertThat(r.bodyText()).doesNotContain("jane.canary"));
  }
}
