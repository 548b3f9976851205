package dev.piiguard.spotbugs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected findings of a sample source file, written in it as {@code // BUG: PII_TO_LOG}
 * comments: each marker expects a finding of that pattern on the next line that is code. Several
 * markers may stand above one line.
 */
final class MarkedSample {
  private static final Pattern MARKER = Pattern.compile("^\\s*// BUG: ([A-Z_]+)\\s*$");

  private MarkedSample() {}

  /** The source file of a top-level sample class under {@code piiguard.samples.sources}. */
  static Path sourceOf(Class<?> sample) {
    String root = System.getProperty("piiguard.samples.sources", "src/test/java");
    return Paths.get(root, sample.getName().replace('.', '/') + ".java");
  }

  /** Pattern id to the 1-based lines the markers point at. */
  static Map<String, Set<Integer>> expectedLines(Path source) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<Integer>> expected = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      if (!marker.matches()) {
        continue;
      }
      int target = i + 1;
      while (target < lines.size() && isCommentOrBlank(lines.get(target))) {
        target++;
      }
      if (target == lines.size()) {
        throw new IllegalStateException(source + ":" + (i + 1) + ": marker with no code under it");
      }
      expected.computeIfAbsent(marker.group(1), key -> new TreeSet<>()).add(target + 1);
    }
    return expected;
  }

  private static boolean isCommentOrBlank(String line) {
    String trimmed = line.trim();
    return trimmed.isEmpty() || trimmed.startsWith("//");
  }
}
