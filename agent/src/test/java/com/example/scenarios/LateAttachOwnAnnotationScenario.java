package com.example.scenarios;

import com.sun.tools.attach.VirtualMachine;
import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A shop whose own annotation keeps the default retention (CLASS, as javac gives one without
 * {@code @Retention}) makes its member before the agent is attached (when {@code arguments[1]}
 * names an agent jar) and posts a prompt naming the member to {@code arguments[0]}.
 */
public final class LateAttachOwnAnnotationScenario {
  public static final String NICKNAME = "Captain Classretention";

  /** The shop's own annotation, as written without thinking of retention. */
  @Target(ElementType.FIELD)
  @Sensitive(PiiType.PERSON_NAME)
  public @interface Personal {}

  /** A member as the shop keeps one. */
  static final class Member {
    @Personal
    private final String nickname;
    private final String tier;

    Member(String nickname, String tier) {
      this.nickname = nickname;
      this.tier = tier;
    }

    String nickname() {
      return nickname;
    }

    String tier() {
      return tier;
    }
  }

  private LateAttachOwnAnnotationScenario() {}

  public static void main(String[] arguments) throws Exception {
    Member member = new Member(NICKNAME, "gold");
    if (arguments.length > 1) {
      VirtualMachine self = VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
      try {
        self.loadAgent(arguments[1], arguments[2]);
      } finally {
        self.detach();
      }
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(arguments[0]))
        .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Greet " + member.nickname() + "\"}")).build();
    System.out.println(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
  }
}
