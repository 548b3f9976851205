package dev.piiguard.agent.inspect;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Decodes and encodes {@code Content-Encoding: gzip} bodies, refusing to inflate past a limit. */
final class GzipCodec {
  private GzipCodec() {}

  /** The inflated bytes, or null when they would exceed {@code maxBytes}. */
  static byte[] decode(byte[] body, int offset, int length, long maxBytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body, offset, length))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, length * 4));
      byte[] buffer = new byte[8192];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > maxBytes) {
          return null;
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  /** The bytes, gzip-compressed. */
  static byte[] encode(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 2 + 32);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    }
    return out.toByteArray();
  }
}
