package dev.piiguard.spotbugs.internal.taint;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a tainted value came from: a sensitive source (a field, record component, method, parameter
 * or type, read at a line of a class) or, while computing a method summary, one of the method's own
 * parameters. Indirect origins went through a container on the way.
 */
public final class Origin implements Comparable<Origin> {
  private static final Comparator<Origin> ORDER =
      Comparator.comparing((Origin origin) -> origin.parameter)
          .thenComparing(origin -> origin.description)
          .thenComparing(origin -> origin.piiTypes)
          .thenComparing(origin -> origin.className)
          .thenComparingInt(origin -> origin.line)
          .thenComparing(origin -> origin.indirect);

  private final int parameter;
  private final String description;
  private final String piiTypes;
  private final String className;
  private final int line;
  private final boolean indirect;

  private Origin(
      int parameter, String description, String piiTypes, String className, int line, boolean indirect) {
    this.parameter = parameter;
    this.description = description;
    this.piiTypes = piiTypes;
    this.className = className;
    this.line = line;
    this.indirect = indirect;
  }

  /**
   * A sensitive source, described as users wrote it ({@code Customer.email}), holding these PII
   * types ({@code EMAIL}, {@code EMAIL,PHONE}), read at this line.
   */
  public static Origin source(String description, String piiTypes, String className, int line) {
    return new Origin(-1, description, piiTypes, className, line, false);
  }

  /** The method's own argument at this position (0 is the receiver of an instance method). */
  public static Origin parameter(int position) {
    return new Origin(position, "", "", "", -1, false);
  }

  public boolean isParameter() {
    return parameter >= 0;
  }

  /** The argument position of a parameter origin. */
  public int parameterPosition() {
    return parameter;
  }

  public String description() {
    return description;
  }

  /** The PII types the source holds, comma-separated ({@code EMAIL,PHONE}); empty for a parameter origin. */
  public String piiTypes() {
    return piiTypes;
  }

  /** Internal name of the class where the source was read. */
  public String className() {
    return className;
  }

  /** The source line where it was read, or -1. */
  public int line() {
    return line;
  }

  public boolean isIndirect() {
    return indirect;
  }

  Origin indirect() {
    return indirect ? this : new Origin(parameter, description, piiTypes, className, line, true);
  }

  Origin direct() {
    return indirect ? new Origin(parameter, description, piiTypes, className, line, false) : this;
  }

  @Override
  public int compareTo(Origin other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Origin)) {
      return false;
    }
    Origin that = (Origin) other;
    return parameter == that.parameter
        && line == that.line
        && indirect == that.indirect
        && description.equals(that.description)
        && piiTypes.equals(that.piiTypes)
        && className.equals(that.className);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameter, description, piiTypes, className, line, indirect);
  }

  @Override
  public String toString() {
    return isParameter() ? "param" + parameter : description + "@" + line + (indirect ? "~" : "");
  }
}
