package dev.piiguard.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes audit events as JSON Lines: one event per line, UTF-8, flushed per event so that a crash
 * loses none. Lines from several threads never interleave.
 */
public final class JsonLinesAuditWriter implements AuditSink, AutoCloseable {
  private final OutputStream out;
  private final boolean closeable;
  private volatile boolean failed;

  private JsonLinesAuditWriter(OutputStream out, boolean closeable) {
    this.out = out;
    this.closeable = closeable;
  }

  /** A writer to a stream it does not own, such as {@link System#err}. */
  public static JsonLinesAuditWriter to(PrintStream stream) {
    return new JsonLinesAuditWriter(Objects.requireNonNull(stream, "stream"), false);
  }

  /** A writer that appends to {@code file}, creating it when missing. */
  public static JsonLinesAuditWriter appendingTo(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file,
        StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    return new JsonLinesAuditWriter(out, true);
  }

  @Override
  public void write(AuditEvent event) {
    byte[] line = (AuditJson.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      try {
        out.write(line);
        out.flush();
      } catch (IOException e) {
        // An audit trail that cannot be written must not break the application's requests.
        failed = true;
      }
    }
  }

  /** Whether a write has failed since this writer was opened. */
  public boolean failed() {
    return failed;
  }

  @Override
  public synchronized void close() throws IOException {
    if (closeable) {
      out.close();
    } else {
      out.flush();
    }
  }
}
