package com.example.scenarios;

import java.io.IOException;
import java.net.URI;

/**
 * Requests whose target {@link URI} reads otherwise than the client sends it, each with a clean
 * body and an e-mail address in the query: after a {@code #} ({@code hash}, HttpClient 5), to an
 * IPv6 host given as an {@code HttpHost} ({@code ipv6}, HttpClient 5), with brackets in the path
 * ({@code brackets4}, HttpClient 4), starting with {@code //} ({@code slashes4}, HttpClient 4),
 * without its leading {@code /} ({@code relative}, HttpClient 5), and {@code OPTIONS *}
 * ({@code options}, HttpClient 5, no query). Arguments: base URL, then kind and path pairs; prints
 * the status or the exception's class.
 */
public final class ApacheRequestTargetScenario {
  static final String CLEAN_BODY = "{\"note\":\"nothing here\"}";

  private ApacheRequestTargetScenario() {}

  public static void main(String[] arguments) {
    URI base = URI.create(arguments[0]);
    for (int k = 1; k + 1 < arguments.length; k += 2) {
      String kind = arguments[k];
      String path = arguments[k + 1];
      try {
        String query = "?email=jane.canary%40example.com";
        int status = kind.equals("brackets4") ? ApacheFour.post(base, path + "/[1]" + query)
            : kind.equals("slashes4") ? ApacheFour.post(base, "/" + path + query)
            : kind.equals("options") ? ApacheFive.send("OPTIONS", arguments[0], "*")
            : ApacheFive.post(kind.equals("ipv6") ? "http://[::1]:" + base.getPort() : arguments[0],
                kind.equals("hash") ? path + "?a=1#email=jane.canary%40example.com"
                    : kind.equals("relative") ? path.substring(1) + query : path + query);
        System.out.println(kind + " " + status);
      } catch (IOException e) {
        System.out.println(kind + " " + e.getClass().getName());
      }
    }
  }

  private static final class ApacheFive {
    static int post(String host, String target) throws IOException {
      return send("POST", host, target);
    }

    static int send(String method, String host, String target) throws IOException {
      try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient client =
          org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
        org.apache.hc.core5.http.message.BasicClassicHttpRequest request =
            new org.apache.hc.core5.http.message.BasicClassicHttpRequest(method, "/");
        request.setPath(target); // as written: the constructor would drop what follows a '#'
        if (method.equals("POST")) {
          request.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity(CLEAN_BODY,
              org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
        }
        return client.execute(org.apache.hc.core5.http.HttpHost.create(host), request, response -> response.getCode());
      } catch (java.net.URISyntaxException e) {
        throw new IOException(e);
      }
    }
  }

  private static final class ApacheFour {
    static int post(URI base, String target) throws IOException {
      try (org.apache.http.impl.client.CloseableHttpClient client = org.apache.http.impl.client.HttpClients.createDefault()) {
        org.apache.http.message.BasicHttpEntityEnclosingRequest request =
            new org.apache.http.message.BasicHttpEntityEnclosingRequest("POST", target);
        request.setEntity(new org.apache.http.entity.StringEntity(CLEAN_BODY,
            org.apache.http.entity.ContentType.APPLICATION_JSON));
        return client.execute(new org.apache.http.HttpHost(base.getHost(), base.getPort()), request,
            response -> response.getStatusLine().getStatusCode());
      }
    }
  }
}
