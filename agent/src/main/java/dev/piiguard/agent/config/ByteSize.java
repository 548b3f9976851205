package dev.piiguard.agent.config;

import java.util.Locale;

/** Reads sizes such as {@code 8MB}, {@code 512KB}, {@code 1GB} or {@code 4096} (binary multiples). */
final class ByteSize {
  private ByteSize() {}

  /**
   * The number of bytes, or -1 when the text is not a size.
   */
  static long parse(String text) {
    String value = text.trim().toUpperCase(Locale.ROOT);
    long multiplier = 1;
    if (value.endsWith("KB") || value.endsWith("MB") || value.endsWith("GB")) {
      char unit = value.charAt(value.length() - 2);
      multiplier = unit == 'K' ? 1024L : unit == 'M' ? 1024L * 1024 : 1024L * 1024 * 1024;
      value = value.substring(0, value.length() - 2).trim();
    } else if (value.endsWith("B")) {
      value = value.substring(0, value.length() - 1).trim();
    }
    if (value.isEmpty() || value.length() > 12) {
      return -1;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(value) * multiplier;
  }
}
