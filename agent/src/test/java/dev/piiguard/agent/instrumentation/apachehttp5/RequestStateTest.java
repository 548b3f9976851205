package dev.piiguard.agent.instrumentation.apachehttp5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestStateTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // host as the client sends it | path as written | host read | port | path read | query read
    "[::1]          | /crm/x?a=1     | [::1]          | 8080 | /crm/x  | a=1",
    "shop.example   | /notes#frag?q  | shop.example   | 8080 | /notes%23frag | q",
    "shop.example   | *              | shop.example   | 8080 | /*      | ",
    "shop.example   | crm/x          | shop.example   | 8080 | /crm/x  | ",
    "db_1.internal  | /crm           | db_1.internal  | 8080 | /crm    | ",
  })
  void theUrlIsReadAsTheClientSendsIt(String host, String path, String readHost, int port, String readPath,
      String query) {
    BasicClassicHttpRequest request = new BasicClassicHttpRequest("POST", new HttpHost("http", host, 8080), path);

    URI uri = RequestState.uriOf(request);

    assertThat(RequestState.hostOf(request, uri)).isEqualTo(readHost);
    assertThat(RequestState.portOf(request, uri)).isEqualTo(port);
    assertThat(uri.getRawPath()).isEqualTo(readPath);
    assertThat(uri.getRawQuery()).isEqualTo(query);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "http://proxy.example:3128/x?user=a | proxy.example | 3128",
    "/plain                             | shop.example  | 80",
  })
  void anAbsoluteTargetNamesItsOwnHost(String path, String readHost, int port) {
    BasicClassicHttpRequest request = new BasicClassicHttpRequest("GET", new HttpHost("http", "shop.example", 80), path);

    URI uri = RequestState.uriOf(request);

    assertThat(RequestState.hostOf(request, uri)).isEqualTo(readHost);
    assertThat(RequestState.portOf(request, uri)).isEqualTo(port);
  }
}
