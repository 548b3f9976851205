package dev.piiguard.spotbugs.internal.model;

import java.util.List;

/** A field or method as declared: name, descriptor, access flags, annotation descriptors (and per parameter for methods). */
public final class MemberFacts {
  private final String name;
  private final String descriptor;
  private final int access;
  private final List<String> annotations;
  private final List<List<String>> parameterAnnotations;
  private final List<String> parameterNames;

  MemberFacts(
      String name,
      String descriptor,
      int access,
      List<String> annotations,
      List<List<String>> parameterAnnotations,
      List<String> parameterNames) {
    this.name = name;
    this.descriptor = descriptor;
    this.access = access;
    this.annotations = annotations;
    this.parameterAnnotations = parameterAnnotations;
    this.parameterNames = parameterNames;
  }

  public String name() {
    return name;
  }

  public String descriptor() {
    return descriptor;
  }

  public int access() {
    return access;
  }

  public List<String> annotations() {
    return annotations;
  }

  /** Annotation descriptors of the parameter at this 0-based position (receiver excluded). */
  public List<String> parameterAnnotations(int position) {
    return position < parameterAnnotations.size() ? parameterAnnotations.get(position) : List.of();
  }

  /** The parameter's source name when the class file has it, else {@code arg<position>}. */
  public String parameterName(int position) {
    if (position < parameterNames.size() && parameterNames.get(position) != null) {
      return parameterNames.get(position);
    }
    return "arg" + position;
  }
}
