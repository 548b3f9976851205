package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.FormPostScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form body hides its values behind percent-encoding ({@code jane%40example.com}, {@code
 * 4111+1111+…}); the agent decodes the fields to inspect them and sends the form encoded again.
 */
class FormBodyIT {
  @RegisterExtension
  static final RecordingServer server = RecordingServer.started();

  @Test
  void formFieldsAreRedactedAndTheFormStaysAForm(@TempDir Path work) throws Exception {
    Path audit = work.resolve("audit.jsonl");
    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .onlyTestClasses()
        .withAgent("action=redact,audit=" + audit)
        .run(FormPostScenario.class, server.baseUrl());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).containsExactly("http-client 200", "url-connection 200");
    for (String path : new String[] {"/form/http-client", "/form/url-connection"}) {
      assertThat(server.receivedOn(path)).singleElement().satisfies(r -> assertThat(r.bodyText())
          .as(path).isEqualTo("email=%5BEMAIL%5D&card=%5BPAYMENT_CARD%5D&amount=1999&currency=eur"));
    }
    assertThat(Files.readAllLines(audit)).hasSize(2).allSatisfy(line -> assertThat(line)
        .contains("\"EMAIL\":1", "\"PAYMENT_CARD\":1", "\"outcome\":\"redacted\"")
        .doesNotContain("canary", "4111"));
    assertThat(result.stdout() + result.stderr()).doesNotContain("canary", "4111");
  }
}
