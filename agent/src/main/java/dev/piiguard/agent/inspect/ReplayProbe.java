package dev.piiguard.agent.inspect;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Whether a body that was read part of the way gives its bytes again from the start when written
 * a second time, so that the client can still send it whole: a body built from an array does, one
 * that copies a stream it was given once goes on where the first read stopped (or gives nothing).
 * The second write is compared with the first over at most {@link #PROBE_BYTES} bytes and then
 * stopped.
 */
final class ReplayProbe extends OutputStream {
  static final int PROBE_BYTES = 4096;

  private final byte[] first;
  private final int wanted;
  private int compared;
  private boolean differs;

  private ReplayProbe(byte[] first) {
    this.first = first;
    this.wanted = Math.min(first.length, PROBE_BYTES);
  }

  /** Whether {@code body}, written again, starts with the {@code read} bytes its first write gave. */
  static boolean startsAgain(ClientBody body, byte[] read) {
    if (read.length == 0) {
      return false;
    }
    ReplayProbe probe = new ReplayProbe(read);
    try {
      body.writeTo(probe);
    } catch (Enough enough) {
      // compared all it needed
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return !probe.differs && probe.compared == probe.wanted;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    int count = Math.min(length, wanted - compared);
    for (int i = 0; i < count; i++) {
      if (bytes[offset + i] != first[compared + i]) {
        differs = true;
        throw new Enough();
      }
    }
    compared += count;
    if (compared == wanted) {
      throw new Enough();
    }
  }

  /** Stops the second write once it has been compared. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("compared", null, false, false);
    }
  }
}
