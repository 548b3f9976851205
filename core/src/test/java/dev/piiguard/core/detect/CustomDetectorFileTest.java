package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomDetectorFileTest {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  @TempDir
  Path folder;

  @Test
  void aFileSavedWithAByteOrderMarkIsReadAsWithoutIt() throws IOException {
    Path file = write("bom.properties", BYTE_ORDER_MARK + "EMP=EMP-\\d{6}\r\nBADGE=B\\d{4}\r\n");

    assertThat(CustomDetectorFile.read(file)).extracting(CustomPattern::id)
        .containsExactly("EMP", "BADGE");
  }

  @Test
  void aByteOrderMarkBeforeACommentLeavesItAComment() throws IOException {
    Path file = write("bom.properties", BYTE_ORDER_MARK + "# our ids\nEMP=EMP-\\d{6}\n");

    assertThat(CustomDetectorFile.read(file)).extracting(CustomPattern::id).containsExactly("EMP");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }
}
