package dev.piiguard.agent.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RestoringInputStreamTest {

  /** Upper-cases each chunk and holds back the last byte of each until the next. */
  private static final class HoldingBackRestorer implements ChunkRestorer {
    private byte[] held = new byte[0];

    @Override
    public byte[] restore(byte[] chunk, int offset, int length) {
      byte[] all = new byte[held.length + length];
      System.arraycopy(held, 0, all, 0, held.length);
      System.arraycopy(chunk, offset, all, held.length, length);
      held = Arrays.copyOfRange(all, all.length - 1, all.length);
      return new String(all, 0, all.length - 1, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] finish() {
      byte[] rest = new String(held, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
      held = new byte[0];
      return rest;
    }
  }

  @Test
  void everyByteComesThroughTheRestorerIncludingTheHeldBackTail() throws Exception {
    String text = "x".repeat(20_000) + "end";
    InputStream in = new RestoringInputStream(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new HoldingBackRestorer());
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text.toUpperCase());
  }

  @Test
  void singleByteReadsSeeTheSameBytes() throws Exception {
    InputStream in = new RestoringInputStream(
        new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)), new HoldingBackRestorer());
    assertThat(in.read()).isEqualTo('A');
    assertThat(in.read()).isEqualTo('B');
    assertThat(in.read()).isEqualTo('C');
    assertThat(in.read()).isEqualTo(-1);
  }
}
