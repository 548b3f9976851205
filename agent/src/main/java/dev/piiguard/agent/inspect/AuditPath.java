package dev.piiguard.agent.inspect;

import dev.piiguard.core.PiiScanner;
import dev.piiguard.core.redact.PlaceholderRedaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The URL path as an audit event may show it: personal data in it ({@code /customers/jane@…/notes},
 * also percent-encoded) becomes typed placeholders. A path without any stays exactly as sent.
 */
final class AuditPath {

  private AuditPath() {}

  /** {@code rawPath} with each value the scanner finds in its decoded form replaced. */
  static String mask(String rawPath, PiiScanner scanner) {
    String decoded = rawPath.indexOf('%') < 0 ? rawPath : percentDecoded(rawPath);
    String masked = PlaceholderRedaction.redactSegments(decoded, scanner);
    return masked.equals(decoded) ? rawPath : masked;
  }

  /** Decodes {@code %XX} as UTF-8 bytes; a malformed escape stays as it is. */
  private static String percentDecoded(String path) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
    int plainStart = 0;
    int i = 0;
    while (i < path.length()) {
      int high = path.charAt(i) == '%' && i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(path.charAt(i + 2), 16) : -1;
      if (low < 0) {
        i++;
        continue;
      }
      bytes.writeBytes(path.substring(plainStart, i).getBytes(StandardCharsets.UTF_8));
      bytes.write(high << 4 | low);
      i += 3;
      plainStart = i;
    }
    bytes.writeBytes(path.substring(plainStart).getBytes(StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
