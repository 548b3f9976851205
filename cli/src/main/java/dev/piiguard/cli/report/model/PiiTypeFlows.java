package dev.piiguard.cli.report.model;

import java.util.List;

/**
 * Everywhere one type of personal data goes.
 *
 * @param piiType the type, such as {@code EMAIL}: the family of the names below (see {@link
 *     PiiTypeFamilies})
 * @param namesInCode the PII types static findings of this family name, such as {@code NATIONAL_ID}
 * @param namesAtRunTime the entity ids audit events of this family name, such as {@code US_SSN}
 * @param flows its flows, logs first
 * @param staticFindings how many static findings involve this type
 * @param runtimeValues how many values of this type the agent found
 */
public record PiiTypeFlows(
    String piiType,
    List<String> namesInCode,
    List<String> namesAtRunTime,
    List<DataFlow> flows,
    int staticFindings,
    long runtimeValues) {

  /** Copies the lists. */
  public PiiTypeFlows {
    namesInCode = List.copyOf(namesInCode);
    namesAtRunTime = List.copyOf(namesAtRunTime);
    flows = List.copyOf(flows);
  }

  /** Whether the inputs call this type by another name than {@link #piiType()}, such as {@code US_SSN}. */
  public boolean hasOtherNames() {
    return namesInCode.stream().anyMatch(name -> !name.equals(piiType))
        || namesAtRunTime.stream().anyMatch(name -> !name.equals(piiType));
  }
}
