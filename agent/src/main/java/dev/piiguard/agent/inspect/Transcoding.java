package dev.piiguard.agent.inspect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a body in another charset into UTF-8 for the scanner, and writes a rewritten one back as
 * the body was written: the same charset, byte order and byte-order mark.
 *
 * @param utf8 the body's text in UTF-8
 * @param writeAs the charset to write it back in
 * @param mark the byte-order mark the body started with, written back before it
 */
record Transcoding(byte[] utf8, Charset writeAs, byte[] mark) {
  private static final byte[] NO_MARK = {};

  /**
   * The body {@code bytes} read as text in {@code charset}; null when it is better read as UTF-8,
   * as it was before charsets were read: the JVM does not know the charset, the bytes are not text
   * in it, or they are UTF-8 without a NUL byte, whatever the label says (a client that writes
   * UTF-8 under an ISO-8859-1 label, whose bytes read as ISO-8859-1 too; UTF-16 text of ASCII
   * characters is half NUL bytes, ISO-8859-1 text with {@code ü} is no UTF-8).
   */
  static Transcoding read(byte[] bytes, int offset, int length, Charset charset) {
    if (charset == null || isUtf8WithoutNul(bytes, offset, length)) {
      return null;
    }
    Charset writeAs = charset;
    byte[] mark = NO_MARK;
    if (charset.name().equals("UTF-16")) {
      // Java's UTF-16 reads a mark and drops it, and writes one big-endian: write as it was read
      boolean little = length >= 2 && (bytes[offset] & 0xFF) == 0xFF && (bytes[offset + 1] & 0xFF) == 0xFE;
      boolean big = length >= 2 && (bytes[offset] & 0xFF) == 0xFE && (bytes[offset + 1] & 0xFF) == 0xFF;
      writeAs = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      mark = little || big ? new byte[] {bytes[offset], bytes[offset + 1]} : NO_MARK;
    }
    String text = decode(bytes, offset, length, charset);
    return text == null ? null : new Transcoding(text.getBytes(StandardCharsets.UTF_8), writeAs, mark);
  }

  /**
   * {@code rewritten}, UTF-8, written as the body was. Every character came from the body's charset
   * or is one of the ASCII placeholders and tokens, so each can be written.
   */
  byte[] write(byte[] rewritten) {
    try {
      ByteBuffer encoded = writeAs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(new String(rewritten, StandardCharsets.UTF_8)));
      byte[] written = new byte[mark.length + encoded.remaining()];
      System.arraycopy(mark, 0, written, 0, mark.length);
      encoded.get(written, mark.length, encoded.remaining());
      return written;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a rewritten body cannot be written in " + writeAs.name(), e);
    }
  }

  private static String decode(byte[] bytes, int offset, int length, Charset charset) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Whether {@code bytes[offset, offset + length)} are single-byte text rather than UTF-8: they have
   * bytes beyond ASCII and none of them starts a well-formed UTF-8 sequence (ISO-8859-1's {@code ü}
   * alone). Text that is UTF-8 but for a stray byte is not: read as ISO-8859-1, its letters beyond
   * ASCII would come apart and cut values ({@code jürgen} as {@code jÃ¼rgen}).
   */
  static boolean isSingleByteText(byte[] bytes, int offset, int length) {
    int end = offset + length;
    boolean beyondAscii = false;
    for (int i = offset; i < end; i++) {
      if (bytes[i] >= 0) {
        continue;
      }
      int sequence = utf8SequenceAt(bytes, i, end);
      if (sequence > 0) {
        return false;
      }
      beyondAscii = true;
    }
    return beyondAscii;
  }

  /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0. */
  private static int utf8SequenceAt(byte[] bytes, int i, int end) {
    int lead = bytes[i] & 0xFF;
    int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > end) {
      return 0;
    }
    return decode(bytes, i, length, StandardCharsets.UTF_8) != null ? length : 0;
  }

  /** Whether {@code bytes[offset, offset + length)} are UTF-8 text without a NUL byte. */
  static boolean isUtf8WithoutNul(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    return decode(bytes, offset, length, StandardCharsets.UTF_8) != null;
  }
}
