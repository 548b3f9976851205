package dev.piiguard.agent.inspect;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads a request's URL as {@link URI} does, and one that it rejects as a server would: with the
 * characters a URI may not hold as they are ({@code { } | ^ "}, a space, a {@code %} not followed by
 * two hex digits) percent-encoded. Clients send such URLs as written and servers accept them; read
 * strictly, they skipped the rules (review s31e: a query with raw JSON reached a blocked path).
 */
public final class LenientUri {
  private static final String HEX = "0123456789ABCDEF";

  private LenientUri() {}

  /** The URL as a URI, encoded where it has to be; null when even that cannot be read. */
  public static URI parse(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException strict) {
      try {
        return new URI(encodeInvalid(text));
      } catch (URISyntaxException lenient) {
        return null;
      }
    }
  }

  static String encodeInvalid(String text) {
    StringBuilder encoded = new StringBuilder(text.length() + 16);
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean escape = b == '%' && (i + 2 >= bytes.length || !isHex(bytes[i + 1]) || !isHex(bytes[i + 2]));
      if (!escape && b != '%' && !isAllowed(b)) {
        escape = true;
      }
      if (escape) {
        encoded.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
      } else {
        encoded.append((char) b);
      }
    }
    return encoded.toString();
  }

  /** Unreserved and reserved characters of RFC 3986, which a URI holds as they are. */
  private static boolean isAllowed(int b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
        || "-._~:/?#[]@!$&'()*+,;=".indexOf(b) >= 0;
  }

  private static boolean isHex(byte b) {
    return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
  }
}
