package com.example.scenarios;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * OkHttp clients whose network interceptor gives each call a body with the customer's e-mail
 * address ({@code /ok-net/…/body}) or adds it to the query ({@code /ok-net/…/query}), and one whose
 * authenticator answers a 401 with such a body ({@code /unauthorized-once/ok-net/…}); each posts
 * {@code {}} to the paths given after the base URL and prints the status and the reply, or the
 * exception.
 */
public final class OkHttpNetworkInterceptorScenario {
  private static final MediaType JSON = MediaType.parse("application/json");
  private static final String CUSTOMER = "{\"customer\":\"jane.canary@example.com\"}";

  private OkHttpNetworkInterceptorScenario() {}

  public static void main(String[] arguments) {
    String baseUrl = arguments[0];
    Interceptor addsBody = chain -> {
      RequestBody body = RequestBody.create(JSON, CUSTOMER);
      return chain.proceed(chain.request().newBuilder().post(body)
          .header("Content-Length", String.valueOf(body.contentLength())).build());
    };
    Interceptor addsQuery = chain -> chain.proceed(chain.request().newBuilder()
        .url(chain.request().url().newBuilder().addQueryParameter("user", "jane.canary@example.com").build())
        .build());
    OkHttpClient body = new OkHttpClient.Builder().addNetworkInterceptor(addsBody).build();
    OkHttpClient query = new OkHttpClient().newBuilder().addNetworkInterceptor(addsQuery).build();
    OkHttpClient signsIn = new OkHttpClient.Builder()
        .authenticator((route, response) -> response.request().newBuilder()
            .header("Authorization", "Bearer signed-in").post(RequestBody.create(JSON, CUSTOMER)).build())
        .build();
    for (int i = 1; i < arguments.length; i++) {
      String path = arguments[i];
      OkHttpClient client = path.endsWith("/body") ? body : path.endsWith("/query") ? query : signsIn;
      Request request = new Request.Builder().url(baseUrl + path).post(RequestBody.create(JSON, "{}")).build();
      try (Response response = client.newCall(request).execute()) {
        System.out.println(path + " " + response.code() + " " + response.body().string());
      } catch (IOException e) {
        System.out.println(path + " " + e.getClass().getName() + ": " + e.getMessage());
      }
    }
  }
}
