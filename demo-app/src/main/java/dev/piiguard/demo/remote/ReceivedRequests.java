package dev.piiguard.demo.remote;

import java.util.ArrayList;
import java.util.List;

/** The request bodies a demo server received, in arrival order, so the demo can show them. */
public final class ReceivedRequests {
  private final List<String> bodies = new ArrayList<>();

  synchronized void add(String body) {
    bodies.add(body);
  }

  /** A snapshot of every body received so far. */
  public synchronized List<String> bodies() {
    return List.copyOf(bodies);
  }
}
