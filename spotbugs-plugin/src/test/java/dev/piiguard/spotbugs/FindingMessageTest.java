package dev.piiguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.spotbugs.samples.ConstantSamples;
import dev.piiguard.spotbugs.samples.ExceptionSamples;
import dev.piiguard.spotbugs.samples.HttpInterfaceSamples;
import dev.piiguard.spotbugs.samples.InterproceduralSamples;
import dev.piiguard.spotbugs.samples.PropagationSamples;
import dev.piiguard.spotbugs.samples.RequestCustomizerSamples;
import dev.piiguard.spotbugs.samples.SerializationSamples;
import dev.piiguard.spotbugs.samples.Slf4jLogSamples;
import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingMessageTest {

  private static List<BugInstance> bugs() {
    return SampleFindings.bugsIn(SampleFindings.samples(), Slf4jLogSamples.class.getName());
  }

  @Test
  void messageNamesTheSourceAndTheSink() {
    List<String> messages = bugs().stream().map(BugInstance::getMessageWithoutPrefix).collect(Collectors.toList());

    assertThat(messages)
        .contains(
            "Slf4jLogSamples.password (OTHER) reaches the log call org.slf4j.Logger.info in"
                + " dev.piiguard.spotbugs.samples.Slf4jLogSamples.fieldToLog()",
            "Customer.email (EMAIL) reaches the log call org.slf4j.Logger.info in"
                + " dev.piiguard.spotbugs.samples.Slf4jLogSamples.recordComponentToLog(Customer)");
  }

  @Test
  void findingCarriesSourceLineAndSinkLine() {
    BugInstance bug =
        bugs().stream()
            .filter(candidate -> candidate.getPrimaryMethod().getMethodName().equals("fieldToLog"))
            .findFirst()
            .orElseThrow();

    List<String> roles =
        bug.getAnnotations().stream()
            .filter(annotation -> annotation instanceof SourceLineAnnotation)
            .map(annotation -> ((SourceLineAnnotation) annotation).getDescription())
            .collect(Collectors.toList());
    assertThat(roles)
        .containsExactly(
            SourceLineAnnotation.DEFAULT_ROLE, "SOURCE_LINE_VALUE_SOURCE", "SOURCE_LINE_VALUE_SINK");
    assertThat(bug.getPrimarySourceLineAnnotation().getSourceFile()).isEqualTo("Slf4jLogSamples.java");
  }

  @Test
  void directFlowsHaveHighPriority() {
    assertThat(bugs()).allSatisfy(bug -> assertThat(bug.getPriority()).isEqualTo(1));
  }

  @Test
  void flowsThroughContainersHaveNormalPriority() {
    List<BugInstance> containerFlows =
        SampleFindings.bugsIn(SampleFindings.samples(), PropagationSamples.class.getName()).stream()
            .filter(bug -> bug.getPrimaryMethod().getMethodName().equals("collections"))
            .collect(Collectors.toList());

    assertThat(containerFlows).isNotEmpty().allSatisfy(bug -> assertThat(bug.getPriority()).isEqualTo(2));
  }

  @Test
  void aValueSetInAHeaderLambdaHasThePriorityOfTheSameValueInAHeaderCall() {
    // review s33g L5: headers(h -> h.set("X-Email", email)) ranked below header("X-Email", email)
    List<BugInstance> lambdaFlows =
        SampleFindings.bugsIn(SampleFindings.samples(), RequestCustomizerSamples.class.getName());

    assertThat(lambdaFlows).hasSize(7).allSatisfy(bug -> assertThat(bug.getPriority()).isEqualTo(1));
  }

  @Test
  void sourceLineIsWhereTheValueWasReadAndSinkLineIsTheCall() {
    BugInstance bug =
        bugs().stream()
            .filter(candidate -> candidate.getPrimaryMethod().getMethodName().equals("recordComponentToLog"))
            .findFirst()
            .orElseThrow();

    assertThat(lineWithRole(bug, "SOURCE_LINE_VALUE_SOURCE")).isEqualTo(23);
    assertThat(lineWithRole(bug, "SOURCE_LINE_VALUE_SINK")).isEqualTo(23);
  }

  @Test
  void flowThroughAHelperNamesTheHelperAndPointsAtItsSink() {
    BugInstance bug =
        SampleFindings.bugsIn(SampleFindings.samples(), InterproceduralSamples.class.getName()).stream()
            .filter(candidate -> candidate.getPrimaryMethod().getMethodName().equals("helperLogsItsParameter"))
            .findFirst()
            .orElseThrow();

    assertThat(bug.getMessageWithoutPrefix())
        .contains("Customer.email (EMAIL) reaches the log call org.slf4j.Logger.info via InterproceduralSamples.audit(String)");
    assertThat(bug.getPrimarySourceLineAnnotation().getStartLine()).isEqualTo(33);
    assertThat(lineWithRole(bug, "SOURCE_LINE_VALUE_SINK")).isEqualTo(18);
  }

  @Test
  void aConstantIsNamedByItsFieldAndItsTextAppearsInNoReport() throws Exception {
    List<BugInstance> constantBugs =
        SampleFindings.bugsIn(SampleFindings.samples(), ConstantSamples.class.getName());
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    SampleFindings.samples().writeXML(xml);

    assertThat(constantBugs)
        .extracting(BugInstance::getMessageWithoutPrefix)
        .contains(
            "ConstantSamples.Credentials.API_KEY (SECRET) reaches the log call org.slf4j.Logger.info in"
                + " dev.piiguard.spotbugs.samples.ConstantSamples.constantOfAnotherClass()")
        .allSatisfy(message -> assertThat(message).doesNotContain("sk-canary", "078-05-1120"));
    // javac folds both constants into one text: a finding for each
    assertThat(constantBugs)
        .filteredOn(bug -> bug.getPrimaryMethod().getMethodName().equals("twoConstantsFoldedIntoOneText"))
        .extracting(BugInstance::getMessageWithoutPrefix)
        .anySatisfy(message -> assertThat(message).startsWith("ConstantSamples.Credentials.API_KEY (SECRET)"))
        .anySatisfy(message -> assertThat(message).startsWith("ConstantSamples.Credentials.TEST_ID (NATIONAL_ID)"));
    assertThat(xml.toString(StandardCharsets.UTF_8)).contains("Credentials.API_KEY")
        .doesNotContain("sk-canary", "078-05-1120");
  }

  @Test
  void aSerialisedRecordIsOneFindingPerSensitiveComponent() {
    // review s32f: its field and its accessor were two sources of one path
    List<String> messages = SampleFindings.bugsIn(SampleFindings.samples(), SerializationSamples.class.getName()).stream()
        .filter(bug -> bug.getPrimaryMethod().getMethodName().equals("collectionsGivenToTheSerialiserAreReadByTheirDeclaration"))
        .map(BugInstance::getMessageWithoutPrefix)
        .filter(message -> message.startsWith("SerializationSamples.FraudCheck.email"))
        .collect(Collectors.toList());

    assertThat(messages).hasSize(4).allSatisfy(message ->
        assertThat(message).startsWith("SerializationSamples.FraudCheck.email (EMAIL) reaches"));
  }

  @Test
  void anApplicationExceptionsMessageIsReportedWhereTheExceptionIsMade() {
    BugInstance bug =
        SampleFindings.bugsIn(SampleFindings.samples(), ExceptionSamples.class.getName()).stream()
            .filter(candidate -> candidate.getPrimaryMethod().getMethodName().equals("ownException"))
            .findFirst()
            .orElseThrow();

    assertThat(bug.getMessageWithoutPrefix())
        .isEqualTo("Customer.email (EMAIL) reaches the exception message new"
            + " dev.piiguard.spotbugs.samples.ExceptionSamples.AccountException in"
            + " dev.piiguard.spotbugs.samples.ExceptionSamples.ownException(Customer)");
    assertThat(lineWithRole(bug, "SOURCE_LINE_VALUE_SINK")).isEqualTo(24);
  }

  @Test
  void aDeclarativeClientCallNamesTheInterfaceMethodAndWhatItsBodySerialises() {
    List<String> messages = SampleFindings.bugsIn(SampleFindings.samples(), HttpInterfaceSamples.class.getName()).stream()
        .filter(bug -> bug.getPrimaryMethod().getMethodName().equals("feignClient"))
        .map(BugInstance::getMessageWithoutPrefix)
        .collect(Collectors.toList());

    assertThat(messages).contains(
        "HttpInterfaceSamples.CrmContact.email (EMAIL) reaches the HTTP request declarative client"
            + " dev.piiguard.spotbugs.samples.HttpInterfaceSamples.BillingClient.invoice in"
            + " dev.piiguard.spotbugs.samples.HttpInterfaceSamples.feignClient(HttpInterfaceSamples$BillingClient, Customer)");
  }

  private static int lineWithRole(BugInstance bug, String role) {
    return bug.getAnnotations().stream()
        .filter(annotation -> annotation instanceof SourceLineAnnotation && role.equals(annotation.getDescription()))
        .map(annotation -> ((SourceLineAnnotation) annotation).getStartLine())
        .findFirst()
        .orElseThrow();
  }
}
