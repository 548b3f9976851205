package dev.piiguard.cli.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.cli.report.ReportCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportRendererTest {

  @TempDir Path folder;

  @Test
  void showsTheCountsOneLinePerFindingAndOneLinePerDestination() throws Exception {
    String text = new TextReportRenderer().render(ReportFixtures.shop());

    assertThat(text).isEqualTo("""
        PII Guard report from pii-findings.xml (SpotBugs XML) and audit.jsonl (audit events)

        Found in code: 7 findings of 5 patterns
          by pattern: PII_TO_LOG 2, PII_TO_AI_API 2, PII_TO_HTTP 1, PII_IN_EXCEPTION 1, PII_IN_TOSTRING 1
          by PII type: EMAIL 3, PAYMENT_CARD 2, IBAN 1, PHONE 1
        Seen at run time: 5 requests inspected: 1 redacted, 2 tokenized, 1 blocked, 1 sent unchanged; 1 not inspected
          1 request carried personal data over plain HTTP to another machine
          values by type: EMAIL 5, IBAN 1, PAYMENT_CARD 1, PHONE 1, US_SSN 1

        Static findings (source -> sink):
          PII_TO_LOG        Checkout.java:42          Customer.email (EMAIL) -> org.slf4j.Logger.info
          PII_TO_LOG        PaymentService.java:29    Payment.cardNumber (PAYMENT_CARD) -> org.apache.logging.log4j.Logger.debug
          PII_TO_AI_API     SupportAssistant.java:57  Customer.email (EMAIL) -> com.openai.services.blocking.chat.ChatCompletionService.create
          PII_TO_AI_API     SupportAssistant.java:57  Customer.phone (PHONE) -> com.openai.services.blocking.chat.ChatCompletionService.create
          PII_TO_HTTP       CrmClient.java:35         Customer.iban (IBAN) -> java.net.http.HttpRequest$BodyPublishers.ofString
          PII_IN_EXCEPTION  PaymentService.java:31    Payment.cardNumber (PAYMENT_CARD) -> new java.lang.IllegalStateException
          PII_IN_TOSTRING   Customer.java:9           Customer.email (EMAIL) -> com.example.shop.Customer.toString

        At run time, per destination:
          https://api.openai.com         rule ai        3 requests: sent-uninspected 1, tokenized 2  EMAIL 3, PAYMENT_CARD 1, PHONE 1
          https://api.anthropic.com      rule ai        1 request: blocked 1                         US_SSN 1
          http://crm.example.net:8080    rule default   1 request: sent 1, 1 over plain HTTP         EMAIL 1, IBAN 1
          https://hooks.partner.example  rule partners  1 request: redacted 1                        EMAIL 1
        """);
  }

  @Test
  void withOnlySpotBugsInputItShowsTheFindingsAndNoRunTimePart() throws Exception {
    String text = new TextReportRenderer().render(ReportFixtures.model("spotbugs/plugin-findings-typed.xml", null));

    assertThat(text).isEqualTo("""
        PII Guard report from plugin-findings-typed.xml (SpotBugs XML)

        Found in code: 5 findings of 4 patterns
          by pattern: PII_TO_AI_API 2, PII_TO_LOG 1, PII_TO_HTTP 1, PII_IN_TOSTRING 1
          by PII type: OTHER 2, EMAIL 1, NATIONAL_ID 1, PAYMENT_CARD 1, PHONE 1

        Static findings (source -> sink):
          PII_TO_LOG       CheckoutService.java:38        PaymentCard.number (PAYMENT_CARD) -> org.slf4j.Logger.info
          PII_TO_AI_API    RecommendationService.java:27  Customer.preferences -> dev.langchain4j.model.chat.ChatModel.chat
          PII_TO_AI_API    SupportAssistant.java:36       Customer.contact (EMAIL, PHONE) -> com.openai.models.chat.completions.ChatCompletionCreateParams.Builder.addUserMessage
          PII_TO_HTTP      TaxReportClient.java:41        Customer.taxId (NATIONAL_ID) -> java.net.http.HttpRequest.Builder.POST
          PII_IN_TOSTRING  Customer.java:12               Customer.nickname -> Customer.toString()
        """);
  }

  @Test
  void controlAndFormattingCharactersInTheInputsNeverReachTheTerminal() throws Exception {
    Path sarif = folder.resolve("spotbugsSarif.json");
    Files.writeString(sarif, """
        {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"SpotBugs","rules":[
          {"id":"PII_TO_LOG","messageStrings":{"default":{"text":"{0} reaches the log call {1} in {2}."}}}]}},
         "results":[{"ruleId":"PII_TO_LOG","message":{"id":"default","arguments":[
           "Customer.\\u001b[2J\\u001b]0;pwned\\u0007email","org.slf4j.Logger.\\u202einfo\\u2028","C.m()"]},
           "locations":[{"physicalLocation":{"artifactLocation":{"uri":"C\\u001b[31m.java"},"region":{"startLine":3}}}]}]}]}
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status = new ReportCommand().run(List.of("--spotbugs", sarif.toString(), "--format", "text"),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(text).contains("PII_TO_LOG  C?[31m.java:3  Customer.?[2J?]0;pwned?email -> org.slf4j.Logger.?info?");
    assertThat(text.chars().filter(c -> c != '\n' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)))
        .isEmpty();
  }
}
