package dev.piiguard.spotbugs.internal.catalogue;

import java.util.Arrays;

/** The bug pattern ids this plugin reports; {@code findbugs.xml} and {@code messages.xml} hold their metadata. */
public enum BugPattern {
  PII_TO_LOG,
  PII_TO_AI_API,
  PII_TO_HTTP,
  PII_IN_EXCEPTION,
  PII_IN_TOSTRING;

  /**
   * Parses a pattern id as written in catalogues.
   *
   * @throws IllegalArgumentException naming the ids there are when it is not one of ours (not the
   *     word read: a catalogue's text is quoted in no message, as it may hold anything)
   */
  public static BugPattern parse(String id) {
    for (BugPattern pattern : values()) {
      if (pattern.name().equals(id)) {
        return pattern;
      }
    }
    throw new IllegalArgumentException("unknown bug pattern (expected one of "
        + Arrays.toString(values()) + ")");
  }
}
