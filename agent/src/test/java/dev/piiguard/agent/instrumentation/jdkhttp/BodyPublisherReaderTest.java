package dev.piiguard.agent.instrumentation.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyPublisherReaderTest {

  @Test
  void stringArrayAndFilePublishersAreReadAndStayReadable(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("body.json");
    Files.writeString(file, "{\"f\":1}");
    for (BodyPublisher publisher : new BodyPublisher[] {
        BodyPublishers.ofString("{\"s\":1}"),
        BodyPublishers.ofByteArray("xx{\"a\":1}".getBytes(StandardCharsets.UTF_8), 2, 7),
        BodyPublishers.ofFile(file)}) {
      assertThat(BodyPublisherReader.replayable(publisher)).as(publisher.getClass().getName()).isTrue();
      byte[] first = BodyPublisherReader.read(publisher, 1000);
      byte[] second = BodyPublisherReader.read(publisher, 1000);
      assertThat(first).isEqualTo(second).hasSize(7);
    }
  }

  @Test
  void oneShotPublishersAreNotReplayable() {
    assertThat(BodyPublisherReader.replayable(BodyPublishers.ofInputStream(
        () -> new ByteArrayInputStream(new byte[3])))).isFalse();
  }

  @Test
  void bodyOverTheLimitReadsAsNull() throws Exception {
    assertThat(BodyPublisherReader.read(BodyPublishers.ofString("x".repeat(100)), 99)).isNull();
    assertThat(BodyPublisherReader.read(BodyPublishers.ofString("x".repeat(99)), 99)).hasSize(99);
  }

  @Test
  void emptyPublisherReadsAsNoBytes() throws Exception {
    assertThat(BodyPublisherReader.read(BodyPublishers.noBody(), 10)).isEmpty();
  }
}
