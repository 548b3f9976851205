package com.example.scenarios;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * A Spring application run in a forked JVM: {@code RestClient} on the JDK {@code HttpClient} and
 * on Apache HttpClient 5, and {@code RestTemplate} (on {@code HttpURLConnection}) post {@link ClientScenarios#BODY}
 * ({@link RestoredReplyScenario#BODY} for the action {@code long}) to
 * {@code <base>/<action>/<client>/spring} and print {@code OK name base64(reply)} or
 * {@code FAIL name rootCauseClass base64(message)}.
 */
public final class SpringScenarios {
  private SpringScenarios() {}

  public static void main(String[] arguments) {
    String base = arguments[0];
    for (int i = 1; i < arguments.length; i++) {
      String name = arguments[i];
      String[] parts = name.split("/");
      String url = base + "/" + parts[1] + "/" + parts[0] + "/spring";
      // "long": a body whose value is longer than its token, so that the restored reply is longer
      String body = parts[1].equals("long") ? RestoredReplyScenario.BODY : ClientScenarios.BODY;
      try {
        String reply = switch (parts[0]) {
          case "restclient" -> RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
              .build().post().uri(url).contentType(MediaType.APPLICATION_JSON)
              .body(body).retrieve().body(String.class);
          case "restclient-apache" -> RestClient.builder()
              .requestFactory(new HttpComponentsClientHttpRequestFactory())
              .build().post().uri(url).contentType(MediaType.APPLICATION_JSON)
              .body(body).retrieve().body(String.class);
          default -> new RestTemplate().postForObject(url, json(body), String.class);
        };
        System.out.println("OK " + name + " " + encode(reply));
      } catch (RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
          cause = cause.getCause();
        }
        System.out.println("FAIL " + name + " " + cause.getClass().getName() + " "
            + encode(String.valueOf(cause.getMessage())));
      }
    }
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
  }
}
