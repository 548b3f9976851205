package dev.piiguard.spotbugs.internal.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.catalogue.CatalogueLoader;
import dev.piiguard.spotbugs.internal.model.ClassBytesSource;
import dev.piiguard.spotbugs.internal.model.ClassLoaderBytes;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.samples.Customer;
import dev.piiguard.spotbugs.samples.InterproceduralSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole-application analysis on its own, without SpotBugs: class bytes from the test class loader. */
class ApplicationAnalysisTest {
  private final RecordingBytes bytes = new RecordingBytes();
  private final List<String> failures = new ArrayList<>();

  /** An application that refers to no class declaring anything sensitive. */
  static final class PlainApplication {
    private static final Logger log = LoggerFactory.getLogger(PlainApplication.class);

    void greet(String name) {
      log.info("hello {}", name);
    }
  }

  /** Class bytes from the test class loader, remembering which classes were asked for. */
  static final class RecordingBytes implements ClassBytesSource {
    private final ClassLoaderBytes loader = new ClassLoaderBytes();
    final Set<String> requested = new TreeSet<>();

    @Override
    public byte[] bytes(String internalName) {
      requested.add(internalName);
      return loader.bytes(internalName);
    }
  }

  private ApplicationAnalysis analyse(String... internalNames) throws Exception {
    ClassRepository classes = new ClassRepository(bytes);
    for (String internalName : internalNames) {
      classes.addApplicationClass(bytes.bytes(internalName));
    }
    ApplicationAnalysis analysis =
        new ApplicationAnalysis(
            classes, CatalogueLoader.builtIn(), bytes, (owner, method, error) -> failures.add(owner + "." + method + ": " + error));
    analysis.run();
    return analysis;
  }

  private static String name(Class<?> type) {
    return Type.getInternalName(type);
  }

  @Test
  void summariesCarryFlowsAcrossMethodsAndFields() throws Exception {
    ApplicationAnalysis analysis =
        analyse(name(InterproceduralSamples.class), name(InterproceduralSamples.class) + "$Mailbox", name(Customer.class));

    assertThat(analysis.findings(Type.getInternalName(InterproceduralSamples.class)))
        .extracting(Finding::methodName)
        .containsExactlyInAnyOrder(
            "returnsWhatItWasGiven",
            "helperLogsItsParameter",
            "helperOfHelperLogs",
            "fieldAssignedSensitiveValueElsewhere",
            "getterReturnsIt",
            "helperAppendsToTheCallersBuilder",
            "helperMakesANewStringFromTheCallers",
            "fieldListLogged");
    assertThat(failures).isEmpty();
  }

  @Test
  void helperFindingNamesHelperSinkAndBothLines() throws Exception {
    ApplicationAnalysis analysis = analyse(name(InterproceduralSamples.class), name(Customer.class));

    Finding finding =
        analysis.findings(Type.getInternalName(InterproceduralSamples.class)).stream()
            .filter(candidate -> candidate.methodName().equals("helperLogsItsParameter"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.pattern()).isEqualTo(BugPattern.PII_TO_LOG);
    assertThat(finding.sourceDescription()).isEqualTo("Customer.email");
    assertThat(finding.sinkName()).isEqualTo("org.slf4j.Logger.info");
    assertThat(finding.via()).isEqualTo("InterproceduralSamples.audit(String)");
    assertThat(finding.line()).isEqualTo(33);
    assertThat(finding.sinkLine()).isEqualTo(18);
  }

  @Test
  void applicationWithoutSensitiveDeclarationsIsNotAnalysed() throws Exception {
    ApplicationAnalysis analysis = analyse(name(PlainApplication.class));

    assertThat(analysis.methodAnalyses()).isZero();
    assertThat(analysis.allFindings()).isEmpty();
  }

  @Test
  void onlyClassesTheApplicationRefersToAreReadForDeclarations() throws Exception {
    analyse(name(PlainApplication.class));

    assertThat(bytes.requested)
        .contains("org/slf4j/Logger", "org/slf4j/LoggerFactory")
        .allMatch(
            requested ->
                requested.equals(name(PlainApplication.class))
                    || requested.startsWith("java/")
                    || requested.startsWith("org/slf4j/"),
            "the application, the JDK or SLF4J");
  }

  @Test
  void applicationThatUsesSensitiveDataDeclaredOnlyInAnotherClassIsAnalysed() throws Exception {
    ApplicationAnalysis analysis = analyse(name(InterproceduralSamples.class));

    assertThat(analysis.methodAnalyses()).isPositive();
    assertThat(analysis.findings(name(InterproceduralSamples.class)))
        .extracting(Finding::sourceDescription)
        .contains("Customer.email");
  }
}
