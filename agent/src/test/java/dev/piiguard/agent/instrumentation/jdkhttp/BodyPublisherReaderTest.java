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

  @Test
  void itemsOfAnyNumberAndSizeAreJoinedWhateverLengthThePublisherDeclares() throws Exception {
    BodyPublisher twoParts = BodyPublishers.concat(BodyPublishers.ofString("ab"), BodyPublishers.ofString("cdef"));
    assertThat(BodyPublisherReader.read(twoParts, 100)).asString(StandardCharsets.UTF_8).isEqualTo("abcdef");
    BodyPublisher undeclared = BodyPublishers.fromPublisher(BodyPublishers.ofString("x".repeat(5000)));
    assertThat(BodyPublisherReader.read(undeclared, 10_000)).hasSize(5000);
    BodyPublisher declaredTooShort = BodyPublishers.fromPublisher(twoParts, 2);
    assertThat(BodyPublisherReader.read(declaredTooShort, 100)).asString(StandardCharsets.UTF_8).isEqualTo("abcdef");
  }

  @Test
  void arrayAndStringPublishersAreReadInPlaceOnceTheirPackageIsOpen() throws Exception {
    assertThat(BodyPublisherReader.enableInPlaceReads(Class.forName(BodyPublisherReader.ARRAY_PUBLISHER,
        false, ClassLoader.getPlatformClassLoader()))).isTrue();
    byte[] application = "xx{\"a\":1}yy".getBytes(StandardCharsets.UTF_8);

    BodyPublisherReader.ArraySlice slice = BodyPublisherReader.inPlace(BodyPublishers.ofByteArray(application, 2, 7));
    assertThat(slice.bytes()).isSameAs(application);
    assertThat(slice.offset()).isEqualTo(2);
    assertThat(slice.length()).isEqualTo(7);

    BodyPublisherReader.ArraySlice text = BodyPublisherReader.inPlace(BodyPublishers.ofString("{\"é\":1}"));
    assertThat(new String(text.bytes(), text.offset(), text.length(), StandardCharsets.UTF_8)).isEqualTo("{\"é\":1}");

    assertThat(BodyPublisherReader.inPlace(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[3]))))
        .isNull();
    assertThat(BodyPublisherReader.inPlace(BodyPublishers.noBody())).isNull();
  }
}
