package dev.piiguard.agent.sensitive;

import dev.piiguard.core.known.KnownValues;

/**
 * Where the code woven into the application's classes hands the value of a {@code @Sensitive}
 * field as it is set. Names no type but the JDK's in what woven code calls, so that every class
 * loader that sees PII Guard's classes can link it.
 */
public final class SensitiveFields {
  /** The most values kept: when full, the older half is forgotten. */
  static final int CAPACITY = 100_000;

  private static final KnownValues VALUES = KnownValues.withCapacity(CAPACITY);

  private SensitiveFields() {}

  /**
   * Called by woven code with the value about to be written to a {@code @Sensitive} field, or just
   * read from one, and the entity id of its annotation's {@code PiiType}. Text values are
   * registered (one held already costs a hash and a look-up, no lock); others are left alone.
   * Never throws.
   */
  public static void held(Object value, String type) {
    if (value instanceof CharSequence) {
      try {
        VALUES.add((CharSequence) value, type);
      } catch (RuntimeException e) {
        // a value PII Guard cannot take must never fail the application's access
      }
    }
  }

  /** The registered values, which the request scanner finds. */
  public static KnownValues values() {
    return VALUES;
  }
}
