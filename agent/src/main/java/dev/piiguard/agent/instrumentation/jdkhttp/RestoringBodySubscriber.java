package dev.piiguard.agent.instrumentation.jdkhttp;

import dev.piiguard.agent.inspect.ChunkRestorer;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Sits between the HTTP client and the application's body subscriber and restores tokens in the
 * bytes passing through, honouring the application subscriber's demand, including for the bytes
 * held back until the end of the stream.
 */
final class RestoringBodySubscriber<T> implements HttpResponse.BodySubscriber<T> {
  private final HttpResponse.BodySubscriber<T> downstream;
  private final ChunkRestorer restorer;
  private Flow.Subscription upstream;
  private long demand;
  private byte[] tail;
  private boolean done;

  RestoringBodySubscriber(HttpResponse.BodySubscriber<T> downstream, ChunkRestorer restorer) {
    this.downstream = downstream;
    this.restorer = restorer;
  }

  @Override
  public CompletionStage<T> getBody() {
    return downstream.getBody();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.upstream = subscription;
    downstream.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
        if (n <= 0) {
          subscription.request(n);
          return;
        }
        byte[] pendingTail;
        synchronized (RestoringBodySubscriber.this) {
          demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
          pendingTail = tail;
          tail = null;
        }
        if (pendingTail != null) {
          downstream.onNext(List.of(ByteBuffer.wrap(pendingTail)));
          downstream.onComplete();
          return;
        }
        subscription.request(n);
      }

      @Override
      public void cancel() {
        subscription.cancel();
      }
    });
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    byte[] chunk = concat(items);
    byte[] restored = restorer.restore(chunk, 0, chunk.length);
    if (restored.length == 0) {
      upstream.request(1);
      return;
    }
    synchronized (this) {
      demand--;
    }
    downstream.onNext(List.of(ByteBuffer.wrap(restored)));
  }

  @Override
  public void onError(Throwable throwable) {
    downstream.onError(throwable);
  }

  @Override
  public void onComplete() {
    byte[] rest = restorer.finish();
    if (rest.length == 0) {
      downstream.onComplete();
      return;
    }
    boolean deliverNow;
    synchronized (this) {
      deliverNow = demand > 0;
      if (!deliverNow) {
        tail = rest;
      }
      done = true;
    }
    if (deliverNow) {
      downstream.onNext(List.of(ByteBuffer.wrap(rest)));
      downstream.onComplete();
    }
  }

  private static byte[] concat(List<ByteBuffer> items) {
    int size = 0;
    for (ByteBuffer item : items) {
      size += item.remaining();
    }
    byte[] bytes = new byte[size];
    int position = 0;
    for (ByteBuffer item : items) {
      int remaining = item.remaining();
      item.duplicate().get(bytes, position, remaining);
      position += remaining;
    }
    return bytes;
  }

  synchronized boolean completed() {
    return done && tail == null;
  }
}
