package dev.piiguard.agent.inspect;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads a request's URL as {@link URI} does, and one that it rejects as a server would: with the
 * characters a URI may not hold as they are ({@code { } | ^ "}, a space, a {@code %} not followed by
 * two hex digits) percent-encoded. Clients send such URLs as written and servers accept them; read
 * strictly, they skipped the rules (a query with raw JSON reached a blocked path).
 */
public final class LenientUri {
  private static final String HEX = "0123456789ABCDEF";

  private LenientUri() {}

  /**
   * A request target (an absolute URL or a path with its query) as a URI, encoded where it has to
   * be; null when even that cannot be read. A request target has no fragment: a {@code #} in it is
   * sent, so it is read as part of the path or the query (what followed it was sent
   * and never scanned).
   */
  public static URI parse(String text) {
    if (text.indexOf('#') < 0) {
      try {
        return new URI(text);
      } catch (URISyntaxException strict) {
        // encoded below
      }
    }
    try {
      return new URI(encodeInvalid(text));
    } catch (URISyntaxException lenient) {
      return null;
    }
  }

  /**
   * The request target with its query replaced, the rest as written: a path the client sent with
   * characters a URI would encode is not re-encoded.
   */
  public static String withQuery(String requestTarget, String rawQuery) {
    int query = requestTarget.indexOf('?');
    return (query < 0 ? requestTarget : requestTarget.substring(0, query)) + "?" + rawQuery;
  }

  /** The raw query of a request target: what follows its first {@code ?}, or null when it has none. */
  public static String rawQueryOf(String requestTarget) {
    int query = requestTarget.indexOf('?');
    return query < 0 ? null : requestTarget.substring(query + 1);
  }

  /** The path of a request target, as written: what comes before its query. */
  public static String rawPathOf(String text) {
    int start = 0;
    if (isAbsolute(text)) {
      start = text.indexOf('/', text.indexOf("://") + 3);
      if (start < 0) {
        return "/";
      }
    }
    int query = text.indexOf('?', start);
    return text.substring(start, query < 0 ? text.length() : query);
  }

  static String encodeInvalid(String text) {
    StringBuilder encoded = new StringBuilder(text.length() + 16);
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int authorityEnd = authorityEnd(text);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean escape = b == '%' && (i + 2 >= bytes.length || !isHex(bytes[i + 1]) || !isHex(bytes[i + 2]));
      if (!escape && b != '%' && !isAllowed(b)) {
        escape = true;
      }
      if (i >= authorityEnd && (b == '#' || b == '[' || b == ']')) {
        escape = true; // allowed in a host (an IPv6 literal), not in a request's path or query
      }
      if (escape) {
        encoded.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
      } else {
        encoded.append((char) b);
      }
    }
    return encoded.toString();
  }

  /** Where the scheme and authority of an absolute URL end (0 for a path); ASCII, so bytes agree. */
  private static int authorityEnd(String text) {
    if (!isAbsolute(text)) {
      return 0;
    }
    int end = text.indexOf("://") + 3;
    while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** Whether a request target is an absolute URL (the form sent to a proxy), not a path. */
  public static boolean isAbsolute(String target) {
    int scheme = target.indexOf("://");
    return scheme > 0 && target.substring(0, scheme).chars()
        .allMatch(c -> Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.');
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
