package dev.piiguard.cli.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file's stream that also reads a named pipe ({@code scan <(zcat app.log.gz)}, a FIFO,
 * {@code /dev/stdin}): on Java 17 the stream of {@code Files.newInputStream} asks its channel's
 * position in {@link #available()}, which a pipe refuses ("Illegal seek"), and a buffered reader
 * asks that after every read. Here a stream that cannot tell has nothing available without
 * blocking, which is all a reader needs to know.
 */
final class PipeTolerantInputStream extends FilterInputStream {

  PipeTolerantInputStream(InputStream in) {
    super(in);
  }

  @Override
  public int available() {
    try {
      return in.available();
    } catch (IOException e) {
      return 0;
    }
  }
}
