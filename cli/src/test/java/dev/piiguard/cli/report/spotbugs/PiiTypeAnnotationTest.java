package dev.piiguard.cli.report.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.input.PiiMasker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the PII types the plugin puts into each finding: a {@code String} annotation with role
 * {@code STRING_PII_TYPE} holding comma-separated {@code PiiType} names. In SARIF, SpotBugs writes
 * an annotation only as a message argument, when the pattern's message refers to it.
 */
class PiiTypeAnnotationTest {

  private final SpotBugsFileReader reader = new SpotBugsFileReader(new PiiMasker());

  @Test
  void eachXmlFindingTakesTheTypesOfItsTypeAnnotationAndKeepsItsSourceAndSink() throws Exception {
    StaticAnalysis analysis = reader.read(Fixtures.resource("spotbugs/plugin-findings-typed.xml"));

    assertThat(analysis.findings())
        .extracting(StaticFinding::source, StaticFinding::piiTypes, StaticFinding::sink)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PaymentCard.number", List.of("PAYMENT_CARD"), "org.slf4j.Logger.info"),
            org.assertj.core.groups.Tuple.tuple("Customer.contact", List.of("EMAIL", "PHONE"),
                "com.openai.models.chat.completions.ChatCompletionCreateParams.Builder.addUserMessage"),
            org.assertj.core.groups.Tuple.tuple("Customer.preferences", List.of("OTHER"), "dev.langchain4j.model.chat.ChatModel.chat"),
            org.assertj.core.groups.Tuple.tuple("Customer.taxId", List.of("NATIONAL_ID"), "java.net.http.HttpRequest.Builder.POST"),
            org.assertj.core.groups.Tuple.tuple("Customer.nickname", List.of("OTHER"), "Customer.toString()"));
    assertThat(analysis.findings().get(0).sinkLine())
        .isEqualTo(new CodeLocation("com/example/shop/checkout/CheckoutService.java", 38, 38));
  }

  @Test
  void sarifFindingsTakeTheirTypesFromTheMessageArgumentsTheTemplateRefersTo() throws Exception {
    StaticAnalysis xml = reader.read(Fixtures.resource("spotbugs/plugin-findings-typed.xml"));
    StaticAnalysis sarif = reader.read(Fixtures.resource("spotbugs/plugin-findings-typed.sarif"));

    assertThat(sarif.findings())
        .extracting(StaticFinding::source, StaticFinding::piiTypes, StaticFinding::sink)
        .containsExactlyElementsOf(xml.findings().stream()
            .map(f -> org.assertj.core.groups.Tuple.tuple(f.source(), f.piiTypes(), f.sink())).toList());
    assertThat(sarif.findings().get(1).message()).isEqualTo(
        "Customer.contact (EMAIL,PHONE) reaches the AI client call"
            + " com.openai.models.chat.completions.ChatCompletionCreateParams.Builder.addUserMessage"
            + " in com.example.shop.support.SupportAssistant.answer(Customer, String).");
  }
}
