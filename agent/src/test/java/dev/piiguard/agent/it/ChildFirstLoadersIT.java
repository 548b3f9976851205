package dev.piiguard.agent.it;

import static com.example.scenarios.ChildFirstLoadersScenario.EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.scenarios.ChildFirstLoadersScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web applications of an application server: child-first class loaders below the application class
 * loader, each with its own OkHttp (two versions side by side, while the application class path
 * has a third). Each one's requests are inspected, and the loaders can still be unloaded.
 */
class ChildFirstLoadersIT {
  private static RecordingServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = new RecordingServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void eachWebApplicationsOwnOkHttpIsInspectedAndItsLoaderUnloaded() throws Exception {
    Path libraries = Path.of(System.getProperty("piiguard.it.libs", "target/it-libs"));

    ForkedJvm.Result result = ForkedJvm.of(Path.of(System.getProperty("java.home")))
        .withAgent("action=redact,audit=none")
        .run(ChildFirstLoadersScenario.class.getName(), 60, server.baseUrl(),
            libraries.resolve("okhttp3").toString(), libraries.resolve("okhttp-3.12").toString());

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.stderr()).as(result.toString()).doesNotContain("[piiguard]", EMAIL);
    assertThat(result.stdoutLines()).as(result.toString()).containsExactly("sent 1 200", "sent 2 200", "unloaded true");
    for (String path : new String[] {"/child-first/1", "/child-first/2"}) {
      assertThat(server.receivedOn(path)).as(path).singleElement()
          .satisfies(r -> assertThat(r.bodyText()).isEqualTo("{\"email\":\"[EMAIL]\"}"));
    }
  }
}
