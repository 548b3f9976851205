package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Builds {@code src/it/maven-example}, a user's project, with Maven and spotbugs-maven-plugin
 * running the plugin jar this build just packaged: the leak fails the build and is in both the
 * XML and the SARIF report.
 */
class MavenExampleIT {
  private static Path project;
  private static int exitCode;
  private static String output;

  @BeforeAll
  static void buildTheExampleProject() throws Exception {
    project = Paths.get("target/it/maven-example").toAbsolutePath();
    copy(Paths.get("src/it/maven-example"), project);
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString());
    command.add("-B");
    command.add("-f");
    command.add(project.resolve("pom.xml").toString());
    for (String property :
        List.of(
            "piiguard.plugin.jar",
            "piiguard.annotations.jar",
            "slf4j.version",
            "spotbugs-maven-plugin.version",
            "spotbugs.version",
            "maven-compiler-plugin.version",
            "maven-resources-plugin.version")) {
      command.add("-D" + property + "=" + System.getProperty(property));
    }
    command.add("verify");
    Process maven =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve("build.log").toFile())
            .start();
    assertThat(maven.waitFor(8, TimeUnit.MINUTES)).as("example build finished").isTrue();
    exitCode = maven.exitValue();
    output = Files.readString(project.resolve("build.log"), StandardCharsets.UTF_8);
  }

  @Test
  void leakFailsTheBuild() {
    assertThat(exitCode).as(output).isNotZero();
    assertThat(output).contains("PII_TO_LOG").contains("Customer.email (EMAIL) reaches the log call org.slf4j.Logger.info");
  }

  @Test
  void xmlReportHasTheFindingOnTheLeakingLineOnly() throws IOException {
    String xml = Files.readString(project.resolve("target/spotbugsXml.xml"), StandardCharsets.UTF_8);

    assertThat(xml.split("<BugInstance ", -1)).as("one finding").hasSize(2);
    assertThat(xml).contains("type='PII_TO_LOG'").contains("start='21' end='21'");
    assertThat(xml).containsPattern("<String (value='EMAIL' role='STRING_PII_TYPE'|role='STRING_PII_TYPE' value='EMAIL')");
  }

  @Test
  void sarifReportCarriesTheRule() throws IOException {
    String sarif = Files.readString(project.resolve("target/spotbugsSarif.json"), StandardCharsets.UTF_8);

    assertThat(sarif).contains("\"ruleId\":\"PII_TO_LOG\"").contains("Personal data is written to a log");
    assertThat(sarif).contains("\"arguments\":[\"Checkout.Customer.email\",\"EMAIL\",\"org.slf4j.Logger.info\"");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          source -> {
            try {
              Path target = to.resolve(from.relativize(source).toString().replace(File.separatorChar, '/'));
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
