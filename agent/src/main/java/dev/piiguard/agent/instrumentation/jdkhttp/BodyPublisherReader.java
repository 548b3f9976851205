package dev.piiguard.agent.instrumentation.jdkhttp;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Reads the bytes of a JDK body publisher that can be subscribed to again, so that reading it for
 * inspection leaves it intact for sending.
 */
final class BodyPublisherReader {
  /** The JDK publishers that produce the same bytes for every subscriber. */
  static final Set<String> REPLAYABLE = Set.of(
      "jdk.internal.net.http.RequestPublishers$ByteArrayPublisher",
      "jdk.internal.net.http.RequestPublishers$StringPublisher",
      "jdk.internal.net.http.RequestPublishers$EmptyPublisher",
      "jdk.internal.net.http.RequestPublishers$FilePublisher");

  private static final long TIMEOUT_SECONDS = 30;

  private BodyPublisherReader() {}

  /** Whether {@code publisher} gives every subscriber the same bytes. */
  static boolean replayable(HttpRequest.BodyPublisher publisher) {
    return REPLAYABLE.contains(publisher.getClass().getName());
  }

  /** All bytes of {@code publisher}, or null when there are more than {@code maxBytes}. */
  static byte[] read(Flow.Publisher<ByteBuffer> publisher, long maxBytes) throws Exception {
    Collector collector = new Collector(maxBytes);
    publisher.subscribe(collector);
    return collector.result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static final class Collector implements Flow.Subscriber<ByteBuffer> {
    final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long maxBytes;
    private Flow.Subscription subscription;

    Collector(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(ByteBuffer item) {
      if (result.isDone()) {
        return;
      }
      int remaining = item.remaining();
      if (bytes.size() + (long) remaining > maxBytes) {
        subscription.cancel();
        result.complete(null);
        return;
      }
      if (item.hasArray()) {
        bytes.write(item.array(), item.arrayOffset() + item.position(), remaining);
      } else {
        byte[] copy = new byte[remaining];
        item.duplicate().get(copy);
        bytes.write(copy, 0, remaining);
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }
}
