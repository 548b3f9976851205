package dev.piiguard.agent.instrumentation.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.config.FailureMode;
import dev.piiguard.agent.inspect.CoreValueRewriter;
import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.PiiBlockedException;
import dev.piiguard.agent.inspect.RedirectRefusedException;
import dev.piiguard.agent.inspect.RequestRefusedException;
import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.audit.AuditEvent;
import dev.piiguard.core.audit.Outcome;
import dev.piiguard.core.audit.UninspectedReason;
import dev.piiguard.core.policy.Action;
import dev.piiguard.core.policy.DestinationRule;
import dev.piiguard.core.policy.HostGlob;
import dev.piiguard.core.policy.Policy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class JdkHttpClientHooksTest {
  private static final HttpRequest REQUEST = HttpRequest.newBuilder(URI.create("https://shop.example/notes"))
      .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"mail jane.canary@example.com\"}")).build();
  /** Not a {@code BodyHandler}: wrapping it to restore tokens fails inside the hook. */
  private static final Object NOT_A_HANDLER = "not a body handler";

  private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

  /** The hook's answer is a future that failed, as the call then does, with {@code refusal}. */
  private static void assertFailedWith(Object answer, Class<? extends Throwable> refusal) {
    assertThat(answer).isInstanceOfSatisfying(CompletableFuture.class, future ->
        assertThat(future).failsWithin(java.time.Duration.ZERO)
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(refusal));
  }

  private JdkHttpClientHooks hooks(FailureMode failure) {
    return new JdkHttpClientHooks(new RequestInspector(Policy.builder().defaultAction(Action.TOKENIZE).build(),
        PiiScanner.defaults(), CoreValueRewriter.withRandomKeys(), events::add, failure, 1 << 20));
  }

  @Test
  void aFailureOfItsOwnAfterTheDecisionRefusesTheRequestUnderFailureClosed() {
    Object answer = hooks(FailureMode.CLOSED).beforeSend(REQUEST, NOT_A_HANDLER);

    assertFailedWith(answer, RequestRefusedException.class);
    assertThat(events).last().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.REFUSED);
      assertThat(event.reason()).isEqualTo(UninspectedReason.INTERNAL_ERROR);
    });
  }

  @Test
  void aFailureOfItsOwnAfterAOneShotBodyWasReadRefusesTheRequestEvenUnderFailureOpen() {
    // review s32d: the application's request, its one-shot body drained, went out empty
    byte[] body = "{\"note\":\"mail jane.canary@example.com\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest.BodyPublisher oneShot = new HttpRequest.BodyPublisher() {
      private final HttpRequest.BodyPublisher bytes = HttpRequest.BodyPublishers.ofByteArray(body);

      @Override
      public long contentLength() {
        return body.length;
      }

      @Override
      public void subscribe(java.util.concurrent.Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
        bytes.subscribe(subscriber);
      }
    };
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://shop.example/notes")).POST(oneShot).build();

    Object answer = hooks(FailureMode.OPEN).beforeSend(request, NOT_A_HANDLER);

    assertFailedWith(answer, RequestRefusedException.class);
  }

  @Test
  void aFailureOfItsOwnAfterTheDecisionSendsTheRequestUnchangedUnderFailureOpen() {
    Object answer = hooks(FailureMode.OPEN).beforeSend(REQUEST, NOT_A_HANDLER);

    assertThat(answer).isNull();
    assertThat(events).last().satisfies(event -> {
      assertThat(event.outcome()).isEqualTo(Outcome.SENT_UNINSPECTED);
      assertThat(event.reason()).isEqualTo(UninspectedReason.INTERNAL_ERROR);
    });
  }

  private JdkHttpClientHooks hooks(Action action) {
    return new JdkHttpClientHooks(new RequestInspector(Policy.builder().defaultAction(action).build(),
        PiiScanner.defaults(), CoreValueRewriter.withRandomKeys(), events::add, FailureMode.OPEN, 1 << 20));
  }

  @Test
  void aBlockedRequestBecomesAFailedFutureWithTheRefusal() {
    Object answer = hooks(Action.BLOCK).beforeSend(REQUEST, HttpResponse.BodyHandlers.ofString());

    assertFailedWith(answer, PiiBlockedException.class);
  }

  @Test
  void aRedactedQueryKeepsThePathAndTheFragment() {
    HttpRequest request = HttpRequest.newBuilder(
        URI.create("https://shop.example/api/v1/notes?mail=jane.canary%40example.com&n=2#part")).GET().build();

    Object answer = hooks(Action.REDACT).beforeSend(request, HttpResponse.BodyHandlers.ofString());

    assertThat(answer).isInstanceOfSatisfying(Object[].class, rewritten ->
        assertThat(((HttpRequest) rewritten[0]).uri()).hasToString(
            "https://shop.example/api/v1/notes?mail=%5BEMAIL%5D&n=2#part"));
  }

  @Test
  void aRedirectOfValuesSentUnchangedToAGuardedHostIsRefused() {
    JdkHttpClientHooks hooks = new JdkHttpClientHooks(new RequestInspector(Policy.builder()
        .addRule(new DestinationRule("crm", List.of(HostGlob.of("crm.example")), List.of(), Action.BLOCK)).build(),
        PiiScanner.defaults(), CoreValueRewriter.withRandomKeys(), events::add, FailureMode.OPEN, 1 << 20));
    HttpRequest toCrm = HttpRequest.newBuilder(URI.create("https://crm.example/contacts")).GET().build();
    HttpRequest toArchive = HttpRequest.newBuilder(URI.create("https://archive.example/x")).GET().build();

    assertThat(hooks.beforeRedirect(REQUEST, toCrm)).isInstanceOf(RedirectRefusedException.class);
    assertThat(hooks.beforeRedirect(REQUEST, toArchive)).isNull();
  }

  @Test
  void onlyAPlainIOExceptionAroundARefusalIsTakenOff() {
    PiiBlockedException refusal = new PiiBlockedException("shop.example", "default", List.of("EMAIL"));
    java.io.IOException plain = new java.io.IOException(refusal);
    java.io.IOException other = new java.net.ConnectException("refused");

    assertThat(JdkHttpClientHooks.unwrap(plain)).isSameAs(refusal);
    assertThat(JdkHttpClientHooks.unwrap(other)).isSameAs(other);
  }
}
