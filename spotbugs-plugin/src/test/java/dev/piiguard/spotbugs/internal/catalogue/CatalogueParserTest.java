package dev.piiguard.spotbugs.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueParserTest {

  @Test
  void sinkRuleNamesPatternMethodAndSentValues() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(
        new StringReader("# comment\nsink PII_TO_LOG org.slf4j.spi.LoggingEventBuilder#log args,this\n"),
        "test.txt",
        catalogue);

    SinkRule rule = catalogue.sinkCandidates("log").get(0);
    assertThat(rule.pattern()).isEqualTo(BugPattern.PII_TO_LOG);
    assertThat(rule.method().owner()).isEqualTo("org/slf4j/spi/LoggingEventBuilder");
    assertThat(rule.sendsReceiver()).isTrue();
    assertThat(rule.sendsArgument(3)).isTrue();
  }

  @Test
  void argumentPositionsSelectOnlyThoseArguments() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(new StringReader("sink PII_TO_LOG org.slf4j.MDC#put arg1"), "test.txt", catalogue);

    SinkRule rule = catalogue.sinkCandidates("put").get(0);
    assertThat(rule.sendsArgument(0)).isFalse();
    assertThat(rule.sendsArgument(1)).isTrue();
    assertThat(rule.sendsReceiver()).isFalse();
  }

  @Test
  void serializerRuleNamesAMethodThatWritesOutWholeObjects() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(new StringReader("serializer com.acme.json.Codec#encode  # our own"), "test.txt", catalogue);

    assertThat(catalogue.serializerCandidates("encode")).singleElement()
        .satisfies(method -> assertThat(method.owner()).isEqualTo("com/acme/json/Codec"));
    assertThat(catalogue.ruleCount()).isEqualTo(1);
  }

  @Test
  void clientInterfaceRuleNamesAnAnnotationByItsDescriptor() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(
        new StringReader("client-interface PII_TO_HTTP com.acme.http.RemoteCall  # our own proxies"), "test.txt", catalogue);

    assertThat(catalogue.clientInterfaces()).singleElement().satisfies(rule -> {
      assertThat(rule.pattern()).isEqualTo(BugPattern.PII_TO_HTTP);
      assertThat(rule.annotationDescriptor()).isEqualTo("Lcom/acme/http/RemoteCall;");
    });
    assertThat(catalogue.ruleCount()).isEqualTo(1);
  }

  @Test
  void clientServersAndUnsentParametersNameAnnotationsByTheirDescriptors() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(
        new StringReader("client-interface-server com.acme.web.Endpoint\nclient-unsent-parameter com.acme.http.Local"),
        "test.txt", catalogue);

    assertThat(catalogue.clientServerAnnotations()).containsExactly("Lcom/acme/web/Endpoint;");
    assertThat(catalogue.clientUnsentParameterAnnotations()).containsExactly("Lcom/acme/http/Local;");
    assertThat(catalogue.ruleCount()).isEqualTo(2);
  }

  @Test
  void streamWriteRuleNamesAMethodOrEveryMethodOfAType() throws Exception {
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(
        new StringReader("stream-write com.acme.csv.CsvWriter#*\nstream-write com.acme.json.Out#field"),
        "test.txt", catalogue);

    assertThat(catalogue.streamWriteCandidates("row")).extracting(MethodPattern::toString)
        .containsExactly("com.acme.csv.CsvWriter#*");
    assertThat(catalogue.streamWriteCandidates("field")).extracting(MethodPattern::toString)
        .containsExactly("com.acme.json.Out#field", "com.acme.csv.CsvWriter#*");
  }

  @Test
  void clientInterfaceRuleNeedsAnAnnotationNotAMethod() {
    assertThatThrownBy(() -> CatalogueParser.parse(
            new StringReader("client-interface PII_TO_HTTP com.acme.http.Client#send"), "test.txt", new Catalogue()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.txt:1: annotation must look like com.example.Annotation");
  }

  @Test
  void aCommentAfterARuleIsReadAsTheReadmeWritesIt() throws Exception {
    // the # of Owner#method came first and the comment's words were taken for the rule's
    Catalogue catalogue = new Catalogue();
    CatalogueParser.parse(new StringReader(String.join("\n",
        "sanitizer  com.acme.privacy.Masks#hashEmail                           # like @Redactor",
        "sink       PII_TO_LOG     com.acme.audit.AuditTrail#record            args # an audit log",
        "ai-host    llm-gateway.acme.internal                                  # HTTP to it counts")),
        "test.txt", catalogue);

    assertThat(catalogue.sanitizerCandidates("hashEmail")).hasSize(1);
    assertThat(catalogue.sinkCandidates("record")).hasSize(1);
    assertThat(catalogue.aiHosts()).containsExactly("llm-gateway.acme.internal");
  }

  @Test
  void descriptorPrefixNarrowsTheMethod() {
    MethodPattern pattern = MethodPattern.parse("java.util.Objects#hash(Ljava/lang/Object;");

    assertThat(pattern.matchesNameAndDescriptor("hash", "(Ljava/lang/Object;)I")).isTrue();
    assertThat(pattern.matchesNameAndDescriptor("hash", "([Ljava/lang/Object;)I")).isFalse();
  }

  @Test
  void malformedRuleNamesFileAndLine() {
    assertThatThrownBy(
            () -> CatalogueParser.parse(new StringReader("\nsink PII_TO_NOWHERE a.B#c args"), "extra.txt", new Catalogue()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra.txt:2: unknown bug pattern (expected one of [PII_TO_LOG, PII_TO_AI_API,"
            + " PII_TO_HTTP, PII_IN_EXCEPTION, PII_IN_TOSTRING])");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111 a.B#c", "sanitizer canary.leak@example.com",
    "sink PII_TO_LOG com.example.Audit#write AKIAIOSFODNN7EXAMPLE",
    "sink PII_AKIAIOSFODNN7EXAMPLE com.example.Audit#write args"})
  void aMalformedRuleQuotesNoneOfItsWords(String line) {
    // a catalogue may hold anything: no message repeats it, so no value in it reaches a build log
    assertThatThrownBy(() -> CatalogueParser.parse(new StringReader(line), "extra.txt", new Catalogue()))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            assertThat(cause.getMessage()).doesNotContain("4111111111111111", "canary",
                "AKIAIOSFODNN7EXAMPLE");
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"argz", "arg-1", "arg1x", "arg99999999999", "argument1"})
  void aSentValueThatIsNoArgumentPositionSaysWhatIsExpected(String sent) {
    assertThatThrownBy(() -> CatalogueParser.parse(
            new StringReader("sink PII_TO_LOG com.acme.Audit#record " + sent), "extra.txt", new Catalogue()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extra.txt:1: sent values must be args, this or argN (N a position from 0)");
  }

  @Test
  void builtInCatalogueLoadsEveryFile() throws Exception {
    Catalogue catalogue = CatalogueLoader.builtIn();

    assertThat(catalogue.sinkCandidates("info")).isNotEmpty();
    assertThat(catalogue.sinkCandidates("addUserMessage")).isNotEmpty();
    assertThat(catalogue.aiHosts()).contains("api.openai.com", "api.anthropic.com");
    assertThat(catalogue.streamCandidates("out")).isNotEmpty();
  }

  @Test
  void builtInAiHostsAreTheAgentsAiHosts() throws Exception {
    // one list in two files (the plugin does not depend on core): they drifted apart once (review s32c)
    List<String> agentHosts = Files.readAllLines(
            Path.of("../core/src/main/resources/dev/piiguard/core/policy/ai-hosts.txt")).stream()
        .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

    assertThat(CatalogueLoader.builtIn().aiHosts()).containsExactlyElementsOf(agentHosts);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.openai.com/v1/chat/completions",
      "https://bedrock-runtime.eu-west-1.amazonaws.com/model/x/converse",
      "https://shop-eu.openai.azure.com/openai/deployments", "HTTPS://API.ANTHROPIC.COM/v1/messages",
      "https://us-central1-aiplatform.googleapis.com/v1/projects"})
  void aiHostGlobsAreFoundInUrls(String url) throws Exception {
    assertThat(CatalogueLoader.builtIn().mentionsAiHost(url)).isTrue();
  }

  @Test
  void aLongConstantIsSearchedOnceNotFromEveryPosition() throws Exception {
    // review s32d: a greedy star tried from every position made a 64 KB constant take a minute
    String hex = "0123456789abcdef.".repeat(4096);
    Catalogue catalogue = CatalogueLoader.builtIn();

    assertThat(catalogue.mentionsAiHost(hex)).isFalse();
    assertThat(catalogue.mentionsAiHost(hex + "https://bedrock-runtime.us-east-1.amazonaws.com/x")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://s3.eu-west-1.amazonaws.com/bucket", "https://openai.com/pricing",
      "https://crm.example.com/v1/chat", "bedrock-runtime"})
  void otherUrlsNameNoAiHost(String url) throws Exception {
    assertThat(CatalogueLoader.builtIn().mentionsAiHost(url)).isFalse();
  }
}
