package dev.piiguard.agent.instrumentation.jdkhttp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Arrays;
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

  /** The JDK's publisher of {@code ofByteArray}, and of {@code ofString} (a subclass). */
  static final String ARRAY_PUBLISHER = "jdk.internal.net.http.RequestPublishers$ByteArrayPublisher";

  private static final long TIMEOUT_SECONDS = 30;

  /** How to read array publishers in place; null until {@link #enableInPlaceReads} succeeded. */
  private static volatile ArrayFields arrayFields;

  private BodyPublisherReader() {}

  /**
   * Lets {@link #inPlace} read the JDK's array and string publishers without subscribing to them,
   * which would copy the bytes twice and run the JDK's flow machinery. Their package must be open
   * to the agent. Returns whether in-place reads are now on; when not, {@link #read} serves.
   */
  static boolean enableInPlaceReads(Class<?> arrayPublisher) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(arrayPublisher, MethodHandles.lookup());
      arrayFields = new ArrayFields(arrayPublisher,
          lookup.findVarHandle(arrayPublisher, "content", byte[].class),
          lookup.findVarHandle(arrayPublisher, "offset", int.class),
          lookup.findVarHandle(arrayPublisher, "length", int.class));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The bytes an array or string publisher sends, where they are (the application's array for
   * {@code ofByteArray}), or null for other publishers or when in-place reads are off.
   */
  static ArraySlice inPlace(HttpRequest.BodyPublisher publisher) {
    ArrayFields fields = arrayFields;
    if (fields == null || !fields.type.isInstance(publisher)) {
      return null;
    }
    byte[] content = (byte[]) fields.content.get(publisher);
    int offset = (int) fields.offset.get(publisher);
    int length = (int) fields.length.get(publisher);
    if (content == null || offset < 0 || length < 0 || offset > content.length - length) {
      return null;
    }
    return new ArraySlice(content, offset, length);
  }

  /** {@code length} bytes of {@code bytes} from {@code offset}. */
  record ArraySlice(byte[] bytes, int offset, int length) {}

  private record ArrayFields(Class<?> type, VarHandle content, VarHandle offset, VarHandle length) {}

  /** Whether {@code publisher} gives every subscriber the same bytes. */
  static boolean replayable(HttpRequest.BodyPublisher publisher) {
    return REPLAYABLE.contains(publisher.getClass().getName());
  }

  /** All bytes of {@code publisher}, or null when there are more than {@code maxBytes}. */
  static byte[] read(Flow.Publisher<ByteBuffer> publisher, long maxBytes) throws Exception {
    long declared = publisher instanceof HttpRequest.BodyPublisher
        ? ((HttpRequest.BodyPublisher) publisher).contentLength() : -1;
    Collector collector = new Collector(maxBytes, declared);
    publisher.subscribe(collector);
    // The JDK's own publishers deliver every item within subscribe(); others may take a thread.
    return collector.result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Copies the items into one array, sized up front when the publisher declares its length. */
  private static final class Collector implements Flow.Subscriber<ByteBuffer> {
    final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long maxBytes;
    private byte[] bytes;
    private int size;
    private Flow.Subscription subscription;

    Collector(long maxBytes, long declaredLength) {
      this.maxBytes = maxBytes;
      this.bytes = new byte[(int) Math.max(0, Math.min(Math.min(declaredLength, maxBytes), 1 << 20))];
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
      if (size + (long) remaining > maxBytes) {
        subscription.cancel();
        result.complete(null);
        return;
      }
      if (size + remaining > bytes.length) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(size + (long) remaining, bytes.length * 2L)));
      }
      item.duplicate().get(bytes, size, remaining);
      size += remaining;
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(size == bytes.length ? bytes : Arrays.copyOf(bytes, size));
    }
  }
}
