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

class BugCollectionReaderTest {

  @TempDir Path folder;

  private final PiiMasker masker = new PiiMasker();
  private final SpotBugsFileReader reader = new SpotBugsFileReader(masker);

  @Test
  void realSpotBugsOutputWithoutPiiPatternsGivesNoFindingsAndCountsTheOthers() throws Exception {
    // Written by SpotBugs 4.10.4 (-xml:withMessages) for a class with four standard bugs; one of
    // them carries a file name with an e-mail address and a card number in a String annotation.
    StaticAnalysis analysis = reader.read(Fixtures.resource("spotbugs/standard-bugs.xml"));

    assertThat(analysis.findings()).isEmpty();
    assertThat(analysis.otherFindings()).isEqualTo(4);
    assertThat(analysis.format()).isEqualTo("SpotBugs XML");
    assertThat(analysis.inputName()).isEqualTo("standard-bugs.xml");
  }

  @Test
  void readsEveryPartOfAPiiFinding() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("pii-findings.xml"));

    assertThat(analysis.findings()).hasSize(7);
    assertThat(analysis.findings().get(0)).isEqualTo(new StaticFinding(
        "PII_TO_LOG", 1, 532, "com.example.shop.Checkout", "pay(Customer)",
        "Customer.email", "org.slf4j.Logger.info", List.of("EMAIL"),
        new CodeLocation("com/example/shop/Checkout.java", 41, 41),
        new CodeLocation("com/example/shop/Checkout.java", 42, 42),
        "Sensitive Customer.email reaches the log through org.slf4j.Logger.info in"
            + " com.example.shop.Checkout.pay(Customer)"));
    assertThat(analysis.findings()).extracting(StaticFinding::sink).contains(
        "new java.lang.IllegalStateException", "java.net.http.HttpRequest$BodyPublishers.ofString");
    assertThat(analysis.findings()).extracting(StaticFinding::pattern).containsExactly(
        "PII_TO_LOG", "PII_TO_LOG", "PII_TO_AI_API", "PII_TO_AI_API", "PII_TO_HTTP", "PII_IN_EXCEPTION",
        "PII_IN_TOSTRING");
  }

  @Test
  void takesEachPatternsExplanationAsPlainText() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("pii-findings.xml"));

    BugPatternInfo log = analysis.patterns().get("PII_TO_LOG");
    assertThat(log.title()).isEqualTo("Personal data written to a log");
    assertThat(log.cwe()).isEqualTo(532);
    assertThat(log.explanation())
        .startsWith("A value marked @Sensitive reaches a logging call.")
        .contains("\n\nSolution: log an identifier")
        .doesNotContain("<");
    assertThat(analysis.patterns()).containsOnlyKeys(
        "PII_TO_LOG", "PII_TO_AI_API", "PII_TO_HTTP", "PII_IN_EXCEPTION", "PII_IN_TOSTRING");
  }

  @Test
  void withoutSourceAndSinkRolesItTakesTheFieldTheCalledMethodAndThePrimaryLine() throws Exception {
    Path file = write("""
        <BugCollection version="4.10.4">
          <BugInstance type="PII_TO_LOG" priority="2" cweid="532">
            <LongMessage>Customer.email reaches org.slf4j.Logger.info</LongMessage>
            <Class classname="com.example.Shop" primary="true"/>
            <Method classname="com.example.Shop" name="pay" signature="([Lcom/example/Item;IJ)V" primary="true"/>
            <Field classname="com.example.Customer" name="email" signature="Ljava/lang/String;"/>
            <Method classname="org.slf4j.Logger" name="info" signature="(Ljava/lang/String;)V" role="METHOD_CALLED"/>
            <SourceLine classname="com.example.Shop" start="20" end="20" sourcepath="com/example/Shop.java" role="SOURCE_LINE_VALUE_OF"/>
            <SourceLine classname="com.example.Shop" primary="true" start="22" end="22" sourcepath="com/example/Shop.java"/>
            <Property name="dev.piiguard.piiTypes" value="EMAIL,PERSON_NAME"/>
          </BugInstance>
        </BugCollection>
        """);

    StaticFinding finding = reader.read(file).findings().get(0);

    assertThat(finding.methodName()).isEqualTo("pay(Item[], int, long)");
    assertThat(finding.source()).isEqualTo("Customer.email");
    assertThat(finding.sink()).isEqualTo("org.slf4j.Logger.info");
    assertThat(finding.sinkLine().startLine()).isEqualTo(22);
    assertThat(finding.sourceLine().startLine()).isEqualTo(20);
    assertThat(finding.piiTypes()).containsExactly("EMAIL", "PERSON_NAME");
  }

  @Test
  void aFindingInsideAHelperIsReportedAtTheHelpersCall() throws Exception {
    // the plugin reports a value that reaches the sink inside a helper where the helper is called
    Path file = write("""
        <BugCollection version="4.10.4">
          <BugInstance type="PII_TO_LOG" priority="2" cweid="532">
            <Class classname="com.example.Shop" primary="true"/>
            <SourceLine classname="com.example.Shop" primary="true" start="34" end="34" sourcepath="com/example/Shop.java"/>
            <SourceLine role="SOURCE_LINE_VALUE_SOURCE" classname="com.example.Shop" start="33" end="33" sourcepath="com/example/Shop.java"/>
            <SourceLine role="SOURCE_LINE_VALUE_SINK" classname="com.example.Mailer" start="5" end="5" sourcepath="com/example/Mailer.java"/>
          </BugInstance>
          <BugInstance type="PII_TO_LOG" priority="2" cweid="532">
            <Class classname="com.example.Shop" primary="true"/>
            <SourceLine classname="com.example.Shop" primary="true" start="40" end="40" sourcepath="com/example/Shop.java"/>
            <SourceLine role="SOURCE_LINE_VALUE_SINK" classname="com.example.Shop" start="40" end="40" sourcepath="com/example/Shop.java"/>
          </BugInstance>
        </BugCollection>
        """);

    List<StaticFinding> findings = reader.read(file).findings();

    assertThat(findings.get(0).reportedAt()).isEqualTo(new CodeLocation("com/example/Shop.java", 34, 34));
    assertThat(findings.get(0).sinkLine()).isEqualTo(new CodeLocation("com/example/Mailer.java", 5, 5));
    assertThat(findings.get(0).reportedAwayFromItsSink()).isTrue();
    assertThat(findings.get(1).reportedAt()).isEqualTo(findings.get(1).sinkLine());
    assertThat(findings.get(1).reportedAwayFromItsSink()).isFalse();
  }

  @Test
  void aFindingThatNamesNoTypeHoldsOther() throws Exception {
    Path file = write("""
        <BugCollection><BugInstance type="PII_IN_EXCEPTION" priority="3">
          <Class classname="A" primary="true"/>
        </BugInstance></BugCollection>
        """);

    StaticFinding finding = reader.read(file).findings().get(0);

    assertThat(finding.piiTypes()).containsExactly("OTHER");
    assertThat(finding.sinkLine()).isEqualTo(CodeLocation.UNKNOWN);
    assertThat(finding.source()).isEmpty();
  }

  @Test
  void masksPersonalDataInMessagesNamesAndPaths() throws Exception {
    Path file = write("""
        <BugCollection><BugInstance type="PII_TO_LOG" priority="1">
          <LongMessage>value 4111111111111111 of jane.doe@example.com logged</LongMessage>
          <Class classname="com.example.Shop" primary="true"/>
          <SourceLine classname="com.example.Shop" primary="true" start="3" end="3" sourcepath="com/jane.doe@example.com/Shop.java"/>
        </BugInstance></BugCollection>
        """);

    StaticFinding finding = reader.read(file).findings().get(0);

    assertThat(finding.message()).isEqualTo("value [PAYMENT_CARD] of [EMAIL] logged");
    assertThat(finding.sinkLine().path()).isEqualTo("com/[EMAIL]/Shop.java");
    assertThat(masker.maskedCount()).isEqualTo(3);
  }

  @Test
  void aBugInstanceWithoutATypeIsAnErrorNamingItsLine() throws Exception {
    Path file = write("<BugCollection>\n  <BugInstance priority=\"1\"/>\n</BugCollection>");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":2: BugInstance has no bug pattern id in its type attribute");
  }

  @Test
  void aTypeThatHoldsAnIbanIsNoBugPatternIdAndIsNotQuoted() throws Exception {
    Path file = write("<BugCollection>\n  <BugInstance type=\"PII_DE89370400440532013000\" priority=\"1\"/>\n</BugCollection>");

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessage(file + ":2: BugInstance has no bug pattern id in its type attribute");
  }

  @Test
  void typesOfPersonalDataThatHoldAValueAreLeftOut() throws Exception {
    Path file = write("""
        <BugCollection><BugInstance type="PII_TO_LOG" priority="1">
          <Class classname="A" primary="true"/>
          <String value="EMAIL,AKIAIOSFODNN7EXAMPLE" role="STRING_PII_TYPE"/>
          <Property name="PII_TYPES" value="DE89370400440532013000 X4111111111111111 PHONE"/>
        </BugInstance></BugCollection>
        """);

    assertThat(reader.read(file).findings().get(0).piiTypes()).containsExactly("EMAIL", "PHONE");
  }

  @Test
  void anotherXmlFileIsRejectedWithAClearMessage() throws Exception {
    Path file = write("<project>\n</project>");

    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(file + ":1: is not a SpotBugs result: its root element is not <BugCollection>");
  }

  @Test
  void theMavenPluginsSummaryFileIsRejectedWithTheFileToUseInstead() throws Exception {
    Path file = write("""
        <BugCollection version="4.10.4" threshold="medium" effort="default">
          <file classname="com.example.Shop"><BugInstance type="X" priority="Normal" lineNumber="3"/></file>
        </BugCollection>
        """);

    assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("pass target/spotbugsXml.xml");
  }

  @Test
  void aTruncatedResultNamesTheFileAndTheLine() throws Exception {
    String whole = Files.readString(Fixtures.resource("pii-findings.xml"));
    Path file = write(whole.substring(0, whole.indexOf("<BugInstance type=\"PII_TO_HTTP\"") + 40));

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(ReportInputException.class)
        .hasMessageStartingWith(file + ":" + whole.substring(0, whole.indexOf("<BugInstance type=\"PII_TO_HTTP\"")).lines().count() + ":");
  }

  @Test
  void neitherXmlNorJsonIsRejected() throws Exception {
    Path file = write("type,priority\nPII_TO_LOG,1\n");

    assertThatThrownBy(() -> reader.read(file))
        .hasMessage(file + ":1: is neither SpotBugs XML (spotbugsXml.xml) nor SARIF (a JSON object)");
  }

  @Test
  void aMissingFileIsReportedAsSuch() {
    Path file = folder.resolve("absent.xml");

    assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": cannot be read: no such file");
  }

  private Path write(String content) throws Exception {
    Path file = folder.resolve("spotbugsXml.xml");
    Files.writeString(file, content);
    return file;
  }
}
