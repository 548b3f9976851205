package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ChildLoaderScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A library that a child class loader defines (a Spring Boot executable jar's) is out of reach of
 * PII Guard's classes: its requests are not inspected, and the agent says so once (review s33f:
 * it was silent).
 */
class ChildClassLoaderIT {
  @Test
  void aLibraryOutOfReachIsReportedOnce() throws Exception {
    Path libraries = Path.of(System.getProperty("piiguard.it.libs", "target/it-libs"), "okhttp3");

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withoutOkHttp()
        .withAgent("audit=none")
        .run(ChildLoaderScenario.class.getName(), 60, libraries.toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stdoutLines()).containsExactly("built");
    assertThat(result.stderr()).as(result.toString()).contains("[piiguard] OkHttp is loaded by a class loader"
        + " whose classes PII Guard's cannot see (as a Spring Boot executable jar loads its libraries):"
        + " its requests are not inspected");
  }
}
