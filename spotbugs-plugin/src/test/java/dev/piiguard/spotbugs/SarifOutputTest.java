package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import edu.umd.cs.findbugs.sarif.SarifBugReporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SpotBugs' own SARIF reporter carries our findings and the rule metadata of findbugs.xml and messages.xml. */
class SarifOutputTest {
  private static JsonObject run;

  @BeforeAll
  static void analyseOneSampleWithSarifOutput() throws Exception {
    ByteArrayOutputStream sarif = new ByteArrayOutputStream();
    Path classes = Paths.get(System.getProperty("piiguard.samples.classes", "target/test-classes"));
    List<Path> files = new ArrayList<>();
    for (String name : List.of("Slf4jLogSamples", "Customer")) {
      files.add(classes.resolve(SampleFindings.SAMPLES_PACKAGE + "/" + name + ".class"));
    }
    SpotBugsRun.analyse(
        files,
        project -> {
          SarifBugReporter reporter = new SarifBugReporter(project);
          reporter.setOutputStream(new PrintStream(sarif, true, StandardCharsets.UTF_8));
          return reporter;
        });
    JsonObject document = JsonParser.parseString(sarif.toString(StandardCharsets.UTF_8)).getAsJsonObject();
    run = document.getAsJsonArray("runs").get(0).getAsJsonObject();
  }

  @Test
  void resultsNameOurRuleAndTheReportedLine() {
    List<String> results = new ArrayList<>();
    for (JsonElement element : run.getAsJsonArray("results")) {
      JsonObject result = element.getAsJsonObject();
      JsonObject location =
          result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
      results.add(
          result.get("ruleId").getAsString()
              + "@"
              + location.getAsJsonObject("artifactLocation").get("uri").getAsString()
              + ":"
              + location.getAsJsonObject("region").get("startLine").getAsInt());
    }

    assertThat(results)
        .anySatisfy(result -> assertThat(result).matches("PII_TO_LOG@.*Slf4jLogSamples.java:17"))
        .anySatisfy(result -> assertThat(result).matches("PII_IN_TOSTRING@.*Customer.java:8"));
  }

  @Test
  void thePluginsVersionIsWrittenAsItsExtensionsVersion() {
    // code scanning shows which version of the plugin found what
    JsonObject extension = null;
    for (JsonElement element : run.getAsJsonObject("tool").getAsJsonArray("extensions")) {
      if (element.getAsJsonObject().get("name").getAsString().equals("dev.piiguard.spotbugs")) {
        extension = element.getAsJsonObject();
      }
    }

    assertThat(extension).isNotNull();
    assertThat(extension.get("version").getAsString()).isNotBlank().doesNotContain("${");
  }

  @Test
  void messageArgumentsNameSourceAndSink() {
    List<String> arguments = new ArrayList<>();
    for (JsonElement element : run.getAsJsonArray("results")) {
      JsonObject message = element.getAsJsonObject().getAsJsonObject("message");
      arguments.add(message.getAsJsonArray("arguments").toString());
    }

    assertThat(arguments)
        .contains("[\"Slf4jLogSamples.password\",\"OTHER\",\"org.slf4j.Logger.info\",\"dev.piiguard.spotbugs.samples.Slf4jLogSamples.fieldToLog()\"]");
    assertThat(arguments).anySatisfy(argument -> assertThat(argument).contains("\"Customer.email\",\"EMAIL\""));
  }

  @Test
  void messageTemplateNamesSourceTypesSinkAndMethod() {
    assertThat(rule("PII_TO_LOG").getAsJsonObject("messageStrings").getAsJsonObject("default").get("text").getAsString())
        .isEqualTo("{0} ({1}) reaches the log call {2} in {3}.");
    assertThat(rule("PII_IN_TOSTRING").getAsJsonObject("messageStrings").getAsJsonObject("default").get("text").getAsString())
        .isEqualTo("{0} includes {1} ({2}).");
  }

  private static JsonObject rule(String id) {
    for (JsonElement element : run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
      if (element.getAsJsonObject().get("id").getAsString().equals(id)) {
        return element.getAsJsonObject();
      }
    }
    throw new AssertionError("no rule " + id);
  }

  @Test
  void helpUriLeadsToAnEntryOfThePatternIndexThatLinksThePatternsPage() throws Exception {
    Path docs = Paths.get(System.getProperty("piiguard.docs", "../docs"), "bug-patterns");
    String index = Files.readString(docs.resolve("README.md"), StandardCharsets.UTF_8);

    for (String id : List.of("PII_TO_LOG", "PII_IN_TOSTRING")) {
      assertThat(rule(id).get("helpUri").getAsString())
          .isEqualTo("https://github.com/piiguard/piiguard/blob/main/docs/bug-patterns/README.md#" + id);
      assertThat(index).contains("<a name=\"" + id + "\"></a>", "(" + id + ".md)");
      assertThat(docs.resolve(id + ".md")).exists();
    }
  }

  @Test
  void rulesCarryDescriptionsAndCweIds() {
    JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
    JsonObject rule = null;
    for (JsonElement element : rules) {
      if (element.getAsJsonObject().get("id").getAsString().equals("PII_TO_LOG")) {
        rule = element.getAsJsonObject();
      }
    }

    assertThat(rule).as("rule PII_TO_LOG in %s", rules).isNotNull();
    assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString())
        .isEqualTo("Personal data is written to a log.");
    assertThat(rule.toString()).contains("Logs are copied to", "CWE-532");
    List<String> relationships =
        rule.has("relationships")
            ? toStrings(rule.getAsJsonArray("relationships"))
            : List.of();
    assertThat(relationships).anySatisfy(relationship -> assertThat(relationship).contains("532"));
  }

  private static List<String> toStrings(JsonArray array) {
    List<String> strings = new ArrayList<>();
    array.forEach(element -> strings.add(element.toString()));
    return strings.stream().collect(Collectors.toList());
  }
}
