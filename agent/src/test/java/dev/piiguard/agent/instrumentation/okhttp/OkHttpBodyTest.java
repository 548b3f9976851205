package dev.piiguard.agent.instrumentation.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;

class OkHttpBodyTest {
  private static final String JSON = "{\"note\":\"mail jane.canary@example.com\"}";

  @Test
  void aBodyThatClosesItsSinkIsReadWhole() throws Exception {
    // as Jackson's mapper.writeValue(sink.outputStream(), value) does (review s32d)
    RequestBody closing = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("application/json");
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (OutputStream out = sink.outputStream()) {
          out.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
      }
    };
    OkHttpBody body = new OkHttpBody(new Request.Builder().url("http://127.0.0.1/x").post(closing).build());
    ByteArrayOutputStream written = new ByteArrayOutputStream();

    body.writeTo(written);

    assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(JSON);
    assertThat(body.contentType()).isEqualTo("application/json");
    assertThat(body.replayable()).isTrue();
  }

  @Test
  void okHttpsOwnBodiesButMultipartOnesGiveTheSameBytesEachTime() {
    // review s33f: a network interceptor looking for the application's FormBody got PII Guard's copy
    RequestBody form = new okhttp3.FormBody.Builder().add("email", "jane.canary@example.com").build();
    RequestBody text = RequestBody.create(MediaType.get("application/json"), JSON);
    RequestBody multipart = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
        .addFormDataPart("note", JSON).build();
    RequestBody own = new RequestBody() {
      @Override
      public MediaType contentType() {
        return null;
      }

      @Override
      public void writeTo(BufferedSink sink) {
      }
    };

    assertThat(java.util.List.of(form, text, multipart, own))
        .extracting(body -> new OkHttpBody(new Request.Builder().url("http://127.0.0.1/x").post(body).build())
            .givesTheSameBytesEachTime())
        .containsExactly(true, true, false, false);
  }
}
