package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.BugCollection;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs SpotBugs once over all compiled samples (they form one application, as a real one would)
 * and checks a sample's reported lines against its {@code // BUG:} markers: a missed finding and a
 * false alarm both fail.
 */
final class SampleFindings {
  static final String SAMPLES_PACKAGE = "dev/piiguard/spotbugs/samples";
  static final String JAVA21_SAMPLES_PACKAGE = "dev/piiguard/spotbugs/samples21";
  private static final Map<String, BugCollection> RUNS = new HashMap<>();

  private SampleFindings() {}

  /** Asserts that the sample's findings are exactly the marked lines, pattern by pattern. */
  static void assertMatchesMarkers(Class<?> sample) {
    String classesRoot = System.getProperty("piiguard.samples.classes", "target/test-classes");
    assertMatchesMarkers(
        sample.getName(), MarkedSample.sourceOf(sample), run(Paths.get(classesRoot), SAMPLES_PACKAGE));
  }

  static void assertMatchesMarkers(String className, Path source, BugCollection bugs) {
    Map<String, Set<Integer>> expected = MarkedSample.expectedLines(source);
    Map<String, Set<Integer>> reported = reportedLines(bugs, className);
    assertThat(reported)
        .as("findings in %s (pattern -> lines) compared with its // BUG: markers", source.getFileName())
        .isEqualTo(expected);
  }

  /** The bugs SpotBugs reports over the Java 17 samples. */
  static BugCollection samples() {
    return run(Paths.get(System.getProperty("piiguard.samples.classes", "target/test-classes")), SAMPLES_PACKAGE);
  }

  /** The bugs SpotBugs reports over every sample class of this package under this root, computed once. */
  static synchronized BugCollection run(Path classesRoot, String samplesPackage) {
    return RUNS.computeIfAbsent(
        classesRoot.toAbsolutePath() + "!" + samplesPackage,
        key -> {
          try {
            return SpotBugsRun.analyse(sampleClassFiles(classesRoot, samplesPackage));
          } catch (Exception e) {
            throw new IllegalStateException("SpotBugs run over the samples failed", e);
          }
        });
  }

  static List<Path> sampleClassFiles(Path classesRoot, String samplesPackage) {
    try (Stream<Path> files = Files.walk(classesRoot.resolve(samplesPackage))) {
      return files.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pattern id to primary lines of the bugs reported in this top-level class or its nested classes. */
  static Map<String, Set<Integer>> reportedLines(BugCollection bugs, String topLevelClass) {
    Map<String, Set<Integer>> reported = new TreeMap<>();
    for (BugInstance bug : bugs) {
      String className = bug.getPrimaryClass().getClassName();
      if (!className.equals(topLevelClass) && !className.startsWith(topLevelClass + "$")) {
        continue;
      }
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      reported.computeIfAbsent(bug.getType(), key -> new TreeSet<>()).add(line.getStartLine());
    }
    return reported;
  }

  /** The bugs of a top-level sample class and its nested classes. */
  static List<BugInstance> bugsIn(BugCollection bugs, String topLevelClass) {
    return bugs.getCollection().stream()
        .filter(
            bug -> {
              String className = bug.getPrimaryClass().getClassName();
              return className.equals(topLevelClass) || className.startsWith(topLevelClass + "$");
            })
        .collect(Collectors.toList());
  }

}
