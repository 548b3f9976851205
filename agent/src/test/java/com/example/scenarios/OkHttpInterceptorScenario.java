package com.example.scenarios;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A per-service OkHttp client made from a shared one with {@code newBuilder()}, whose own
 * interceptor adds the customer's e-mail address to the query ({@code query}) or sends the call to
 * another path with a fresh request ({@code reroute}); prints the status or the exception.
 */
public final class OkHttpInterceptorScenario {
  private OkHttpInterceptorScenario() {}

  public static void main(String[] arguments) throws IOException {
    String baseUrl = arguments[0];
    OkHttpClient shared = new OkHttpClient.Builder().build();
    OkHttpClient addsQuery = shared.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .url(chain.request().url().newBuilder().addQueryParameter("user", "jane.canary@example.com").build())
            .build()))
        .build();
    OkHttpClient reroutes = shared.newBuilder()
        .addInterceptor(chain -> chain.proceed(new Request.Builder()
            .url(baseUrl + "/ok-order/crm/rerouted?user=jane.canary@example.com").build()))
        .build();
    call(addsQuery, baseUrl, "/ok-order/crm/query");
    call(reroutes, baseUrl, "/ok-order/notes/x");
  }

  private static void call(OkHttpClient client, String baseUrl, String path) {
    try (Response response = client.newCall(new Request.Builder().url(baseUrl + path).build()).execute()) {
      System.out.println(path + " " + response.code());
    } catch (IOException e) {
      System.out.println(path + " " + e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
