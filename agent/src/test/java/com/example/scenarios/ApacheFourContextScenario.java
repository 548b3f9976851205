package com.example.scenarios;

import java.io.IOException;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * Apache HttpClient 4 with one context for every request, as applications keep one for its cookie
 * store: posts each body to its path (arguments: base URL, then path and body pairs); prints the
 * status or the exception.
 */
public final class ApacheFourContextScenario {
  private ApacheFourContextScenario() {}

  public static void main(String[] arguments) throws IOException {
    HttpClientContext context = HttpClientContext.create();
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      for (int k = 1; k + 1 < arguments.length; k += 2) {
        HttpPost post = new HttpPost(arguments[0] + arguments[k]);
        post.setEntity(new StringEntity(arguments[k + 1], ContentType.APPLICATION_JSON));
        try {
          int status = client.execute(post, response -> response.getStatusLine().getStatusCode(), context);
          System.out.println(arguments[k] + " " + status);
        } catch (IOException e) {
          System.out.println(arguments[k] + " " + e.getClass().getName());
        }
      }
    }
  }
}
