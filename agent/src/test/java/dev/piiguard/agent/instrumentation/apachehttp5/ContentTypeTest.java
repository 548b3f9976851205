package dev.piiguard.agent.instrumentation.apachehttp5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void aCharsetTheJvmDoesNotKnowLeavesTheMediaType() {
    // review s31e: ContentType.parse threw UnsupportedCharsetException into the application
    assertThat(PiiGuardExecHandler.contentType(entity("application/json; charset=binary")).getMimeType())
        .isEqualTo("application/json");
    assertThat(PiiGuardExecHandler.contentType(entity("text/plain; charset=UTF-8")).getCharset())
        .hasToString("UTF-8");
  }

  @Test
  void otherParametersAreKeptWhenAnUnknownCharsetIsDropped() {
    // review s31f: the fallback dropped a multipart body's boundary and threw on a quoted type
    assertThat(PiiGuardExecHandler.contentType(entity("multipart/form-data; charset=binary; boundary=b1"))
        .getParameter("boundary")).isEqualTo("b1");
    assertThat(PiiGuardExecHandler.contentType(entity("\"text/plain\"; charset=binary"))).hasToString("\"text/plain\"");
  }

  private static AbstractHttpEntity entity(String contentType) {
    return new AbstractHttpEntity(contentType, null) {
      @Override
      public InputStream getContent() {
        return new ByteArrayInputStream(new byte[0]);
      }

      @Override
      public void writeTo(OutputStream out) {}

      @Override
      public boolean isRepeatable() {
        return true;
      }

      @Override
      public boolean isStreaming() {
        return false;
      }

      @Override
      public long getContentLength() {
        return 0;
      }

      @Override
      public void close() {}
    };
  }
}
