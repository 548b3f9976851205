package dev.piiguard.spotbugs.internal.catalogue;

/**
 * A catalogue line naming a method that returns, or a static field that holds, a stream whose
 * writes leave the application: {@code System.out} for logs, a connection's output stream for HTTP.
 * Streams wrapped around it (a {@code PrintWriter}, an {@code OutputStreamWriter}) count too.
 */
public final class StreamRule {
  private final BugPattern pattern;
  private final MethodPattern member;

  StreamRule(BugPattern pattern, MethodPattern member) {
    this.pattern = pattern;
    this.member = member;
  }

  public BugPattern pattern() {
    return pattern;
  }

  /** The method or static field; fields are matched with an empty descriptor. */
  public MethodPattern member() {
    return member;
  }
}
