package dev.piiguard.agent.instrumentation.apachehttp4;

import dev.piiguard.agent.inspect.RequestInspector;
import dev.piiguard.agent.inspect.RestoringInputStream;
import java.io.IOException;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.entity.InputStreamEntity;
import org.apache.http.protocol.HttpContext;

/** Restores tokens in the (decompressed) reply to a tokenized request. */
final class PiiGuardResponseInterceptor implements HttpResponseInterceptor {
  private final RequestInspector inspector;

  PiiGuardResponseInterceptor(RequestInspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public void process(HttpResponse response, HttpContext context) throws IOException {
    if (!Boolean.TRUE.equals(context.getAttribute(PiiGuardRequestInterceptor.TOKENIZED))) {
      return;
    }
    context.removeAttribute(PiiGuardRequestInterceptor.TOKENIZED);
    HttpEntity entity = response.getEntity();
    if (entity == null || entity.getContentEncoding() != null) {
      return;
    }
    Header type = entity.getContentType();
    InputStreamEntity restoring = new InputStreamEntity(new RestoringInputStream(entity.getContent(),
        inspector.newRestorer(type == null ? null : type.getValue())), -1);
    restoring.setContentType(type);
    response.setEntity(restoring);
    response.removeHeaders("Content-Length");
  }
}
