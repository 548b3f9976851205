package dev.piiguard.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading UTF-8 with what is not UTF-8 replaced, across buffer and stream-read boundaries. */
class LenientUtf8ReaderTest {

  @Test
  void validUtf8IsReadAsIsAcrossBufferBoundaries() throws IOException {
    String text = "Grüße, 電話 📞\n".repeat(20_000);
    LenientUtf8Reader reader = reader(text.getBytes(StandardCharsets.UTF_8), 7);

    assertThat(readAll(reader)).isEqualTo(text);
    assertThat(reader.replacedSequences()).isZero();
    assertThat(reader.firstReplacedLine()).isZero();
  }

  @Test
  void eachSequenceThatIsNotUtf8BecomesOneReplacementCharacter() throws IOException {
    byte[] latin1 = "a\nb\nGrüße\nOlá".getBytes(StandardCharsets.ISO_8859_1);
    LenientUtf8Reader reader = reader(latin1, 3);

    assertThat(readAll(reader)).isEqualTo("a\nb\nGr\uFFFD\uFFFDe\nOl\uFFFD");
    assertThat(reader.replacedSequences()).isEqualTo(3);
    assertThat(reader.firstReplacedLine()).isEqualTo(3);
  }

  @Test
  void theFirstBadLineIsCountedAcrossManyBuffers() throws IOException {
    byte[] head = "x\n".repeat(70_000).getBytes(StandardCharsets.US_ASCII);
    byte[] text = Arrays.copyOf(head, head.length + 3);
    text[head.length] = 'G';
    text[head.length + 1] = (byte) 0xFC; // ü in Latin-1
    text[head.length + 2] = '\n';
    LenientUtf8Reader reader = reader(text, 5000);

    assertThat(readAll(reader)).endsWith("x\nG\uFFFD\n");
    assertThat(reader.firstReplacedLine()).isEqualTo(70_001);
  }

  @Test
  void aSequenceCutAtTheEndIsReplacedToo() throws IOException {
    byte[] cut = {'o', 'k', (byte) 0xE2, (byte) 0x82};
    LenientUtf8Reader reader = reader(cut, 1);

    assertThat(readAll(reader)).isEqualTo("ok\uFFFD");
    assertThat(reader.replacedSequences()).isEqualTo(1);
  }

  @Test
  void manyBadBytesInARowFillAndEmptyTheBufferWithoutLoss() throws IOException {
    byte[] bad = new byte[200_000];
    Arrays.fill(bad, (byte) 0xFF);
    LenientUtf8Reader reader = reader(bad, 4096);

    assertThat(readAll(reader)).isEqualTo("\uFFFD".repeat(200_000));
    assertThat(reader.replacedSequences()).isEqualTo(200_000);
  }

  /** A reader over {@code bytes} whose stream hands out at most {@code chunk} bytes per read. */
  private static LenientUtf8Reader reader(byte[] bytes, int chunk) {
    InputStream stream = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, chunk));
      }
    };
    return new LenientUtf8Reader(stream);
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1000];
    int read;
    while ((read = reader.read(buffer)) != -1) {
      text.append(buffer, 0, read);
    }
    return text.toString();
  }
}
