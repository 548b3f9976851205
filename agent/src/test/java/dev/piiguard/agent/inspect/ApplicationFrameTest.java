package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.Customer_AKIAIOSFODNN7EXAMPLE;
import dev.piiguard.core.PiiScanner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ApplicationFrameTest {

  @Test
  void firstFrameOutsideInfrastructureIsTheCaller() {
    assertThat(ApplicationFrame.find())
        .startsWith("org.junit.")
        .as("this test class lives in dev.piiguard.agent and counts as the agent's own code");
  }

  @Test
  void stackCapturedOnTheRequestThreadIsDescribedOnAnother() throws Exception {
    ApplicationFrame.CapturedStack stack = ApplicationFrame.capture();
    String here = ApplicationFrame.find();
    CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(() -> ApplicationFrame.describe(stack));

    assertThat(elsewhere.get(10, TimeUnit.SECONDS)).isEqualTo(here).matches("org\\.junit\\..+\\.\\w+\\(\\w+\\.java:\\d+\\)");
  }

  @Test
  void personalDataInTheFramesNamesIsMasked() {
    ApplicationFrame.CapturedStack stack = Customer_AKIAIOSFODNN7EXAMPLE.send_4111111111111111();

    assertThat(ApplicationFrame.describe(stack))
        .startsWith("com.example.shop.Customer_AKIAIOSFODNN7EXAMPLE.send_4111111111111111(");
    assertThat(ApplicationFrame.describeMasked(stack, PiiScanner.defaults()))
        .matches("com\\.example\\.shop\\.Customer_\\[SECRET]\\.send_\\[PAYMENT_CARD]\\(Customer_\\[SECRET]\\.java:\\d+\\)");
    assertThat(ApplicationFrame.describeMasked(ApplicationFrame.capture(), PiiScanner.defaults()))
        .as("a frame without values is kept as it is").isEqualTo(ApplicationFrame.find());
  }

  @Test
  void jdkHttpLibrariesAndSdksAreInfrastructure() {
    assertThat(ApplicationFrame.isInfrastructure("jdk.internal.net.http.HttpClientImpl")).isTrue();
    assertThat(ApplicationFrame.isInfrastructure("okhttp3.RealCall")).isTrue();
    assertThat(ApplicationFrame.isInfrastructure("com.openai.core.http.RetryingHttpClient")).isTrue();
    assertThat(ApplicationFrame.isInfrastructure("com.example.shop.Checkout")).isFalse();
  }
}
