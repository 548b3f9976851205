package dev.piiguard.core.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A host name pattern where {@code *} stands for any run of characters, compared without regard
 * to case: {@code *.openai.azure.com} matches {@code eu.openai.azure.com}.
 */
public final class HostGlob {
  private final String pattern;

  private HostGlob(String pattern) {
    this.pattern = pattern;
  }

  /**
   * Reads a glob.
   *
   * @throws IllegalArgumentException when the pattern is blank or holds characters no host name has
   */
  public static HostGlob of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    String lowered = pattern.trim().toLowerCase(Locale.ROOT);
    if (lowered.isEmpty()) {
      throw new IllegalArgumentException("empty host pattern");
    }
    for (int i = 0; i < lowered.length(); i++) {
      char c = lowered.charAt(i);
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '*' || c == '_' || c == ':' || c == '[' || c == ']';
      if (!allowed) {
        throw new IllegalArgumentException("not a host pattern");
      }
    }
    return new HostGlob(lowered);
  }

  /** Whether {@code host} matches this pattern; {@code host} must already be lower case. */
  public boolean matches(String host) {
    return matches(pattern, 0, host, 0);
  }

  private static boolean matches(String pattern, int p, String text, int t) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        for (int next = t; next <= text.length(); next++) {
          if (matches(pattern, p + 1, text, next)) {
            return true;
          }
        }
        return false;
      }
      if (t >= text.length() || text.charAt(t) != c) {
        return false;
      }
      p++;
      t++;
    }
    return t == text.length();
  }

  /** The pattern as written, in lower case. */
  public String pattern() {
    return pattern;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HostGlob && ((HostGlob) other).pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
