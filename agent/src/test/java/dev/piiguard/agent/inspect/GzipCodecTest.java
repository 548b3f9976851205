package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GzipCodecTest {

  @Test
  void encodedBytesDecodeToTheOriginal() throws Exception {
    byte[] original = "{\"prompt\":\"hello\"}".repeat(50).getBytes(StandardCharsets.UTF_8);
    byte[] encoded = GzipCodec.encode(original);
    assertThat(encoded.length).isLessThan(original.length);
    assertThat(GzipCodec.decode(encoded, 0, encoded.length, 1 << 20)).isEqualTo(original);
  }

  @Test
  void inflatingPastTheLimitGivesNull() throws Exception {
    byte[] bomb = GzipCodec.encode(new byte[100_000]);
    assertThat(GzipCodec.decode(bomb, 0, bomb.length, 10_000)).isNull();
  }
}
