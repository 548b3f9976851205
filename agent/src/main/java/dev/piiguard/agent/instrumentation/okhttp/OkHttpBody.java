package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.ClientBody;
import java.io.IOException;
import java.io.OutputStream;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/** An OkHttp request's body; one-shot and duplex bodies (OkHttp 3.14 and later) cannot be replayed. */
final class OkHttpBody implements ClientBody {
  private final Request request;
  private final RequestBody body;

  OkHttpBody(Request request) {
    this.request = request;
    this.body = request.body();
  }

  @Override
  public boolean replayable() {
    return !OkHttpFeatures.ONE_SHOT_BODIES || !(body.isOneShot() || body.isDuplex());
  }

  /** OkHttp's own bodies but a multipart one, whose parts may be anything. */
  @Override
  public boolean givesTheSameBytesEachTime() {
    return body.getClass().getName().startsWith("okhttp3.") && !(body instanceof MultipartBody);
  }

  @Override
  public long declaredLength() {
    try {
      return body.contentLength();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    // straight into out, which stops a body over max-body; a body may close the sink it is given
    // (Jackson's writeValue closes the stream): closing it only flushes, and a closed sink is not
    // flushed again
    BufferedSink sink = Okio.buffer(new ForwardingSink(Okio.sink(out)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    });
    body.writeTo(sink);
    if (sink.isOpen()) {
      sink.flush();
    }
  }

  @Override
  public String contentEncoding() {
    return request.header("Content-Encoding");
  }

  @Override
  public String contentType() {
    return body.contentType() == null ? request.header("Content-Type") : body.contentType().toString();
  }
}
