package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.model.PiiTypes;
import java.util.Objects;

/**
 * One path from a sensitive source to a sink, found in a method of the application: where it is
 * reported, the source (description, class and line), the sink (name, class and line), and the
 * helper method it went through, if any.
 */
public final class Finding {
  private final BugPattern pattern;
  private final String className;
  private final String methodName;
  private final String methodDescriptor;
  private final boolean staticMethod;
  private final int line;
  private final Origin source;
  private final String sinkName;
  private final String sinkClass;
  private final int sinkLine;
  private final String via;
  private final boolean indirect;

  Finding(
      BugPattern pattern,
      String className,
      String methodName,
      String methodDescriptor,
      boolean staticMethod,
      int line,
      Origin source,
      String sinkName,
      String sinkClass,
      int sinkLine,
      String via,
      boolean indirect) {
    this.pattern = pattern;
    this.className = className;
    this.methodName = methodName;
    this.methodDescriptor = methodDescriptor;
    this.staticMethod = staticMethod;
    this.line = line;
    this.source = source;
    this.sinkName = sinkName;
    this.sinkClass = sinkClass;
    this.sinkLine = sinkLine;
    this.via = via;
    this.indirect = indirect;
  }

  public BugPattern pattern() {
    return pattern;
  }

  /** Internal name of the class where it is reported. */
  public String className() {
    return className;
  }

  public String methodName() {
    return methodName;
  }

  public String methodDescriptor() {
    return methodDescriptor;
  }

  public boolean isStaticMethod() {
    return staticMethod;
  }

  /** The line reported: the sink call, or the call into the helper that reaches the sink. */
  public int line() {
    return line;
  }

  /** The sensitive source, such as {@code Customer.email}. */
  public String sourceDescription() {
    return source.description();
  }

  /** The PII types the source holds, comma-separated: {@code EMAIL} or {@code EMAIL,PHONE}. */
  public String piiTypes() {
    return source.piiTypes().isEmpty() ? PiiTypes.OTHER : source.piiTypes();
  }

  /** Internal name of the class where the source was read. */
  public String sourceClass() {
    return source.className();
  }

  public int sourceLine() {
    return source.line();
  }

  /** The sink, such as {@code org.slf4j.Logger.info}. */
  public String sinkName() {
    return sinkName;
  }

  /** Internal name of the class that calls the sink. */
  public String sinkClass() {
    return sinkClass;
  }

  public int sinkLine() {
    return sinkLine;
  }

  /** The helper method the value entered on its way to the sink, or null for a flow in one method. */
  public String via() {
    return via;
  }

  /** True when the value went through a container (a collection, an optional, a builder). */
  public boolean isIndirect() {
    return indirect || source.isIndirect();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return pattern == that.pattern
        && line == that.line
        && className.equals(that.className)
        && methodName.equals(that.methodName)
        && methodDescriptor.equals(that.methodDescriptor)
        && source.description().equals(that.source.description())
        && sinkName.equals(that.sinkName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pattern, line, className, methodName, methodDescriptor, source.description(), sinkName);
  }

  @Override
  public String toString() {
    return pattern
        + " "
        + className
        + ":"
        + line
        + " "
        + source.description()
        + " ("
        + source.piiTypes()
        + ") -> "
        + sinkName
        + (via == null ? "" : " via " + via);
  }
}
