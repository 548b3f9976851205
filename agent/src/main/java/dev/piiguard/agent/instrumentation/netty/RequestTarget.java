package dev.piiguard.agent.instrumentation.netty;

import dev.piiguard.agent.inspect.LenientUri;
import dev.piiguard.core.audit.Destination;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;

/** Where a request written to a Netty channel goes, read from its target, its Host header and the channel. */
final class RequestTarget {
  private RequestTarget() {}

  /**
   * The destination of {@code request}: an absolute target (sent to a proxy) names it; otherwise
   * the {@code Host} header does, and the channel's peer when there is none. The scheme is
   * {@code https} when the channel has TLS.
   */
  static Destination destination(HttpRequest request, boolean tls, SocketAddress peer) {
    String target = request.uri();
    String scheme = tls ? "https" : "http";
    String path = LenientUri.rawPathOf(target);
    if (LenientUri.isAbsolute(target)) {
      URI uri = LenientUri.parse(target);
      if (uri != null && uri.getHost() != null) {
        return new Destination(uri.getScheme(), uri.getHost(), uri.getPort(), path);
      }
    }
    String host = request.headers().get(HttpHeaderNames.HOST);
    if (host != null && !host.isBlank()) {
      return fromHostHeader(scheme, host.strip(), path);
    }
    if (peer instanceof InetSocketAddress address) {
      return new Destination(scheme, address.getHostString(), address.getPort(), path);
    }
    return new Destination(scheme, "unknown", -1, path);
  }

  /** {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}. */
  private static Destination fromHostHeader(String scheme, String value, String path) {
    int colon = value.lastIndexOf(':');
    if (colon > 0 && colon > value.lastIndexOf(']') && colon < value.length() - 1
        && value.substring(colon + 1).chars().allMatch(c -> c >= '0' && c <= '9')
        && (value.startsWith("[") || value.indexOf(':') == colon)) {
      int port = colon + 6 < value.length() ? -1 : Integer.parseInt(value.substring(colon + 1));
      return new Destination(scheme, value.substring(0, colon), port, path);
    }
    return new Destination(scheme, value, -1, path);
  }
}
