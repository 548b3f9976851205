package dev.piiguard.agent.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ChildLoaderScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A library whose class loader does not delegate to the application class loader, which defines
 * PII Guard's classes, is out of PII Guard's reach: its requests are not inspected, and the agent
 * says so once rather than stay silent. (A child of the application class loader, as a Spring Boot
 * executable jar's, is reached: {@link SpringBootJarIT}.)
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
    assertThat(result.stderr().lines()).as(result.toString()).containsExactly("[piiguard] OkHttp requests are"
        + " not inspected: its class loader does not delegate to the application class loader, which defines"
        + " PII Guard's classes");
  }
}
