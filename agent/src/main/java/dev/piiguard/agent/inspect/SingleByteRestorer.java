package dev.piiguard.agent.inspect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Restores tokens in a reply written in a single-byte charset (ISO-8859-1, windows-1252): each
 * chunk is read into UTF-8 for the restorer, and what it releases written back in the reply's
 * charset, so that a value with {@code ü} comes back as that charset's {@code ü}, not as UTF-8's
 * two bytes. A byte the charset leaves undefined (five in windows-1252) is carried through as a
 * private-use character and written back as itself. A chunk's characters are whole, and the
 * restorer holds back only a token's ASCII start, so what it releases is whole characters too.
 */
final class SingleByteRestorer implements ChunkRestorer {
  /** What tokens are written with, which such a charset must write as ASCII does. */
  private static final String TOKEN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz0123456789";
  /** Where an undefined byte {@code b} is carried: {@code UNDEFINED + b}, in the private-use area. */
  private static final char UNDEFINED = '\uF700';

  private final ChunkRestorer utf8;
  private final Charset charset;
  private final char[] characters = new char[256];

  SingleByteRestorer(ChunkRestorer utf8, Charset charset) {
    this.utf8 = utf8;
    this.charset = charset;
    for (int b = 0; b < 256; b++) {
      String read = new String(new byte[] {(byte) b}, charset);
      boolean defined = read.length() == 1 && read.charAt(0) != '\uFFFD'
          && Arrays.equals(read.getBytes(charset), new byte[] {(byte) b});
      characters[b] = defined ? read.charAt(0) : (char) (UNDEFINED + b);
    }
  }

  /** Whether replies in {@code charset} can be restored this way: one byte per character, ASCII as ASCII. */
  static boolean fits(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f
        && Arrays.equals(TOKEN_CHARACTERS.getBytes(charset), TOKEN_CHARACTERS.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public byte[] restore(byte[] chunk, int offset, int length) {
    char[] read = new char[length];
    for (int i = 0; i < length; i++) {
      read[i] = characters[chunk[offset + i] & 0xFF];
    }
    byte[] bytes = new String(read).getBytes(StandardCharsets.UTF_8);
    return written(utf8.restore(bytes, 0, bytes.length));
  }

  @Override
  public byte[] finish() {
    return written(utf8.finish());
  }

  private byte[] written(byte[] released) {
    if (released.length == 0) {
      return released;
    }
    String text = new String(released, StandardCharsets.UTF_8);
    byte[] out = new byte[text.length()];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out[length++] = (byte) c;
      } else if (c >= UNDEFINED && c < UNDEFINED + 256) {
        out[length++] = (byte) (c - UNDEFINED);
      } else {
        // a restored value's character, or one of the reply's: '?' where the charset has none
        byte[] encoded = String.valueOf(c).getBytes(charset);
        out[length++] = encoded.length == 1 ? encoded[0] : (byte) '?';
      }
    }
    return Arrays.copyOf(out, length);
  }
}
