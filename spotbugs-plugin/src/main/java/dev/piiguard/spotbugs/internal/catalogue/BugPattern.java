package dev.piiguard.spotbugs.internal.catalogue;

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
   * @throws IllegalArgumentException naming the id when it is not one of ours
   */
  public static BugPattern parse(String id) {
    for (BugPattern pattern : values()) {
      if (pattern.name().equals(id)) {
        return pattern;
      }
    }
    throw new IllegalArgumentException("unknown bug pattern: " + id);
  }
}
