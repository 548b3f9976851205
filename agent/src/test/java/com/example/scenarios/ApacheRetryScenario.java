package com.example.scenarios;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Apache HttpClient 5, as made by default (it retries a PUT the server answers with a 503): puts a
 * body and a query with an e-mail address to each path given; prints the status or the exception.
 */
public final class ApacheRetryScenario {
  private ApacheRetryScenario() {}

  public static void main(String[] arguments) throws IOException {
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      for (int k = 1; k < arguments.length; k++) {
        HttpPut put = new HttpPut(arguments[0] + arguments[k] + "?email=jane.canary%40example.com");
        put.setEntity(new StringEntity(RedirectScenario.BODY, ContentType.APPLICATION_JSON));
        try {
          System.out.println(arguments[k] + " " + client.execute(put, response -> response.getCode()));
        } catch (IOException e) {
          System.out.println(arguments[k] + " " + e.getClass().getName());
        }
      }
    }
  }
}
