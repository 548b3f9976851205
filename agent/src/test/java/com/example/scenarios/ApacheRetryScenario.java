package com.example.scenarios;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Apache HttpClient 5, as made by default (it retries a PUT the server answers with a 503): puts a
 * body and a query with an e-mail address to each path given, or, to a path with {@code one-shot}
 * in it, posts the body as a stream it can send once, or, to one with {@code raw-}, posts it with
 * a query {@link java.net.URI} rejects; prints the status (and a {@code gzip-reply} path's reply) or
 * the exception.
 */
public final class ApacheRetryScenario {
  private ApacheRetryScenario() {}

  public static void main(String[] arguments) throws IOException, java.net.URISyntaxException {
    try (CloseableHttpClient client = HttpClients.custom()
        .setDefaultRequestConfig(org.apache.hc.client5.http.config.RequestConfig.custom()
            .setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(10)).build())
        .build()) { // a request sent without its body would wait for it
      for (int k = 1; k < arguments.length; k++) {
        String path = arguments[k];
        org.apache.hc.core5.http.ClassicHttpRequest request;
        if (arguments[k].contains("raw-")) {
          // a path and query as written, which java.net.URI rejects: HttpClient sends it so
          request = new org.apache.hc.core5.http.message.BasicClassicHttpRequest("POST",
              org.apache.hc.core5.http.HttpHost.create(arguments[0]),
              arguments[k] + "?filter={\"email\":\"jane.canary@example.com\"}");
          request.setEntity(new StringEntity(RedirectScenario.BODY, ContentType.APPLICATION_JSON));
        } else if (arguments[k].contains("one-shot")) {
          byte[] body = RedirectScenario.BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          request = new org.apache.hc.client5.http.classic.methods.HttpPost(arguments[0] + arguments[k]);
          request.setEntity(new org.apache.hc.core5.http.io.entity.InputStreamEntity(
              new java.io.ByteArrayInputStream(body), body.length, ContentType.APPLICATION_JSON));
        } else {
          request = new HttpPut(arguments[0] + arguments[k] + "?email=jane.canary%40example.com");
          request.setEntity(new StringEntity(RedirectScenario.BODY, ContentType.APPLICATION_JSON));
        }
        try {
          System.out.println(arguments[k] + " " + client.execute(request, response -> response.getCode()
              + (path.contains("gzip-reply")
                  ? " " + org.apache.hc.core5.http.io.entity.EntityUtils.toString(response.getEntity()) : "")));
        } catch (IOException e) {
          System.out.println(arguments[k] + " " + e.getClass().getName());
        }
      }
    }
  }
}
