package dev.piiguard.core.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the lines of a UTF-8 file that configures detectors, without the byte order mark that
 * some editors (Windows Notepad among them) write at its start: it is invisible on screen, so it
 * would otherwise turn the first id into one that looks valid but is rejected, or the first
 * comment into a line that is not one.
 */
final class ConfigurationLines {
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private ConfigurationLines() {}

  /** The lines of {@code file}, ended by LF, CR or CRLF, a leading byte order mark dropped. */
  static List<String> read(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    int start = content.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length() : 0;
    return content.substring(start).lines().toList();
  }
}
