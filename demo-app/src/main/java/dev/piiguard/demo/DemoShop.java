package dev.piiguard.demo;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.piiguard.demo.checkout.CheckoutService;
import dev.piiguard.demo.checkout.FraudCheckClient;
import dev.piiguard.demo.checkout.PaymentDeclinedException;
import dev.piiguard.demo.recommend.RecommendationService;
import dev.piiguard.demo.remote.EmbeddedAiServer;
import dev.piiguard.demo.remote.FraudCheckServer;
import dev.piiguard.demo.shop.ShopData;
import dev.piiguard.demo.support.SupportAssistant;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo shop's story: a shopper asks the support assistant about an order, gets recommendations,
 * and checks out. Afterwards it shows what the AI service and the fraud service received, and
 * writes the same into an output folder for tests and for {@code demo.sh}.
 */
public final class DemoShop {
  private static final String SHOPPER_QUESTION =
      "Hi, I was charged twice on my card 4111 1111 1111 1111 for this order. "
          + "Please write to jane.doe@example.com or call +1 415-555-2671.";

  private final PrintStream out;
  private final Path outputFolder;

  DemoShop(PrintStream out, Path outputFolder) {
    this.out = out;
    this.outputFolder = outputFolder;
  }

  public static void main(String[] args) throws Exception {
    Path outputFolder = Path.of(args.length > 0 ? args[0] : "target/demo-run");
    new DemoShop(System.out, outputFolder).run();
  }

  void run() throws IOException, InterruptedException {
    Files.createDirectories(outputFolder);
    try (EmbeddedAiServer aiServer = EmbeddedAiServer.start();
        FraudCheckServer fraudServer = FraudCheckServer.start()) {
      AiService ai = AiService.fromEnvironment(System.getenv(), aiServer.baseUrl());
      out.println(ai.embedded()
          ? "AI service: embedded OpenAI-compatible server at " + ai.baseUrl() + " (set OPENAI_API_KEY for the real one)"
          : "AI service: " + ai.baseUrl() + " with model " + ai.model());
      List<String> shopperSaw = new ArrayList<>();

      out.println();
      out.println("[support] shopper asks: " + SHOPPER_QUESTION);
      SupportAssistant support = new SupportAssistant(openAiClient(ai), ai.model());
      StreamedAnswerPrinter answerPrinter = new StreamedAnswerPrinter(out, "[support] assistant answers: ");
      String answer = support.answer(ShopData.JANE, ShopData.ORDER, SHOPPER_QUESTION, answerPrinter);
      answerPrinter.end();
      shopperSaw.add(answer);

      RecommendationService recommendations = new RecommendationService(langChainModel(ai));
      String recommendation = recommendations.recommendFor(ShopData.JANE, ShopData.ORDER);
      out.println("[recommend] shop shows: " + recommendation);
      shopperSaw.add(recommendation);

      CheckoutService checkout = new CheckoutService(new FraudCheckClient(URI.create(fraudServer.endpoint())));
      try {
        checkout.placeOrder(ShopData.JANE, ShopData.JANES_CARD, ShopData.ORDER);
        out.println("[checkout] order " + ShopData.ORDER.id() + " placed");
      } catch (PaymentDeclinedException declined) {
        out.println("[checkout] payment declined");
      }

      List<String> aiReceived = ai.embedded() ? aiServer.received().bodies() : List.of();
      List<String> fraudReceived = fraudServer.received().bodies();
      printReceived("AI service", ai.embedded() ? aiReceived : null);
      printReceived("fraud-check service", fraudReceived);
      Files.write(outputFolder.resolve("ai-server-received.txt"), aiReceived);
      Files.write(outputFolder.resolve("fraud-check-received.txt"), fraudReceived);
      Files.write(outputFolder.resolve("shopper-saw.txt"), shopperSaw);
    }
  }

  private void printReceived(String service, List<String> bodies) {
    out.println();
    if (bodies == null) {
      out.println("What the " + service + " received: not visible (a real service).");
      return;
    }
    out.println("What the " + service + " received (" + bodies.size()
        + (bodies.size() == 1 ? " request):" : " requests):"));
    for (String body : bodies) {
      out.println("  " + EmbeddedAiServer.describe(body));
    }
  }

  private static OpenAIClient openAiClient(AiService ai) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(ai.baseUrl())
        .apiKey(ai.apiKey())
        .maxRetries(0)
        .timeout(Duration.ofSeconds(30))
        .build();
  }

  private static OpenAiChatModel langChainModel(AiService ai) {
    return OpenAiChatModel.builder()
        .baseUrl(ai.baseUrl())
        .apiKey(ai.apiKey())
        .modelName(ai.model())
        .maxRetries(0)
        .timeout(Duration.ofSeconds(30))
        .build();
  }
}
