package dev.piiguard.agent.inspect;

import java.util.Objects;

/**
 * The body of an outgoing request as the client would send it: bytes plus their
 * {@code Content-Encoding}, or no body at all.
 */
public final class RequestBody {
  private static final RequestBody NONE = new RequestBody(null, 0, 0, null, null);
  private static final String FORM = "application/x-www-form-urlencoded";

  private final byte[] bytes;
  private final int offset;
  private final int length;
  private final String contentEncoding;
  private final String contentType;

  private RequestBody(byte[] bytes, int offset, int length, String contentEncoding, String contentType) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
    this.contentEncoding = contentEncoding;
    this.contentType = contentType;
  }

  /** A request without a body. */
  public static RequestBody none() {
    return NONE;
  }

  /**
   * A body of {@code bytes[offset, offset + length)} with its {@code Content-Encoding} and
   * {@code Content-Type}, either of which may be null.
   */
  public static RequestBody of(byte[] bytes, int offset, int length, String contentEncoding,
      String contentType) {
    Objects.checkFromIndexSize(offset, length, Objects.requireNonNull(bytes, "bytes").length);
    return length == 0 ? NONE : new RequestBody(bytes, offset, length, contentEncoding, contentType);
  }

  /** A body of all of {@code bytes}. */
  public static RequestBody of(byte[] bytes, String contentEncoding, String contentType) {
    return of(bytes, 0, bytes.length, contentEncoding, contentType);
  }

  boolean present() {
    return bytes != null;
  }

  byte[] bytes() {
    return bytes;
  }

  int offset() {
    return offset;
  }

  int length() {
    return length;
  }

  String contentEncoding() {
    return contentEncoding;
  }

  /**
   * Whether the body is an HTML form ({@code application/x-www-form-urlencoded}): fields encoded
   * like a URL query, {@code email=jane%40example.com&card=4111+1111+…}.
   */
  boolean form() {
    return contentType != null && contentType.regionMatches(true, 0, FORM, 0, FORM.length());
  }

  /** The charset its content type declares, or null when it declares none. */
  DeclaredCharset charset() {
    return DeclaredCharset.of(contentType);
  }

  /**
   * Whether the body is text by its content type: JSON, a form, XML or {@code text/…}; not binary
   * data such as an image or a protobuf message, nor a body that names no type.
   */
  boolean text() {
    if (contentType == null) {
      return false;
    }
    if (json() || form()) {
      return true;
    }
    String lower = contentType.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("text/") || lower.contains("xml");
  }

  /** Whether the body may be text: {@link #text}, or it names no type. */
  boolean maybeText() {
    return contentType == null || text();
  }

  /** Whether the body is JSON by its content type ({@code application/json}, {@code +json}). */
  boolean json() {
    if (contentType == null) {
      return false;
    }
    for (int i = contentType.length() - 4; i >= 0; i--) {
      if (contentType.regionMatches(true, i, "json", 0, 4)) {
        return true;
      }
    }
    return false;
  }
}
