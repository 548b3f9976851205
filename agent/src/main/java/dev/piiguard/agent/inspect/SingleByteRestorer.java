package dev.piiguard.agent.inspect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Restores tokens in a reply written in a single-byte charset (ISO-8859-1): each
 * chunk is read into UTF-8 for the restorer, and what it releases written back in the reply's
 * charset, so that a value with {@code ü} comes back as that charset's {@code ü}, not as UTF-8's
 * two bytes. A chunk's characters are whole, and the restorer holds back only a token's ASCII
 * start, so what it releases is whole characters too.
 */
final class SingleByteRestorer implements ChunkRestorer {
  /** What tokens are written with, which such a charset must write as ASCII does. */
  private static final String TOKEN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz0123456789";

  private final ChunkRestorer utf8;
  private final Charset charset;

  SingleByteRestorer(ChunkRestorer utf8, Charset charset) {
    this.utf8 = utf8;
    this.charset = charset;
  }

  /** Whether replies in {@code charset} can be restored this way: one byte per character, ASCII as ASCII. */
  static boolean fits(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f
        && Arrays.equals(TOKEN_CHARACTERS.getBytes(charset), TOKEN_CHARACTERS.getBytes(StandardCharsets.US_ASCII))
        && everyByteComesBack(charset);
  }

  /**
   * Whether every byte reads as a character that writes back as that byte (ISO-8859-1 and -15, not
   * windows-1252, which leaves five bytes undefined): a reply's bytes without tokens pass unchanged.
   */
  private static boolean everyByteComesBack(Charset charset) {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    return Arrays.equals(new String(all, charset).getBytes(charset), all);
  }

  @Override
  public byte[] restore(byte[] chunk, int offset, int length) {
    byte[] read = new String(chunk, offset, length, charset).getBytes(StandardCharsets.UTF_8);
    return written(utf8.restore(read, 0, read.length));
  }

  @Override
  public byte[] finish() {
    return written(utf8.finish());
  }

  private byte[] written(byte[] released) {
    return released.length == 0 ? released : new String(released, StandardCharsets.UTF_8).getBytes(charset);
  }
}
