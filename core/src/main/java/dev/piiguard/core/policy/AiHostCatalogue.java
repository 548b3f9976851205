package dev.piiguard.core.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hosts of known AI APIs, read from the data file {@code ai-hosts.txt} beside this class: one
 * host glob per line, {@code #} starts a comment.
 */
public final class AiHostCatalogue {
  private static final String RESOURCE = "ai-hosts.txt";

  private AiHostCatalogue() {}

  /** The globs of the AI API hosts this release knows. */
  public static List<HostGlob> builtIn() {
    try (InputStream in = AiHostCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads globs from a catalogue in the {@code ai-hosts.txt} format. */
  public static List<HostGlob> parse(InputStream catalogue) throws IOException {
    List<HostGlob> globs = new ArrayList<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(catalogue, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comment = line.indexOf('#');
      String entry = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (!entry.isEmpty()) {
        globs.add(HostGlob.of(entry));
      }
    }
    return List.copyOf(globs);
  }
}
