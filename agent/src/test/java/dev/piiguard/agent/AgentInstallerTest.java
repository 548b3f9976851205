package dev.piiguard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.audit.AuditSink;
import dev.piiguard.core.audit.JsonLinesAuditWriter;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentInstallerTest {

  @Test
  void auditFileInFoldersThatDoNotExistYetIsCreatedWithThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("logs/piiguard/audit.jsonl");

    AuditSink sink = AgentInstaller.auditSink(file.toString());

    assertThat(sink).isInstanceOf(JsonLinesAuditWriter.class);
    assertThat(file).exists().isRegularFile();
    ((JsonLinesAuditWriter) sink).close();
  }

  @Test
  void auditFileThatCannotBeCreatedStopsTheInstallWithOneLineSayingWhy(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    List<String> lines = new ArrayList<>();
    List<String> calls = new ArrayList<>();

    boolean installed = AgentInstaller.install("audit=" + blocker.resolve("audit.jsonl"),
        recordingInstrumentation(calls), new Properties(), Map.of(), lines::add);

    assertThat(installed).isFalse();
    assertThat(calls).isEmpty();
    assertThat(lines).singleElement().asString()
        .isEqualTo("PII Guard agent not installed: cannot open audit file \"" + blocker.resolve("audit.jsonl")
            + "\" (" + blocker + " is a file, not a folder).");
  }

  @Test
  void messagesAboutBadOptionsOrAuditFilesNeverRepeatPersonalData(@TempDir Path dir) throws Exception {
    String email = "jane.canary@example.com";
    Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
    List<String> lines = new ArrayList<>();

    AgentInstaller.install("audit=/tmp/a.jsonl," + email, recordingInstrumentation(new ArrayList<>()),
        new Properties(), Map.of(), lines::add);
    AgentInstaller.install("failure=4111111111111111", recordingInstrumentation(new ArrayList<>()),
        new Properties(), Map.of(), lines::add);
    AgentInstaller.install("audit=" + blocker.resolve(email + "/audit.jsonl"),
        recordingInstrumentation(new ArrayList<>()), new Properties(), Map.of(), lines::add);
    // run on from a letter, which the scanner alone takes for part of an identifier (review s32b)
    AgentInstaller.install("failure=x4111111111111111", recordingInstrumentation(new ArrayList<>()),
        new Properties(), Map.of(), lines::add);
    // with letters on both sides, and a key glued to a word (review s33d)
    AgentInstaller.install("failure=x4111111111111111y", recordingInstrumentation(new ArrayList<>()),
        new Properties(), Map.of(), lines::add);
    AgentInstaller.install("action=keyAKIAIOSFODNN7EXAMPLE", recordingInstrumentation(new ArrayList<>()),
        new Properties(), Map.of(), lines::add);

    assertThat(lines).hasSize(6).allSatisfy(line -> assertThat(line)
        .startsWith("PII Guard agent not installed: ")
        .doesNotContain(email, "jane", "4111111111111111", "AKIAIOSFODNN7EXAMPLE"));
    assertThat(lines.get(2)).contains("cannot open audit file").contains("[EMAIL]");
  }

  /** An Instrumentation that records which methods were called and does nothing. */
  private static Instrumentation recordingInstrumentation(List<String> calls) {
    return (Instrumentation) Proxy.newProxyInstance(AgentInstallerTest.class.getClassLoader(),
        new Class<?>[] {Instrumentation.class}, (proxy, method, arguments) -> {
          calls.add(method.getName());
          return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
        });
  }
}
