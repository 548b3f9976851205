package com.example.scenarios;

import com.sun.tools.attach.VirtualMachine;
import java.nio.charset.StandardCharsets;

/**
 * An application that sends through the JDK {@code HttpClient} and {@code HttpURLConnection},
 * then attaches the agent to itself ({@code agentmain}) and sends again: arguments are the server
 * base URL, the agent jar and the agent options. Prints {@code OK name} or {@code FAIL name class}.
 */
public final class LateAttachScenario {
  private LateAttachScenario() {}

  public static void main(String[] arguments) throws Exception {
    String base = arguments[0];
    byte[] body = ClientScenarios.BODY.getBytes(StandardCharsets.UTF_8);
    for (String client : new String[] {"jdk-send", "huc"}) {
      send(client, base + "/redact/" + client + "/before-attach", body);
    }
    VirtualMachine self = VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
    try {
      self.loadAgent(arguments[1], arguments[2]);
    } finally {
      self.detach();
    }
    for (String client : new String[] {"jdk-send", "huc"}) {
      send(client, base + "/redact/" + client + "/after-attach", body);
    }
  }

  private static void send(String client, String url, byte[] body) {
    try {
      ClientScenarios.send(client, url, body);
      System.out.println("OK " + client);
    } catch (Exception e) {
      System.out.println("FAIL " + client + " " + e.getClass().getName());
    }
  }
}
