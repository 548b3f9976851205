package dev.piiguard.spotbugs.internal.model;

import java.util.List;

/**
 * A field or method as declared: name, descriptor, access flags, annotations (and per parameter for
 * methods), and a field's constant value.
 */
public final class MemberFacts {
  private final String name;
  private final String descriptor;
  private final int access;
  private final Annotations annotations;
  private final List<Annotations> parameterAnnotations;
  private final List<String> parameterNames;
  private final Object constantValue;
  private final String signature;

  MemberFacts(
      String name,
      String descriptor,
      int access,
      Annotations annotations,
      List<Annotations> parameterAnnotations,
      List<String> parameterNames,
      Object constantValue,
      String signature) {
    this.name = name;
    this.descriptor = descriptor;
    this.access = access;
    this.annotations = annotations;
    this.parameterAnnotations = parameterAnnotations;
    this.parameterNames = parameterNames;
    this.constantValue = constantValue;
    this.signature = signature;
  }

  /** The generic signature ({@code Ljava/util/List<Lcom/example/Contact;>;}), or null without one. */
  public String signature() {
    return signature;
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

  /**
   * The value of a {@code static final} field initialised with a compile-time constant (its
   * {@code ConstantValue} attribute), which javac copies into every place that reads the field; null
   * otherwise.
   */
  public Object constantValue() {
    return constantValue;
  }

  public Annotations annotations() {
    return annotations;
  }

  /** Annotations of the parameter at this 0-based position (receiver excluded). */
  public Annotations parameterAnnotations(int position) {
    return position < parameterAnnotations.size() ? parameterAnnotations.get(position) : Annotations.NONE;
  }

  /** The parameter's source name when the class file has it, else {@code arg<position>}. */
  public String parameterName(int position) {
    if (position < parameterNames.size() && parameterNames.get(position) != null) {
      return parameterNames.get(position);
    }
    return "arg" + position;
  }
}
