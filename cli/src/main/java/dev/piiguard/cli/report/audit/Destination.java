package dev.piiguard.cli.report.audit;

/**
 * Where a request went.
 *
 * @param scheme {@code https} or {@code http}
 * @param host the host name or address
 * @param port the port, or 0 when the event did not say
 * @param path the path without query, masked
 */
public record Destination(String scheme, String host, int port, String path) {

  /** {@code host}, with the port when it is not the scheme's default. */
  public String hostAndPort() {
    boolean defaultPort =
        port == 0
            || (port == 443 && scheme.equals("https"))
            || (port == 80 && scheme.equals("http"));
    return defaultPort ? host : host + ":" + port;
  }
}
