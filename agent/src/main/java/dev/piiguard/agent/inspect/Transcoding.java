package dev.piiguard.agent.inspect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a body in another charset into UTF-8 for the scanner, and a rewritten one back. */
final class Transcoding {
  private Transcoding() {}

  /** The UTF-8 bytes of the text {@code bytes} hold in {@code charset}, or null when they are not such text. */
  static byte[] toUtf8(byte[] bytes, int offset, int length, Charset charset) {
    try {
      CharBuffer text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
      return text.toString().getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * {@code utf8} written in {@code charset}. Every character came from that charset or is one of
   * the ASCII placeholders and tokens, so each can be written.
   */
  static byte[] fromUtf8(byte[] utf8, Charset charset) {
    try {
      ByteBuffer encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(new String(utf8, StandardCharsets.UTF_8)));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a rewritten body cannot be written in " + charset.name(), e);
    }
  }
}
