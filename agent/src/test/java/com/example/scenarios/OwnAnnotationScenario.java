package com.example.scenarios;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A shop that marks its member's nickname with an annotation of its own ({@link PersonalData})
 * and posts a prompt naming the member with the JDK client to {@code args[0]}; prints the status.
 */
public final class OwnAnnotationScenario {
  public static final String NICKNAME = "Captain Ownannotation";

  /** A member as the shop keeps one. */
  record Member(@PersonalData String nickname, String tier) {}

  private OwnAnnotationScenario() {}

  public static void main(String[] arguments) throws Exception {
    Member member = new Member(NICKNAME, "gold");
    HttpRequest request = HttpRequest.newBuilder(URI.create(arguments[0]))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Greet " + member.nickname() + "\"}")).build();
    System.out.println(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
  }
}
