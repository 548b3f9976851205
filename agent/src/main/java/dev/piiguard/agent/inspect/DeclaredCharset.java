package dev.piiguard.agent.inspect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code charset} a {@code Content-Type} declares: the scanner reads UTF-8, so a body in any
 * other charset is read after transcoding it (ISO-8859-1's {@code ü} is one byte that UTF-8 cannot
 * read, and UTF-16 hides every value from a UTF-8 scan).
 *
 * @param charset the charset, or null when the JVM does not know the name
 */
record DeclaredCharset(Charset charset) {

  /** What {@code contentType} declares, or null when it declares no charset. */
  static DeclaredCharset of(String contentType) {
    if (contentType == null) {
      return null;
    }
    String lower = contentType.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("charset=");
    if (at < 0) {
      return null;
    }
    int end = lower.indexOf(';', at);
    String name = contentType.substring(at + "charset=".length(), end < 0 ? contentType.length() : end)
        .trim().replace("\"", "").replace("'", "");
    try {
      return new DeclaredCharset(Charset.forName(name));
    } catch (RuntimeException unknown) {
      return new DeclaredCharset(null);
    }
  }

  /** Whether a body in this charset is read as it is: UTF-8, or ASCII, which is UTF-8 too. */
  boolean isUtf8() {
    return StandardCharsets.UTF_8.equals(charset) || StandardCharsets.US_ASCII.equals(charset);
  }
}
