package dev.piiguard.agent.instrumentation.okhttp;

import dev.piiguard.agent.inspect.ClientBody;
import java.io.IOException;
import java.io.OutputStream;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

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
    // into a buffer of its own: a body may close the sink it is given (Jackson's writeValue closes
    // the stream), and a sink over out would then refuse the flush
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    buffer.writeTo(out);
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
