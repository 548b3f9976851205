package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.ChunkRestorer;
import dev.piiguard.agent.inspect.RestoringInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * A response body in which tokens are turned back into the original values as it is read. Its
 * source keeps the original's timeout, so a read timeout the application sets on it holds.
 */
final class RestoringResponseBody extends ResponseBody {
  private final ResponseBody original;
  private final BufferedSource source;

  RestoringResponseBody(ResponseBody original, ChunkRestorer restorer) {
    this.original = original;
    this.source = Okio.buffer(new RestoringSource(
        new RestoringInputStream(original.byteStream(), restorer), original.source().timeout()));
  }

  @Override
  public MediaType contentType() {
    return original.contentType();
  }

  @Override
  public long contentLength() {
    return -1;
  }

  @Override
  public BufferedSource source() {
    return source;
  }

  @Override
  public void close() {
    original.close();
  }

  /** The restored bytes as an Okio source, timed out as the original is. */
  private static final class RestoringSource implements Source {
    private final InputStream restored;
    private final Timeout timeout;

    RestoringSource(InputStream restored, Timeout timeout) {
      this.restored = restored;
      this.timeout = timeout;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      byte[] bytes = new byte[(int) Math.min(byteCount, 8192)];
      int read = restored.read(bytes, 0, bytes.length);
      if (read < 0) {
        return -1;
      }
      sink.write(bytes, 0, read);
      return read;
    }

    @Override
    public Timeout timeout() {
      return timeout;
    }

    @Override
    public void close() throws IOException {
      restored.close();
    }
  }
}
