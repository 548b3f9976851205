package dev.piiguard.cli.report.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.piiguard.cli.report.input.PiiMasker;
import dev.piiguard.cli.report.input.ReportInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReaderTest {

  @TempDir Path folder;

  private final SpotBugsFileReader reader = new SpotBugsFileReader(new PiiMasker());

  @Test
  void realSpotBugsSarifWithoutPiiPatternsGivesNoFindingsAndCountsTheOthers() throws Exception {
    // Written by SpotBugs 4.10.4 (-sarif) for the same class as standard-bugs.xml.
    StaticAnalysis analysis = reader.read(Fixtures.resource("spotbugs/standard-bugs.sarif"));

    assertThat(analysis.findings()).isEmpty();
    assertThat(analysis.otherFindings()).isEqualTo(4);
    assertThat(analysis.format()).isEqualTo("SARIF");
  }

  @Test
  void readsAFindingFromTheResultAndItsRule() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("pii-findings.sarif"));

    assertThat(analysis.findings()).hasSize(7);
    assertThat(analysis.findings().get(2)).isEqualTo(new StaticFinding(
        "PII_TO_AI_API", 1, 359, "com.example.shop.SupportAssistant", "ask(Customer, String)",
        "com.example.shop.Customer.email",
        "com.openai.services.blocking.chat.ChatCompletionService.create(ChatCompletionCreateParams)",
        List.of("EMAIL"), CodeLocation.UNKNOWN, new CodeLocation("com/example/shop/SupportAssistant.java", 57, 57),
        "Sensitive com.example.shop.Customer.email (EMAIL) reaches the AI client"
            + " com.openai.services.blocking.chat.ChatCompletionService.create(ChatCompletionCreateParams)"
            + " in com.example.shop.SupportAssistant.ask(Customer, String)."));
    BugPatternInfo pattern = analysis.patterns().get("PII_TO_AI_API");
    assertThat(pattern.title()).isEqualTo("Personal data sent to an AI service");
    assertThat(pattern.cwe()).isEqualTo(359);
    assertThat(pattern.explanation()).startsWith("A value marked @Sensitive becomes part of a prompt");
  }

  @Test
  void takesTheSourceLineFromRelatedLocationsWhenAWriterAddsThem() throws Exception {
    Path file = write("""
        {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"SpotBugs","rules":[{"id":"PII_TO_LOG"}]}},
         "results":[{"ruleId":"PII_TO_LOG","ruleIndex":0,"level":"warning","message":{"text":"leak"},
           "locations":[{"physicalLocation":{"artifactLocation":{"uri":"com/example/Shop.java"},"region":{"startLine":22}},
                         "logicalLocations":[{"name":"pay()","kind":"function","fullyQualifiedName":"com.example.Shop.pay()"}]}],
           "relatedLocations":[{"id":1,"message":{"text":"source: Customer.email"},
              "physicalLocation":{"artifactLocation":{"uri":"com/example/Shop.java"},"region":{"startLine":20,"endLine":21}}}]}]}]}
        """);

    StaticFinding finding = reader.read(file).findings().get(0);

    assertThat(finding.sourceLine()).isEqualTo(new CodeLocation("com/example/Shop.java", 20, 21));
    assertThat(finding.sinkLine().startLine()).isEqualTo(22);
    assertThat(finding.className()).isEqualTo("com.example.Shop");
    assertThat(finding.priority()).isEqualTo(2);
    assertThat(finding.message()).isEqualTo("leak");
  }

  @Test
  void aResultWithoutARuleIsAnErrorNamingItsLine() throws Exception {
    Path file = write("{\"runs\":[{\"results\":[\n  {\"message\":{\"text\":\"x\"}}\n]}]}");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":2: result has no \"ruleId\"");
  }

  @Test
  void anotherToolsRulesAreLeftOutAsOtherPatternsAre() throws Exception {
    // a SARIF file that code scanning merged from several tools
    Path file = write("{\"runs\":[{\"tool\":{\"driver\":{\"name\":\"eslint\"}},\"results\":["
        + "{\"ruleId\":\"no-unused\",\"message\":{\"text\":\"x\"}},"
        + "{\"ruleId\":\"java/log-injection\",\"message\":{\"text\":\"y\"}}]}]}");

    StaticAnalysis analysis = reader.read(file);

    assertThat(analysis.findings()).isEmpty();
    assertThat(analysis.otherFindings()).isEqualTo(2);
  }

  @Test
  void aRuleIdThatHoldsAKeyIsNoRuleIdAndIsNotQuoted() throws Exception {
    Path file = write("{\"runs\":[{\"results\":[\n  {\"ruleId\":\"PII_AKIAIOSFODNN7EXAMPLE\",\"message\":{\"text\":\"x\"}}\n]}]}");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":2: result has no bug pattern id in \"ruleId\"");
  }

  @Test
  void jsonThatIsNotSarifIsRejected() throws Exception {
    Path file = write("{\"version\": \"2.1.0\"}");

    assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ":1: is not SARIF: it has no \"runs\" array");
  }

  @Test
  void aTruncatedSarifFileNamesTheFileAndTheLine() throws Exception {
    List<String> lines = Files.readAllLines(Fixtures.resource("pii-findings.sarif"));
    Path file = write(String.join("\n", lines.subList(0, 40)));

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":40: ends in the middle of a JSON value (truncated file?)");
  }

  private Path write(String content) throws Exception {
    Path file = folder.resolve("spotbugsSarif.json");
    Files.writeString(file, content);
    return file;
  }
}
