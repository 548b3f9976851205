package dev.piiguard.agent.instrumentation.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.inspect.ChunkRestorer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class RestoringResponseBodyTest {
  /** Turns "TOKEN" back into "value" at the end of the stream. */
  private static ChunkRestorer restorer() {
    return new ChunkRestorer() {
    private final StringBuilder held = new StringBuilder();

    @Override
    public byte[] restore(byte[] chunk, int offset, int length) {
      held.append(new String(Arrays.copyOfRange(chunk, offset, offset + length), StandardCharsets.UTF_8));
      return new byte[0];
    }

    @Override
    public byte[] finish() {
      return held.toString().replace("TOKEN", "value").getBytes(StandardCharsets.UTF_8);
    }
    };
  }

  @Test
  void aReadTimeoutTheApplicationSetsOnTheRestoredBodyHolds() throws Exception {
    // review s33b: the restoring source had a timeout of its own, and the application's was ignored
    Timeout socketTimeout = new Timeout();
    Buffer text = new Buffer().writeUtf8("a TOKEN here");
    ResponseBody original = ResponseBody.create(MediaType.parse("text/plain"), text.size(),
        Okio.buffer(new ForwardingSource(text) {
          @Override
          public Timeout timeout() {
            return socketTimeout; // as a socket's source has
          }
        }));
    ResponseBody restored = new RestoringResponseBody(original, restorer());

    restored.source().timeout().timeout(1, TimeUnit.SECONDS);

    assertThat(original.source().timeout().timeoutNanos()).isEqualTo(TimeUnit.SECONDS.toNanos(1));
    assertThat(restored.string()).isEqualTo("a value here");
  }

  @Test
  void readsTheRestoredBytesThroughToTheEnd() throws Exception {
    Buffer large = new Buffer();
    for (int i = 0; i < 10_000; i++) {
      large.writeUtf8("TOKEN ");
    }
    ResponseBody restored = new RestoringResponseBody(
        ResponseBody.create(MediaType.parse("text/plain"), large.size(), large), restorer());

    assertThat(restored.string()).hasSize(10_000 * "value ".length()).startsWith("value value");
  }
}
