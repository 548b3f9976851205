package dev.piiguard.core.audit;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a request went. The path never includes the query string, which may hold PII.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host name, lower case
 * @param port the port, the scheme's default when the URL names none
 * @param path the URL path, {@code /} when empty
 */
public record Destination(String scheme, String host, int port, String path) {

  /** Normalises case and the empty path. */
  public Destination {
    scheme = Objects.requireNonNull(scheme, "scheme").toLowerCase(Locale.ROOT);
    host = Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT);
    path = path == null || path.isEmpty() ? "/" : path;
    if (port < 0) {
      port = "https".equals(scheme) ? 443 : 80;
    }
  }

  /** Whether the request leaves over TLS. */
  public boolean tls() {
    return "https".equals(scheme);
  }

  /** Whether the host is this machine: {@code localhost}, 127.0.0.0/8 or {@code ::1}. */
  public boolean loopback() {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("::1")
        || host.equals("[::1]")
        || host.endsWith(".localhost");
  }
}
