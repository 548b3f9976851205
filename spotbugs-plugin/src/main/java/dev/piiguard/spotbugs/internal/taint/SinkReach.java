package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import java.util.Objects;

/** Part of a method summary: the argument at this position reaches this sink, inside the method or deeper. */
final class SinkReach {
  private final int position;
  private final BugPattern pattern;
  private final String sinkName;
  private final String sinkClass;
  private final int sinkLine;
  private final boolean indirect;

  SinkReach(
      int position,
      BugPattern pattern,
      String sinkName,
      String sinkClass,
      int sinkLine,
      boolean indirect) {
    this.position = position;
    this.pattern = pattern;
    this.sinkName = sinkName;
    this.sinkClass = sinkClass;
    this.sinkLine = sinkLine;
    this.indirect = indirect;
  }

  int position() {
    return position;
  }

  BugPattern pattern() {
    return pattern;
  }

  String sinkName() {
    return sinkName;
  }

  String sinkClass() {
    return sinkClass;
  }

  int sinkLine() {
    return sinkLine;
  }

  boolean isIndirect() {
    return indirect;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SinkReach)) {
      return false;
    }
    SinkReach that = (SinkReach) other;
    return position == that.position
        && sinkLine == that.sinkLine
        && indirect == that.indirect
        && pattern == that.pattern
        && sinkName.equals(that.sinkName)
        && sinkClass.equals(that.sinkClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, pattern, sinkName, sinkClass, sinkLine, indirect);
  }
}
