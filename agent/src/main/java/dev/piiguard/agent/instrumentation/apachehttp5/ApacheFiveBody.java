package dev.piiguard.agent.instrumentation.apachehttp5;

import dev.piiguard.agent.inspect.ClientBody;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** An Apache HttpClient 5 request's entity, its encoding from the entity or else the request. */
final class ApacheFiveBody implements ClientBody {
  private final ClassicHttpRequest request;
  private final HttpEntity entity;

  ApacheFiveBody(ClassicHttpRequest request, HttpEntity entity) {
    this.request = request;
    this.entity = entity;
  }

  @Override
  public boolean replayable() {
    return entity.isRepeatable();
  }

  @Override
  public long declaredLength() {
    return entity.getContentLength();
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    entity.writeTo(out);
  }

  @Override
  public String contentEncoding() {
    if (entity.getContentEncoding() != null) {
      return entity.getContentEncoding();
    }
    Header header = request.getFirstHeader("Content-Encoding");
    return header == null ? null : header.getValue();
  }

  @Override
  public String contentType() {
    return entity.getContentType();
  }
}
