package dev.piiguard.agent.instrumentation.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.core.audit.Destination;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class RequestTargetTest {
  private static final InetSocketAddress PEER = new InetSocketAddress("10.1.2.3", 8080);

  private static HttpRequest request(String target, String host) {
    HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, target);
    if (host != null) {
      request.headers().set(HttpHeaderNames.HOST, host);
    }
    return request;
  }

  @Test
  void theHostHeaderNamesTheDestination() {
    assertThat(RequestTarget.destination(request("/v1/chat?x=1", "api.openai.com"), true, PEER))
        .isEqualTo(new Destination("https", "api.openai.com", 443, "/v1/chat"));
    assertThat(RequestTarget.destination(request("/v1", "Shop.Example:8443"), false, PEER))
        .isEqualTo(new Destination("http", "shop.example", 8443, "/v1"));
    assertThat(RequestTarget.destination(request("/", "[2001:db8::1]:9000"), false, PEER))
        .isEqualTo(new Destination("http", "[2001:db8::1]", 9000, "/"));
    assertThat(RequestTarget.destination(request("/", "[2001:db8::1]"), false, PEER))
        .isEqualTo(new Destination("http", "[2001:db8::1]", 80, "/"));
  }

  @Test
  void anAbsoluteTargetNamesItAsAProxyIsSentIt() {
    assertThat(RequestTarget.destination(
        request("https://api.anthropic.com/v1/messages?beta=true", "proxy.internal:3128"), false, PEER))
        .isEqualTo(new Destination("https", "api.anthropic.com", 443, "/v1/messages"));
  }

  @Test
  void withoutAHostHeaderThePeerIsTheDestination() {
    assertThat(RequestTarget.destination(request("/x", null), false, PEER))
        .isEqualTo(new Destination("http", "10.1.2.3", 8080, "/x"));
  }

  @Test
  void aHostHeaderThatIsNotHostAndPortIsTakenWhole() {
    assertThat(RequestTarget.destination(request("/", "shop.example:99999999"), false, PEER).port())
        .as("not a port: the default").isEqualTo(80);
    assertThat(RequestTarget.destination(request("/", "::1"), false, PEER).host()).isEqualTo("::1");
  }

}
