package dev.piiguard.agent.inspect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The Unicode encoding a body's first bytes show, whatever its {@code Content-Type} says: a
 * byte-order mark, or in text the NUL bytes that UTF-16 and UTF-32 give ASCII characters (RFC 4627,
 * section 3; Jackson and other JSON readers detect the encoding the same way, so a server reads
 * such a body whatever its label). Always a charset of one byte order, so that a mark is read as
 * the character U+FEFF and written back as it was.
 */
final class UnicodeSniffing {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private UnicodeSniffing() {}

  /**
   * The UTF-16 or UTF-32 charset of {@code bytes[offset, offset + length)}, or null when they show
   * none. A mark counts in any body; the pattern of NUL bytes only in {@code text} (a body of
   * binary data may start with NUL bytes).
   */
  static Charset of(byte[] bytes, int offset, int length, boolean text) {
    int b0 = length > 0 ? bytes[offset] & 0xFF : -1;
    int b1 = length > 1 ? bytes[offset + 1] & 0xFF : -1;
    int b2 = length > 2 ? bytes[offset + 2] & 0xFF : -1;
    int b3 = length > 3 ? bytes[offset + 3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return UTF_32BE;
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return UTF_32LE;
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (!text || length < 4) {
      return null;
    }
    if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      return UTF_32BE;
    }
    if (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      return UTF_32LE;
    }
    if (b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Whether {@code charset} is UTF-16 or UTF-32 of either byte order. */
  static boolean isWide(Charset charset) {
    return charset != null && (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32"));
  }
}
