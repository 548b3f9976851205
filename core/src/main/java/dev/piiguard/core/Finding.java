package dev.piiguard.core;

import java.util.Objects;

/**
 * One piece of personal data found in a text: its entity id and where it is.
 *
 * <p>Offsets are 0-based and {@code end} is exclusive. They count {@code char}s when the scanned
 * input was a {@link CharSequence} and bytes when it was UTF-8 bytes. A finding never holds the
 * value itself, so it is safe to log, print or keep.
 *
 * @param type the entity id, such as {@code EMAIL} or {@code PAYMENT_CARD}, or the id of a custom
 *     detector
 * @param start the offset of the first unit of the value
 * @param end the offset just past the last unit of the value
 */
public record Finding(String type, int start, int end) {

  /** Checks the offsets and that the type is named. */
  public Finding {
    Objects.requireNonNull(type, "type");
    if (start < 0) {
      throw new IllegalArgumentException("start < 0: " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException("end <= start: " + end + " <= " + start);
    }
  }

  /** The number of chars or bytes the value spans. */
  public int length() {
    return end - start;
  }
}
