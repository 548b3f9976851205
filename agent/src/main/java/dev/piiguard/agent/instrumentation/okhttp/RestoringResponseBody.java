package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.ChunkRestorer;
import dev.piiguard.agent.inspect.RestoringInputStream;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Okio;

/** A response body in which tokens are turned back into the original values as it is read. */
final class RestoringResponseBody extends ResponseBody {
  private final ResponseBody original;
  private final BufferedSource source;

  RestoringResponseBody(ResponseBody original, ChunkRestorer restorer) {
    this.original = original;
    this.source = Okio.buffer(Okio.source(new RestoringInputStream(original.byteStream(), restorer)));
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
}
