package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFormatFileTest {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  @TempDir
  Path folder;

  @Test
  void aByteOrderMarkBeforeACommentLeavesItAComment() throws IOException {
    Path file = write("formats.txt",
        BYTE_ORDER_MARK + "# our keys\r\nacme-key  acme_live_  A-Za-z0-9  32  32\r\n");

    assertThat(SecretFormatFile.read(file)).extracting(SecretFormat::id)
        .containsExactly("acme-key");
  }

  @Test
  void aByteOrderMarkIsNotReadAsPartOfTheFirstId() throws IOException {
    Path file = write("formats.txt", BYTE_ORDER_MARK + "acme-key  acme_live_  A-Za-z0-9  32  32\n");

    assertThat(SecretFormatFile.read(file)).extracting(SecretFormat::id)
        .containsExactly("acme-key");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
