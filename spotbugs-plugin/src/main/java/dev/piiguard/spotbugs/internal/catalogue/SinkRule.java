package dev.piiguard.spotbugs.internal.catalogue;

import java.util.BitSet;

/**
 * A catalogue line saying which values passed to a method leave the application, and which bug
 * pattern that is: the receiver, all arguments, or the arguments at given positions.
 */
public final class SinkRule {
  private final BugPattern pattern;
  private final MethodPattern method;
  private final boolean allArguments;
  private final BitSet argumentPositions;
  private final boolean receiver;

  SinkRule(
      BugPattern pattern,
      MethodPattern method,
      boolean allArguments,
      BitSet argumentPositions,
      boolean receiver) {
    this.pattern = pattern;
    this.method = method;
    this.allArguments = allArguments;
    this.argumentPositions = argumentPositions;
    this.receiver = receiver;
  }

  public BugPattern pattern() {
    return pattern;
  }

  public MethodPattern method() {
    return method;
  }

  /** True when the argument at this 0-based position (receiver excluded) is sent. */
  public boolean sendsArgument(int position) {
    return allArguments || argumentPositions.get(position);
  }

  /** True when the receiver itself (a builder, a request) carries what is sent. */
  public boolean sendsReceiver() {
    return receiver;
  }

  @Override
  public String toString() {
    return "sink " + pattern + " " + method;
  }
}
