package dev.piiguard.spotbugs.internal.taint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An immutable, small, sorted set of {@link Origin}s; at most {@value #LIMIT} are kept so analysis stays bounded. */
public final class Taint {
  static final int LIMIT = 6;

  /** No origin: the value carries no personal data. */
  public static final Taint CLEAN = new Taint(new Origin[0]);

  private final Origin[] origins;

  private Taint(Origin[] origins) {
    this.origins = origins;
  }

  public static Taint of(Origin origin) {
    return new Taint(new Origin[] {origin});
  }

  public boolean isClean() {
    return origins.length == 0;
  }

  public List<Origin> origins() {
    return Arrays.asList(origins);
  }

  /** True when some origin is a real source, not a parameter of the method being summarised. */
  public boolean hasSource() {
    for (Origin origin : origins) {
      if (!origin.isParameter()) {
        return true;
      }
    }
    return false;
  }

  public Taint union(Taint other) {
    if (other.origins.length == 0 || other == this) {
      return this;
    }
    if (origins.length == 0) {
      return other;
    }
    Origin[] merged = new Origin[origins.length + other.origins.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < origins.length || j < other.origins.length) {
      int order =
          i == origins.length ? 1 : j == other.origins.length ? -1 : origins[i].compareTo(other.origins[j]);
      Origin next;
      if (order < 0) {
        next = origins[i++];
      } else if (order > 0) {
        next = other.origins[j++];
      } else {
        next = origins[i++];
        j++;
      }
      merged[k++] = next;
    }
    int size = Math.min(k, LIMIT);
    if (size == origins.length) {
      return this;
    }
    return new Taint(Arrays.copyOf(merged, size));
  }

  /** The same origins, each marked as having gone through a container. */
  public Taint indirect() {
    if (origins.length == 0) {
      return this;
    }
    List<Origin> marked = new ArrayList<>();
    for (Origin origin : origins) {
      marked.add(origin.indirect());
    }
    Taint result = CLEAN;
    for (Origin origin : marked) {
      result = result.union(Taint.of(origin));
    }
    return result;
  }

  /** The same origins, none marked as having gone through a container. */
  public Taint direct() {
    Taint result = CLEAN;
    for (Origin origin : origins) {
      result = result.union(Taint.of(origin.direct()));
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Taint && Arrays.equals(origins, ((Taint) other).origins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(origins);
  }

  @Override
  public String toString() {
    return Arrays.toString(origins);
  }
}
