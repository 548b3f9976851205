package dev.piiguard.core.detect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Scan contexts for virtual threads (Java 21 and later), which an application starts per task: a
 * context kept per thread would be made anew for each request, about 7 KB each. A virtual thread
 * takes a free context from a small shared pool and gives it back after the scan; when the pool
 * is empty it makes one, when full it drops one. Platform threads keep theirs per thread.
 */
final class ScanContextPool {
  /** {@code Thread.isVirtual()}, or null before Java 21. */
  private static final MethodHandle IS_VIRTUAL = isVirtualHandle();

  private final AtomicReferenceArray<ScanContext> free;

  ScanContextPool(int size) {
    free = new AtomicReferenceArray<>(size);
  }

  /** Whether the calling thread is a virtual thread. */
  static boolean onVirtualThread() {
    if (IS_VIRTUAL == null) {
      return false;
    }
    try {
      return (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
    } catch (Throwable e) {
      return false;
    }
  }

  /** A free context from the pool, or a new one. */
  ScanContext take() {
    for (int i = 0; i < free.length(); i++) {
      ScanContext context = free.get(i);
      if (context != null && free.compareAndSet(i, context, null)) {
        return context;
      }
    }
    return new ScanContext(this);
  }

  /** Keeps {@code context} for the next scan on a virtual thread, unless the pool is full. */
  void give(ScanContext context) {
    for (int i = 0; i < free.length(); i++) {
      if (free.get(i) == null && free.compareAndSet(i, null, context)) {
        return;
      }
    }
  }

  private static MethodHandle isVirtualHandle() {
    try {
      return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual",
          MethodType.methodType(boolean.class));
    } catch (ReflectiveOperationException e) {
      return null; // Java 17 to 20: no virtual threads
    }
  }
}
