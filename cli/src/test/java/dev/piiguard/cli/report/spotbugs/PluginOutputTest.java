package dev.piiguard.cli.report.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.input.PiiMasker;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads what SpotBugs 4.10.4 wrote with PII Guard's plugin for the plugin's own samples
 * (Customer, ExceptionSamples, HttpClientSamples, OpenAiSamples, Slf4jLogSamples, ToStringSamples;
 * {@code -low -xml:withMessages} and {@code -sarif}; only the build folders were renamed).
 */
class PluginOutputTest {

  private final SpotBugsFileReader reader = new SpotBugsFileReader(new PiiMasker());

  @Test
  void readsEveryPiiFindingOfTheXmlAndLeavesOutTheOthers() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("spotbugs/plugin-findings.xml"));

    assertThat(countByPattern(analysis)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "PII_TO_LOG", 6L, "PII_TO_AI_API", 4L, "PII_TO_HTTP", 15L, "PII_IN_EXCEPTION", 2L, "PII_IN_TOSTRING", 5L));
    assertThat(analysis.otherFindings()).isEqualTo(2);
    assertThat(analysis.patterns().get("PII_TO_LOG").title()).isEqualTo("Personal data is written to a log");
    assertThat(analysis.patterns().get("PII_TO_LOG").explanation()).startsWith("Risk. A value marked @Sensitive is written to a log.");
  }

  @Test
  void takesSourceAndSinkFromThePluginsStringsAndLinesFromItsRoles() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("spotbugs/plugin-findings.xml"));

    StaticFinding exception = analysis.findings().stream()
        .filter(f -> f.pattern().equals("PII_IN_EXCEPTION") && f.methodName().equals("jdkException(Customer)"))
        .findFirst().orElseThrow();
    assertThat(exception.className()).isEqualTo("dev.piiguard.spotbugs.samples.ExceptionSamples");
    assertThat(exception.source()).isEqualTo("Customer.email");
    assertThat(exception.sink()).isEqualTo("new java.lang.IllegalStateException");
    assertThat(exception.sourceLine()).isEqualTo(new CodeLocation("dev/piiguard/spotbugs/samples/ExceptionSamples.java", 17, 17));
    assertThat(exception.sinkLine()).isEqualTo(new CodeLocation("dev/piiguard/spotbugs/samples/ExceptionSamples.java", 17, 17));
    assertThat(exception.cwe()).isEqualTo(209);
    assertThat(exception.priority()).isEqualTo(1);
    // The plugin does not (yet) name the PiiType of the source.
    assertThat(exception.piiTypes()).containsExactly("OTHER");
    assertThat(analysis.findings()).allSatisfy(finding -> {
      assertThat(finding.source()).isNotEmpty();
      assertThat(finding.sink()).isNotEmpty();
      assertThat(finding.sinkLine().isKnown()).isTrue();
    });
  }

  @Test
  void readsTheSameFindingsFromTheSarif() throws Exception {
    StaticAnalysis xml = reader.read(Fixtures.resource("spotbugs/plugin-findings.xml"));
    StaticAnalysis sarif = reader.read(Fixtures.resource("spotbugs/plugin-findings.sarif"));

    assertThat(countByPattern(sarif)).isEqualTo(countByPattern(xml));
    assertThat(sarif.otherFindings()).isEqualTo(2);
    assertThat(sarif.findings()).extracting(f -> f.source() + " → " + f.sink())
        .containsExactlyInAnyOrderElementsOf(xml.findings().stream().map(f -> f.source() + " → " + f.sink()).toList());
    StaticFinding toString = sarif.findings().stream()
        .filter(f -> f.pattern().equals("PII_IN_TOSTRING") && f.className().endsWith(".Customer"))
        .findFirst().orElseThrow();
    assertThat(toString.source()).isEqualTo("Customer.email");
    assertThat(toString.sink()).isEqualTo("Customer.toString()");
    assertThat(toString.message()).isEqualTo("Customer.toString() includes Customer.email.");
    assertThat(toString.sinkLine().startLine()).isEqualTo(8);
  }

  private static Map<String, Long> countByPattern(StaticAnalysis analysis) {
    List<StaticFinding> findings = analysis.findings();
    return findings.stream().collect(Collectors.groupingBy(StaticFinding::pattern, Collectors.counting()));
  }
}
