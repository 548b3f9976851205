package dev.piiguard.cli.report.spotbugs;

import dev.piiguard.cli.report.input.PiiTypeNames;
import java.util.List;

/**
 * One path from a sensitive value to a sink that SpotBugs reported, with every text already masked.
 *
 * @param pattern the bug pattern id, such as {@code PII_TO_LOG}
 * @param priority 1 (high), 2 (normal) or 3 (low)
 * @param cwe the CWE id, or 0 when none is given
 * @param className the class the finding is in
 * @param methodName the method it is in with simple parameter types, such as {@code pay(Customer)},
 *     or the empty string
 * @param source the sensitive value, such as {@code Customer.email}, or the empty string
 * @param sink the API it reaches, such as {@code org.slf4j.Logger.info}, or the empty string
 * @param piiTypes what the value holds, such as {@code EMAIL}; never empty
 * @param sourceLine where the value is read
 * @param sinkLine where it reaches the sink
 * @param reportedAt where SpotBugs reports the finding, the line a suppression goes on: the sink
 *     line, or for a value that reaches the sink inside a helper method the call of that helper
 * @param message the finding's message
 */
public record StaticFinding(
    String pattern,
    int priority,
    int cwe,
    String className,
    String methodName,
    String source,
    String sink,
    List<String> piiTypes,
    CodeLocation sourceLine,
    CodeLocation sinkLine,
    CodeLocation reportedAt,
    String message) {

  /** Copies the type list. */
  public StaticFinding {
    piiTypes = List.copyOf(piiTypes);
  }

  /** A finding reported at its sink line. */
  public StaticFinding(String pattern, int priority, int cwe, String className, String methodName,
      String source, String sink, List<String> piiTypes, CodeLocation sourceLine, CodeLocation sinkLine,
      String message) {
    this(pattern, priority, cwe, className, methodName, source, sink, piiTypes, sourceLine, sinkLine,
        sinkLine, message);
  }

  /** Whether the finding is reported elsewhere than its sink line (at the call of a helper). */
  public boolean reportedAwayFromItsSink() {
    return reportedAt.isKnown() && sinkLine.isKnown() && !reportedAt.equals(sinkLine);
  }

  /** The PII types the finding names; empty when its source is {@code @Sensitive} without a type. */
  public List<String> namedPiiTypes() {
    return piiTypes.equals(List.of(PiiTypeNames.UNSPECIFIED)) ? List.of() : piiTypes;
  }

  /** The class name without its package. */
  public String simpleClassName() {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** {@code Class.method(Params)}, the way a reader names where the finding is. */
  public String where() {
    return methodName.isEmpty() ? simpleClassName() : simpleClassName() + "." + methodName;
  }

  /** The method name without parameters, or the empty string. */
  public String bareMethodName() {
    int parenthesis = methodName.indexOf('(');
    return parenthesis < 0 ? methodName : methodName.substring(0, parenthesis);
  }

  /** The words for this finding's priority. */
  public String priorityName() {
    return switch (priority) {
      case 1 -> "high";
      case 2 -> "normal";
      default -> "low";
    };
  }
}
