package dev.piiguard.core.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A host name pattern where {@code *} stands for any run of characters, compared without regard
 * to case: {@code *.openai.azure.com} matches {@code eu.openai.azure.com}. A pattern without
 * {@code *} is read as hosts are ({@link CanonicalHost}), so an address rule matches the address
 * however a URL writes it; a port is not part of a pattern.
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
    if (lowered.length() > 1 && lowered.endsWith(".")) {
      lowered = lowered.substring(0, lowered.length() - 1); // a fully qualified name: block.test.
    }
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
    if (lowered.indexOf(':') == lowered.lastIndexOf(':') && lowered.indexOf(':') >= 0 || lowered.contains("]:")) {
      // every client hands the host without its port to the policy: such a rule would never match
      throw new IllegalArgumentException("a host pattern names no port");
    }
    return new HostGlob(lowered.indexOf('*') >= 0 ? CanonicalHost.written(lowered) : CanonicalHost.of(lowered));
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
