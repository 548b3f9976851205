package dev.piiguard.agent.instrumentation.apachehttp4;

import dev.piiguard.agent.inspect.ClientBody;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpRequest;

/** An Apache HttpClient 4 request's entity, its type and encoding from the entity or else the request. */
final class ApacheFourBody implements ClientBody {
  private final HttpRequest request;
  private final HttpEntity entity;

  ApacheFourBody(HttpRequest request, HttpEntity entity) {
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
    return valueOf(entity.getContentEncoding() != null ? entity.getContentEncoding()
        : request.getFirstHeader("Content-Encoding"));
  }

  @Override
  public String contentType() {
    return valueOf(entity.getContentType() != null ? entity.getContentType()
        : request.getFirstHeader("Content-Type"));
  }

  private static String valueOf(Header header) {
    return header == null ? null : header.getValue();
  }
}
