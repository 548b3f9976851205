package dev.piiguard.agent.instrumentation.urlconnection;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;

/**
 * Replaces the bytes of {@code sun.net.www.http.PosterOutputStream}, the buffer that holds a
 * buffered {@code HttpURLConnection} body. The application usually closes it before the request
 * is written, and a closed poster ignores writes, so the flag is lifted for the replacement.
 */
final class PosterRewriter {
  static final String POSTER = "sun.net.www.http.PosterOutputStream";

  private final Field closed;

  /** A rewriter for {@code posterType}, whose package must be open to the agent. */
  PosterRewriter(Class<?> posterType) throws ReflectiveOperationException {
    this.closed = posterType.getDeclaredField("closed");
    closed.setAccessible(true);
  }

  /** Makes {@code bytes} the whole content of {@code poster}, keeping its closed state. */
  void replace(ByteArrayOutputStream poster, byte[] bytes) throws ReflectiveOperationException {
    synchronized (poster) {
      boolean wasClosed = closed.getBoolean(poster);
      closed.setBoolean(poster, false);
      try {
        poster.reset();
        poster.write(bytes, 0, bytes.length);
      } finally {
        closed.setBoolean(poster, wasClosed);
      }
    }
  }
}
