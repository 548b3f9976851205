package dev.piiguard.agent.instrumentation.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.inspect.ChunkRestorer;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RestoringBodySubscriberTest {

  /** Holds back everything until the end: the hardest case for demand accounting. */
  private static final class HoldAllRestorer implements ChunkRestorer {
    private final StringBuilder held = new StringBuilder();

    @Override
    public byte[] restore(byte[] chunk, int offset, int length) {
      held.append(new String(chunk, offset, length, StandardCharsets.UTF_8));
      return new byte[0];
    }

    @Override
    public byte[] finish() {
      return held.toString().replace("TOKEN", "value").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Publishes the given chunks one per request, like the HTTP client does. */
  private static final class ChunkSubscription implements Flow.Subscription {
    private final Flow.Subscriber<List<ByteBuffer>> subscriber;
    private final List<String> chunks;
    private int next;
    private boolean completed;

    ChunkSubscription(Flow.Subscriber<List<ByteBuffer>> subscriber, List<String> chunks) {
      this.subscriber = subscriber;
      this.chunks = chunks;
    }

    @Override
    public void request(long n) {
      for (long i = 0; i < n && next < chunks.size(); i++) {
        subscriber.onNext(List.of(ByteBuffer.wrap(chunks.get(next++).getBytes(StandardCharsets.UTF_8))));
      }
      if (next == chunks.size() && !completed) {
        completed = true;
        subscriber.onComplete();
      }
    }

    @Override
    public void cancel() {}
  }

  @Test
  void heldBackBytesReachAStringSubscriber() throws Exception {
    RestoringBodySubscriber<String> subscriber = new RestoringBodySubscriber<>(
        HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8), new HoldAllRestorer());
    subscriber.onSubscribe(new ChunkSubscription(subscriber, Arrays.asList("a TO", "KEN ", "b")));
    assertThat(subscriber.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS)).isEqualTo("a value b");
  }

  @Test
  void heldBackBytesReachALineSubscriberThatRequestsOneAtATime() throws Exception {
    List<String> lines = new ArrayList<>();
    HttpResponse.BodySubscriber<Void> lineSubscriber = HttpResponse.BodySubscribers.fromLineSubscriber(
        new Flow.Subscriber<String>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
          }

          @Override
          public void onNext(String item) {
            lines.add(item);
            subscription.request(1);
          }

          @Override
          public void onError(Throwable throwable) {}

          @Override
          public void onComplete() {}
        });
    RestoringBodySubscriber<Void> subscriber = new RestoringBodySubscriber<>(lineSubscriber, new HoldAllRestorer());
    subscriber.onSubscribe(new ChunkSubscription(subscriber, List.of("one TOK", "EN\ntwo\n")));
    subscriber.getBody().toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(lines).containsExactly("one value", "two");
  }
}
