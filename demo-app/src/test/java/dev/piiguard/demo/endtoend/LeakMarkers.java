package dev.piiguard.demo.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the {@code // LEAK: PATTERN} comments in the demo's sources: each marks the next code line
 * as one where the plugin must report that pattern.
 */
final class LeakMarkers {
  private static final Pattern MARKER = Pattern.compile("^\\s*// LEAK: (PII_[A-Z_]+)");

  private LeakMarkers() {}

  static Set<Leak> in(Path sourceRoot) throws IOException {
    Set<Leak> leaks = new TreeSet<>(Comparator.comparing(Leak::toString));
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      files.filter(file -> file.toString().endsWith(".java")).forEach(file -> leaks.addAll(markedIn(file)));
    }
    return leaks;
  }

  private static Set<Leak> markedIn(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<Leak> leaks = new TreeSet<>(Comparator.comparing(Leak::toString));
    for (int index = 0; index < lines.size(); index++) {
      Matcher marker = MARKER.matcher(lines.get(index));
      if (marker.find()) {
        int codeLine = index + 1;
        while (lines.get(codeLine).trim().startsWith("//")) {
          codeLine++;
        }
        leaks.add(new Leak(file.getFileName().toString(), codeLine + 1, marker.group(1)));
      }
    }
    return leaks;
  }
}
