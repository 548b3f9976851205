package dev.piiguard.agent.inspect;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A request body as an HTTP client holds it, for {@link RequestInspector#inspectBody}: what the
 * client knows of it before it is read, and how to write it out.
 */
public interface ClientBody {

  /** Whether the client can write the body again after it was read for inspection. */
  boolean replayable();

  /**
   * Whether the body is one of the client library's own kinds, which give the same bytes each time
   * they are written (OkHttp's {@code FormBody}, a body made from a string): it is then sent as it
   * is, not as the bytes it gave, so that what comes after PII Guard sees the application's body.
   */
  default boolean givesTheSameBytesEachTime() {
    return false;
  }

  /** The length the body declares, or -1 when it declares none. */
  long declaredLength();

  /** Writes the body, as the client would send it, to {@code out}. */
  void writeTo(OutputStream out) throws IOException;

  /** The body's {@code Content-Encoding}, or null. */
  String contentEncoding();

  /** The body's {@code Content-Type}, or null. */
  String contentType();
}
