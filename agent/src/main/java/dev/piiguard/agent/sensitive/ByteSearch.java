package dev.piiguard.agent.sensitive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a byte array holds one text, by Boyer-Moore-Horspool: the search mostly steps the
 * length of the text at a time, so checking every class file the application loads costs less
 * than reading each of its bytes once.
 */
final class ByteSearch {
  private final byte[] pattern;
  /** How far the search may step when a byte ends the window: the pattern's last byte excepted. */
  private final int[] shifts = new int[256];

  ByteSearch(String text) {
    pattern = text.getBytes(StandardCharsets.UTF_8);
    Arrays.fill(shifts, pattern.length);
    for (int k = 0; k < pattern.length - 1; k++) {
      shifts[pattern[k] & 0xFF] = pattern.length - 1 - k;
    }
  }

  boolean foundIn(byte[] bytes) {
    int last = pattern.length - 1;
    for (int end = last; end < bytes.length; end += shifts[bytes[end] & 0xFF]) {
      int k = last;
      while (bytes[end - last + k] == pattern[k]) {
        if (k-- == 0) {
          return true;
        }
      }
    }
    return false;
  }
}
