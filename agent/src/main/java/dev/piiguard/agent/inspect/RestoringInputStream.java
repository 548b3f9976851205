package dev.piiguard.agent.inspect;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A response body stream in which tokens are turned back into the original values. */
public final class RestoringInputStream extends FilterInputStream {
  private final ChunkRestorer restorer;
  private final byte[] buffer = new byte[8192];
  private byte[] pending = new byte[0];
  private int pendingOffset;
  private boolean finished;

  /** Wraps {@code in}, restoring with {@code restorer}. */
  public RestoringInputStream(InputStream in, ChunkRestorer restorer) {
    super(in);
    this.restorer = restorer;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (pendingOffset >= pending.length) {
      if (finished) {
        return -1;
      }
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        pending = restorer.finish();
        finished = true;
      } else {
        pending = restorer.restore(buffer, 0, n);
      }
      pendingOffset = 0;
    }
    int count = Math.min(length, pending.length - pendingOffset);
    System.arraycopy(pending, pendingOffset, target, offset, count);
    pendingOffset += count;
    return count;
  }

  @Override
  public int available() throws IOException {
    return pending.length - pendingOffset;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    byte[] sink = new byte[512];
    while (skipped < n) {
      int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public synchronized void mark(int readLimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported");
  }
}
