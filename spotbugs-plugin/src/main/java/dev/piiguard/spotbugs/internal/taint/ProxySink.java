package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import java.util.BitSet;

/** A call of an interface method that a library's proxy sends away: the sink's pattern and the arguments it keeps out. */
final class ProxySink {
  private final BugPattern pattern;
  private final BitSet unsentArguments;

  ProxySink(BugPattern pattern, BitSet unsentArguments) {
    this.pattern = pattern;
    this.unsentArguments = unsentArguments;
  }

  BugPattern pattern() {
    return pattern;
  }

  /** Whether the argument at this 0-based position (receiver excluded) goes into the request or prompt. */
  boolean sends(int argument) {
    return !unsentArguments.get(argument);
  }
}
