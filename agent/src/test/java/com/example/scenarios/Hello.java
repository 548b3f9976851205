package com.example.scenarios;

import java.net.http.HttpClient;

/**
 * The smallest application, for measuring the agent's added startup time: prints a line, and
 * with the argument {@code http} first creates a JDK {@code HttpClient} (which waits for the
 * agent's instrumentation to be ready).
 */
public final class Hello {
  private Hello() {}

  public static void main(String[] arguments) {
    if (arguments.length > 0 && arguments[0].equals("http")) {
      System.out.println("hello " + HttpClient.newHttpClient().version());
    } else {
      System.out.println("hello");
    }
  }
}
