package dev.piiguard.agent.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a scenario class in a new JVM, optionally with the built agent jar, and collects what it
 * printed. The scenario classpath is this test JVM's classpath without the agent's and core's own
 * classes and shaded dependencies, so that only the agent jar brings them.
 */
final class ForkedJvm {
  private static final List<String> NOT_FOR_APPLICATIONS = List.of(
      "/agent/target/classes", "piiguard-agent", "/core/target/classes", "piiguard-core",
      "/annotations/target/classes", "piiguard-annotations", "byte-buddy", "libphonenumber");

  private final Path javaHome;
  private final List<String> jvmOptions = new ArrayList<>();
  private final List<String> extraClasspath = new ArrayList<>();
  private final List<String> excludedClasspath = new ArrayList<>();
  private String agentArguments;
  private boolean withAgent;
  private boolean onlyTestClasses;

  private ForkedJvm(Path javaHome) {
    this.javaHome = javaHome;
  }

  /** A JVM of the JDK at {@code javaHome}. */
  static ForkedJvm of(Path javaHome) {
    return new ForkedJvm(javaHome);
  }

  /** The JDKs to run scenarios on: this one, and the extra ones that exist on this machine. */
  static List<Path> javaHomes() {
    List<Path> homes = new ArrayList<>();
    homes.add(Path.of(System.getProperty("java.home")));
    String extra = System.getProperty("piiguard.it.extra-java-homes", "");
    for (String home : extra.split(File.pathSeparator)) {
      Path path = Path.of(home.trim());
      if (!home.isBlank() && Files.isExecutable(path.resolve("bin/java")) && !homes.contains(path)) {
        homes.add(path);
      }
    }
    return homes;
  }

  /** The built agent jar, from the {@code piiguard.agent.jar} system property failsafe sets. */
  static Path agentJar() {
    Path jar = Path.of(System.getProperty("piiguard.agent.jar", "target/piiguard-agent.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("agent jar not built: " + jar);
    }
    return jar;
  }

  ForkedJvm withAgent(String arguments) {
    this.withAgent = true;
    this.agentArguments = arguments;
    return this;
  }

  ForkedJvm jvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  ForkedJvm classpathEntry(Path entry) {
    extraClasspath.add(entry.toString());
    return this;
  }

  /** Leaves every library off the class path: the application is this module's test classes alone. */
  ForkedJvm onlyTestClasses() {
    this.onlyTestClasses = true;
    return this;
  }

  /** Leaves OkHttp, Okio and Kotlin off the class path. */
  ForkedJvm withoutOkHttp() {
    excludedClasspath.addAll(List.of("/com/squareup/okhttp3/", "/com/squareup/okio/", "/org/jetbrains/kotlin/"));
    return this;
  }

  /** Uses the OkHttp, Okio and Kotlin jars in {@code directory} instead of the test classpath's. */
  ForkedJvm okHttpFrom(Path directory) throws IOException {
    withoutOkHttp();
    try (Stream<Path> jars = Files.list(directory)) {
      jars.filter(jar -> jar.toString().endsWith(".jar")).sorted()
          .forEach(jar -> extraClasspath.add(jar.toString()));
    }
    return this;
  }

  /** Runs {@code mainClass} with {@code arguments} and waits for it, at most {@code timeoutSeconds}. */
  Result run(Class<?> mainClass, String... arguments) throws IOException, InterruptedException {
    return run(mainClass.getName(), 120, arguments);
  }

  Result run(String mainClass, int timeoutSeconds, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = javaCommand();
    command.add("-cp");
    List<String> classpath = new ArrayList<>(extraClasspath);
    for (String entry : applicationClasspath()) {
      boolean library = !entry.endsWith("test-classes") && !entry.endsWith("test-classes/");
      if (excludedClasspath.stream().noneMatch(entry::contains) && !(onlyTestClasses && library)) {
        classpath.add(entry);
      }
    }
    command.add(String.join(File.pathSeparator, classpath));
    command.add(mainClass);
    command.addAll(Arrays.asList(arguments));
    return run(command, timeoutSeconds);
  }

  /**
   * Runs the executable jar {@code jar} ({@code java -jar}: the jar is the whole class path) with
   * {@code arguments} and waits for it, at most {@code timeoutSeconds}.
   */
  Result runJar(Path jar, int timeoutSeconds, String... arguments) throws IOException, InterruptedException {
    List<String> command = javaCommand();
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(arguments));
    return run(command, timeoutSeconds);
  }

  private List<String> javaCommand() {
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.add("-Xshare:auto");
    if (withAgent) {
      String agent = "-javaagent:" + agentJar();
      command.add(agentArguments == null || agentArguments.isEmpty() ? agent : agent + "=" + agentArguments);
    }
    command.addAll(jvmOptions);
    return command;
  }

  private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("forked-out", ".txt");
    Path err = Files.createTempFile("forked-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("PIIGUARD_"));
      Process process = builder.start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("forked JVM did not finish in " + timeoutSeconds + " s: "
            + Files.readString(err));
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static List<String> applicationClasspath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> NOT_FOR_APPLICATIONS.stream().noneMatch(entry::contains))
        .collect(Collectors.toList());
  }

  /** What a forked JVM did. */
  record Result(int exitCode, String stdout, String stderr) {
    List<String> stdoutLines() {
      return stdout.lines().collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
  }
}
