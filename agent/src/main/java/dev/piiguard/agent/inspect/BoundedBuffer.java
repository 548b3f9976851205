package dev.piiguard.agent.inspect;

import java.io.ByteArrayOutputStream;

/**
 * Collects a request body for inspection up to {@code max-body} bytes and refuses the byte after:
 * a body that declares no length (a stream, a generated upload) is read no further than that.
 */
final class BoundedBuffer extends ByteArrayOutputStream {
  private final long limit;

  BoundedBuffer(long limit) {
    this.limit = limit;
  }

  /** Thrown by a write past the limit (unchecked: {@link ByteArrayOutputStream}'s writes declare none). */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body over max-body", null, false, false);
    }
  }

  /** Whether {@code thrown}, or what it wraps (a client may wrap what its body's writer threw), is a {@link TooLarge}. */
  static boolean isTooLarge(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void write(int b) {
    if (count + 1L > limit) {
      throw new TooLarge();
    }
    super.write(b);
  }

  /**
   * Keeps what fits of a write that would go past the limit before it refuses it, so that the
   * start of a body that reads from a stream is at hand ({@link ReplayProbe}).
   */
  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    if (count + (long) length > limit) {
      super.write(bytes, offset, (int) (limit - count));
      throw new TooLarge();
    }
    super.write(bytes, offset, length);
  }
}
