package dev.piiguard.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8CharsTest {

  private static Utf8Chars decode(int... unsignedBytes) {
    byte[] bytes = new byte[unsignedBytes.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) unsignedBytes[i];
    }
    return Utf8Chars.decode(bytes, 0, bytes.length);
  }

  private static int[] byteIndexes(Utf8Chars chars) {
    int[] indexes = new int[chars.length() + 1];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = chars.byteIndex(i);
    }
    return indexes;
  }

  @Test
  void eachCharRemembersTheByteWhereItsSequenceStarts() {
    // a, é (2 bytes), 日 (3 bytes), 😀 (4 bytes, two chars), z
    byte[] bytes = "aé日😀z".getBytes(StandardCharsets.UTF_8);

    Utf8Chars chars = Utf8Chars.decode(bytes, 0, bytes.length);

    assertThat(chars.toString()).isEqualTo("aé日😀z");
    assertThat(chars.length()).isEqualTo(6);
    assertThat(byteIndexes(chars)).containsExactly(0, 1, 3, 6, 6, 10, 11);
  }

  @Test
  void aSliceIsDecodedWithIndexesIntoTheWholeArray() {
    byte[] bytes = "xxé日yy".getBytes(StandardCharsets.UTF_8);

    Utf8Chars chars = Utf8Chars.decode(bytes, 2, 5);

    assertThat(chars.toString()).isEqualTo("é日");
    assertThat(byteIndexes(chars)).containsExactly(2, 4, 7);
  }

  @Test
  void theShortestAndLongestCodePointOfEachSequenceLengthDecode() {
    assertThat(decode(0x00, 0x7F).toString()).isEqualTo("\u0000\u007F");
    assertThat(decode(0xC2, 0x80, 0xDF, 0xBF).toString()).isEqualTo("\u0080\u07FF");
    assertThat(decode(0xE0, 0xA0, 0x80, 0xEF, 0xBF, 0xBF).toString()).isEqualTo("\u0800\uFFFF");
    assertThat(decode(0xF0, 0x90, 0x80, 0x80).toString())
        .isEqualTo(new String(Character.toChars(0x10000)));
    assertThat(decode(0xF4, 0x8F, 0xBF, 0xBF).toString())
        .isEqualTo(new String(Character.toChars(0x10FFFF)));
  }

  @Test
  void codePointsNextToTheSurrogateRangeDecode() {
    assertThat(decode(0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80).toString()).isEqualTo("\uD7FF\uE000");
  }

  @Test
  void aMultiByteSequenceThatEndsTheInputDecodes() {
    assertThat(decode(0xC3, 0xA9).toString()).isEqualTo("é");
    assertThat(decode(0xE6, 0x97, 0xA5).toString()).isEqualTo("日");
    assertThat(decode(0xF0, 0x9F, 0x98, 0x80).toString()).isEqualTo("😀");
  }

  @Test
  void aByteThatCannotStartASequenceIsOneReplacementChar() {
    // a lone continuation byte, the overlong leads C0 and C1, bytes above F4
    for (int b : new int[] {0x80, 0xBF, 0xC0, 0xC1, 0xF5, 0xFF}) {
      Utf8Chars chars = decode(b, 0x80, 'a');
      assertThat(chars.toString()).as("lead %X", b).isEqualTo("\uFFFD\uFFFDa");
      assertThat(byteIndexes(chars)).as("lead %X", b).containsExactly(0, 1, 2, 3);
    }
  }

  @Test
  void everyByteOfAnOverlongOrTooLargeSequenceIsAReplacementCharAndASurrogateIsOne() {
    // overlong forms of U+0000 and U+07FF, U+110000
    int[][] malformed = {
      {0xE0, 0x80, 0x80}, {0xE0, 0x9F, 0xBF}, {0xF0, 0x80, 0x80, 0x80}, {0xF0, 0x8F, 0xBF, 0xBF},
      {0xF4, 0x90, 0x80, 0x80}
    };
    for (int[] sequence : malformed) {
      assertThat(decode(sequence).toString()).as("%s", Arrays.toString(sequence))
          .isEqualTo("\uFFFD".repeat(sequence.length));
    }
    // the surrogates U+D800 and U+DFFF, as the JDK's decoder has them
    assertThat(decode(0xED, 0xA0, 0x80, 'a').toString()).isEqualTo("\uFFFDa");
    assertThat(byteIndexes(decode(0xED, 0xBF, 0xBF, 'a'))).containsExactly(0, 3, 4);
  }

  @Test
  void aSequenceCutShortByAnotherCharOrByTheEndIsOneReplacementChar() {
    Utf8Chars cutByChar = decode(0xE6, 0x97, 'a');
    assertThat(cutByChar.toString()).isEqualTo("\uFFFDa");
    assertThat(byteIndexes(cutByChar)).containsExactly(0, 2, 3);

    assertThat(decode('a', 0xF0, 0x9F, 0x98).toString()).isEqualTo("a\uFFFD");
    assertThat(decode(0xC3).toString()).isEqualTo("\uFFFD");
  }

  @Test
  void anyBytesDecodeAsTheJdkDecodesThem() {
    java.util.Random random = new java.util.Random(18);
    int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
      0xDF, 0xE0, 0xE6, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(12)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) (random.nextBoolean() ? interesting[random.nextInt(interesting.length)]
            : random.nextInt(256));
      }
      assertThat(Utf8Chars.decode(bytes, 0, bytes.length).toString())
          .as("%s", Arrays.toString(bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Test
  void aCharPastTheDecodedLengthIsOutOfBounds() {
    Utf8Chars chars = decode(0xC3, 0xA9);

    assertThat(chars.charAt(0)).isEqualTo('é');
    assertThatThrownBy(() -> chars.charAt(1)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index >= length: 1 >= 1");
  }

  @Test
  void aSubSequenceHoldsTheCharsBetweenItsBounds() {
    Utf8Chars chars = Utf8Chars.decode("aé日b".getBytes(StandardCharsets.UTF_8), 0, 7);

    assertThat(chars.subSequence(1, 3).toString()).isEqualTo("é日");
    assertThat(chars.subSequence(2, 2).toString()).isEmpty();
  }
}
