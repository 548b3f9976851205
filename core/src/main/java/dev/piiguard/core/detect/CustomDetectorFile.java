package dev.piiguard.core.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads custom detectors from a text file of {@code id=regex} lines.
 *
 * <p>It looks like a properties file, with one difference that matters for regular expressions:
 * backslashes are kept as written ({@code \d} means a digit). Blank lines and lines starting with
 * {@code #} or {@code !} are ignored; the id and the regex are trimmed; an id may appear on several
 * lines.
 */
public final class CustomDetectorFile {
  private CustomDetectorFile() {}

  /** Reads every detector in {@code file} (UTF-8; a byte order mark at its start is skipped). */
  public static List<CustomPattern> read(Path file) throws IOException {
    return parse(ConfigurationLines.read(file), file.toString());
  }

  /** Parses the lines of a detector file; {@code source} names it in error messages. */
  public static List<CustomPattern> parse(List<String> lines, String source) {
    List<CustomPattern> patterns = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(source + ":" + number + ": expected id=regex");
      }
      String id = line.substring(0, equals).strip();
      String regex = line.substring(equals + 1).strip();
      if (regex.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + number + ": empty regex for " + id);
      }
      try {
        patterns.add(CustomPattern.of(id, regex));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + number + ": " + e.getMessage(), e);
      }
    }
    return patterns;
  }
}
