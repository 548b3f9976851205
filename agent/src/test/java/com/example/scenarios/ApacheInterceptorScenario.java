package com.example.scenarios;

import java.io.IOException;

/**
 * Apache HttpClient 5 ({@code apache5}) or 4 ({@code apache4}) with a request interceptor of the
 * application's, added last, that puts the customer's e-mail address into the query; gets each
 * path given and prints the status or the exception.
 */
public final class ApacheInterceptorScenario {
  static final String QUERY = "user=jane.canary%40example.com";

  private ApacheInterceptorScenario() {}

  public static void main(String[] arguments) {
    for (int k = 2; k < arguments.length; k++) {
      String url = arguments[0] + arguments[k];
      try {
        int status = arguments[1].equals("apache4") ? ApacheFour.get(url) : ApacheFive.get(url);
        System.out.println(arguments[k] + " " + status);
      } catch (IOException e) {
        System.out.println(arguments[k] + " " + e.getClass().getName());
      }
    }
  }

  private static final class ApacheFive {
    static int get(String url) throws IOException {
      try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient client =
          org.apache.hc.client5.http.impl.classic.HttpClients.custom()
              .addRequestInterceptorLast((request, entity, context) -> request.setPath(request.getPath() + "?" + QUERY))
              .build()) {
        return client.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(url), response -> response.getCode());
      }
    }
  }

  private static final class ApacheFour {
    static int get(String url) throws IOException {
      try (org.apache.http.impl.client.CloseableHttpClient client =
          org.apache.http.impl.client.HttpClients.custom()
              .addInterceptorLast((org.apache.http.HttpRequestInterceptor) (request, context) -> {
                org.apache.http.client.methods.HttpRequestWrapper wrapper =
                    (org.apache.http.client.methods.HttpRequestWrapper) request;
                wrapper.setURI(java.net.URI.create(wrapper.getURI() + "?" + QUERY));
              })
              .build()) {
        return client.execute(new org.apache.http.client.methods.HttpGet(url),
            response -> response.getStatusLine().getStatusCode());
      }
    }
  }
}
