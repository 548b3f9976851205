package dev.piiguard.agent.inspect;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Takes fingerprints and writes audit events on one background thread, in order while the queue
 * has room, so that a
 * request never waits for hashing, JSON or I/O. Requests only append to a lock-free queue; the
 * thread wakes up every millisecond and empties it (waking it per event would cost each request
 * a system call). When the queue is full the request's own thread writes the event, so none is
 * ever dropped, and the queue is emptied when the JVM exits.
 */
public final class AuditThread implements Executor {
  private static final int QUEUE_CAPACITY = 10_000;
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long DRAIN_MILLIS = 5_000;

  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final Thread thread;
  private volatile boolean stopping;

  private AuditThread() {
    thread = new Thread(this::run, "piiguard-audit");
    thread.setDaemon(true);
  }

  /** Starts the thread and a shutdown hook that lets it finish the queued events. */
  public static AuditThread start() {
    AuditThread audit = new AuditThread();
    audit.thread.start();
    Runtime.getRuntime().addShutdownHook(new Thread(audit::drain, "piiguard-audit-drain"));
    return audit;
  }

  @Override
  public void execute(Runnable event) {
    if (size.incrementAndGet() > QUEUE_CAPACITY || stopping) {
      size.decrementAndGet();
      synchronized (this) {
        event.run();
      }
      return;
    }
    queue.add(event);
  }

  private void run() {
    while (true) {
      boolean ranAny = runQueued();
      if (!ranAny && stopping) {
        return;
      }
      if (!ranAny) {
        LockSupport.parkNanos(IDLE_NANOS);
      }
    }
  }

  /** Runs what is queued now; whether there was anything. */
  private synchronized boolean runQueued() {
    boolean any = false;
    for (Runnable event = queue.poll(); event != null; event = queue.poll()) {
      size.decrementAndGet();
      any = true;
      try {
        event.run();
      } catch (RuntimeException e) {
        // One bad event must not stop the audit trail.
      }
    }
    return any;
  }

  /** Stops the thread after it ran every queued event, waiting at most a few seconds. */
  void drain() {
    stopping = true;
    try {
      thread.join(DRAIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    runQueued();
  }
}
