package com.example.scenarios;

import com.sun.tools.attach.VirtualMachine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * An application that makes its customer (a record with {@code @Sensitive} components) before
 * the agent is attached to it ({@code agentmain}), then posts a prompt naming the customer with
 * the JDK client: arguments are the server URL, the agent jar and the agent options. Prints the
 * status.
 */
public final class LateAttachSensitiveScenario {
  private LateAttachSensitiveScenario() {}

  public static void main(String[] arguments) throws Exception {
    SensitiveFieldsScenario.Customer customer =
        new SensitiveFieldsScenario.Customer(SensitiveFieldsScenario.NAME, SensitiveFieldsScenario.ADDRESS, "gold");
    VirtualMachine self = VirtualMachine.attach(String.valueOf(ProcessHandle.current().pid()));
    try {
      self.loadAgent(arguments[1], arguments[2]);
    } finally {
      self.detach();
    }
    String prompt = "{\"prompt\":\"Write to " + customer.name() + ", " + customer.address() + "\"}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(arguments[0]))
        .POST(HttpRequest.BodyPublishers.ofString(prompt)).build();
    System.out.println(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
  }
}
