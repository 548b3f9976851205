package dev.piiguard.spotbugs;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a source tree with the JDK's compiler into its own class folder, as a separate Maven
 * module would be: against the test classpath plus the given class folders.
 */
final class SeparateCompilation {
  private SeparateCompilation() {}

  /** Compiles every {@code .java} file under {@code sources} into {@code output}; fails with javac's messages. */
  static Path compile(Path sources, Path output, List<Path> extraClasspath) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>();
    arguments.add("--release");
    arguments.add("17");
    arguments.add("-g");
    arguments.add("-d");
    arguments.add(output.toString());
    arguments.add("-classpath");
    String classpath =
        Stream.concat(extraClasspath.stream().map(Path::toString), Stream.of(System.getProperty("java.class.path")))
            .collect(Collectors.joining(File.pathSeparator));
    arguments.add(classpath);
    arguments.addAll(files(sources, ".java").stream().map(Path::toString).collect(Collectors.toList()));
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    if (javac.run(null, messages, messages, arguments.toArray(new String[0])) != 0) {
      throw new IllegalStateException(
          "javac failed on " + sources + ":\n" + messages.toString(StandardCharsets.UTF_8));
    }
    return output;
  }

  /** Every file under {@code root} whose name ends with {@code suffix}. */
  static List<Path> files(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
