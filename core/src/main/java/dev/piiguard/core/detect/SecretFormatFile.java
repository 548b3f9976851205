package dev.piiguard.core.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads secret formats from a text file: one format per line as whitespace-separated columns
 * {@code id prefix alphabet min max [kind]}, the kind one of {@code jwt}, {@code assigned},
 * {@code authorization}, {@code private-key}, {@code base64-private-key}, {@code password} and
 * {@code password-word} (see {@link SecretFormat.Kind}); {@code #} starts a comment line.
 *
 * <p>The built-in list is the resource {@code dev/piiguard/core/detect/secret-formats.txt}.
 */
public final class SecretFormatFile {
  private static final String BUILT_IN = "secret-formats.txt";
  /** The kinds as the last column writes them, for error messages. */
  private static final String KIND_COLUMNS = Arrays.stream(SecretFormat.Kind.values())
      .map(SecretFormat.Kind::column).filter(column -> !column.isEmpty())
      .collect(Collectors.joining("|"));

  private SecretFormatFile() {}

  /** The formats that ship with PII Guard. */
  public static List<SecretFormat> builtIn() {
    try (InputStream in = SecretFormatFile.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the formats in {@code file} (UTF-8; a byte order mark at its start is skipped). */
  public static List<SecretFormat> read(Path file) throws IOException {
    return parse(ConfigurationLines.read(file), file.toString());
  }

  /** Parses format lines; {@code source} names them in error messages. */
  public static List<SecretFormat> parse(List<String> lines, String source) {
    List<SecretFormat> formats = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\\s+");
      String where = source + ":" + number + ": ";
      SecretFormat.Kind kind =
          SecretFormat.Kind.ofColumn(columns.length == 6 ? columns[5] : "");
      if (columns.length < 5 || columns.length > 6 || kind == null) {
        throw new IllegalArgumentException(where + "expected: id prefix alphabet min max"
            + " [" + KIND_COLUMNS + "]");
      }
      try {
        formats.add(new SecretFormat(columns[0], columns[1], columns[2],
            Integer.parseInt(columns[3]), Integer.parseInt(columns[4]), kind));
      } catch (NumberFormatException e) {
        // not its message, which quotes the column
        throw new IllegalArgumentException(where + "min and max must be whole numbers");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    return formats;
  }
}
