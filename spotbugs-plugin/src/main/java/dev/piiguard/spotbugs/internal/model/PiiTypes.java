package dev.piiguard.spotbugs.internal.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Joins the {@code PiiType} names of the declarations behind one source into the text a finding
 * carries: {@code EMAIL} or {@code EMAIL,PHONE}, in declaration order; {@code OTHER} when none
 * names a type, and only then.
 */
public final class PiiTypes {
  /** What an unnamed {@code @Sensitive} holds. */
  public static final String OTHER = "OTHER";

  private PiiTypes() {}

  /** Comma-separated names without repeats; {@code OTHER} is dropped when a named type is there. */
  public static String join(Collection<String> names) {
    Set<String> distinct = new LinkedHashSet<>(names);
    if (distinct.size() > 1) {
      distinct.remove(OTHER);
    }
    return distinct.isEmpty() ? OTHER : String.join(",", distinct);
  }

  /** The names of a {@code @Sensitive} value: as written, or {@code OTHER} when it names none. */
  static Collection<String> orOther(Collection<String> names) {
    return names.isEmpty() ? Set.of(OTHER) : names;
  }
}
