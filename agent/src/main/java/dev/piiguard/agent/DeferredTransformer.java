package dev.piiguard.agent;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The transformer {@code premain} registers, so that {@code premain} returns at once: it knows
 * the instrumented class names only and, when one of those classes loads, waits for the Byte Buddy
 * transformer that a background thread builds, then lets it transform the class. Every other
 * class passes through after one set lookup. It waits on its own monitor rather than on a
 * {@code java.util.concurrent} class, which {@code premain} would have to load first.
 */
final class DeferredTransformer implements ClassFileTransformer {
  private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final Set<String> internalNames = new HashSet<>();
  private volatile Thread builder;
  private volatile boolean completed;
  private volatile ClassFileTransformer delegate;

  DeferredTransformer(String... classNames) {
    for (String className : classNames) {
      internalNames.add(className.replace('.', '/'));
    }
  }

  /** Whether {@code className} (binary name) is one this transformer waits for. */
  boolean instruments(String className) {
    return internalNames.contains(className.replace('.', '/'));
  }

  /** Marks {@code thread} as the one building the delegate: it never waits for itself. */
  void builtBy(Thread thread) {
    builder = thread;
  }

  /** Hands over the Byte Buddy transformer, or null when it could not be built. */
  void complete(ClassFileTransformer transformer) {
    synchronized (this) {
      if (completed) {
        return;
      }
      delegate = transformer;
      completed = true;
      notifyAll();
    }
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className,
      Class<?> classBeingRedefined, ProtectionDomain protectionDomain, byte[] classfileBuffer)
      throws IllegalClassFormatException {
    if (className == null || !internalNames.contains(className) || Thread.currentThread() == builder) {
      return null;
    }
    ClassFileTransformer transformer = awaitDelegate();
    if (transformer == null) {
      return null;
    }
    return transformer.transform(module, loader, className, classBeingRedefined, protectionDomain,
        classfileBuffer);
  }

  /** The delegate once it is built; null when it failed, or after a minute or an interrupt. */
  private ClassFileTransformer awaitDelegate() {
    if (completed) {
      return delegate;
    }
    long deadline = System.nanoTime() + MAX_WAIT_NANOS;
    synchronized (this) {
      while (!completed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
      return delegate;
    }
  }
}
