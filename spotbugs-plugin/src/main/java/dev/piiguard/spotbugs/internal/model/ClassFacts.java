package dev.piiguard.spotbugs.internal.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the analysis needs to know of one class without its code: supertypes, annotations, members, source file. */
public final class ClassFacts {
  private final String name;
  private final String superName;
  private final List<String> interfaces;
  private final int access;
  private final String sourceFile;
  private final Annotations annotations;
  private final Map<String, MemberFacts> fields;
  private final Map<String, MemberFacts> methods;
  private final Map<String, Annotations> recordComponents;
  private final Set<String> referencedTypeConstants;
  private final Set<String> aiServiceTypes;
  private final Set<String> invokedMethodNames;
  private final Set<String> referencedClasses;

  ClassFacts(
      String name,
      String superName,
      List<String> interfaces,
      int access,
      String sourceFile,
      Annotations annotations,
      Map<String, MemberFacts> fields,
      Map<String, MemberFacts> methods,
      Map<String, Annotations> recordComponents,
      Set<String> referencedTypeConstants,
      Set<String> aiServiceTypes,
      Set<String> invokedMethodNames,
      Set<String> referencedClasses) {
    this.name = name;
    this.superName = superName;
    this.interfaces = interfaces;
    this.access = access;
    this.sourceFile = sourceFile;
    this.annotations = annotations;
    this.fields = fields;
    this.methods = methods;
    this.recordComponents = recordComponents;
    this.referencedTypeConstants = referencedTypeConstants;
    this.aiServiceTypes = aiServiceTypes;
    this.invokedMethodNames = invokedMethodNames;
    this.referencedClasses = referencedClasses;
  }

  /** Internal name, such as {@code com/example/Customer}. */
  public String name() {
    return name;
  }

  /** Internal name of the superclass, null for {@code java/lang/Object} and module-info. */
  public String superName() {
    return superName;
  }

  public List<String> interfaces() {
    return interfaces;
  }

  public int access() {
    return access;
  }

  public boolean isInterface() {
    return (access & org.objectweb.asm.Opcodes.ACC_INTERFACE) != 0;
  }

  public boolean isRecord() {
    return "java/lang/Record".equals(superName);
  }

  /** The source file name from the class file, or null. */
  public String sourceFile() {
    return sourceFile;
  }

  public Annotations annotations() {
    return annotations;
  }

  /** The field with this name, or null. */
  public MemberFacts field(String fieldName) {
    return fields.get(fieldName);
  }

  public Iterable<MemberFacts> fields() {
    return fields.values();
  }

  /** The method with this name and descriptor, or null. */
  public MemberFacts method(String methodName, String descriptor) {
    return methods.get(methodName + descriptor);
  }

  public Iterable<MemberFacts> methods() {
    return methods.values();
  }

  /** Annotations of the record component with this name, or none. */
  public Annotations recordComponentAnnotations(String component) {
    return recordComponents.getOrDefault(component, Annotations.NONE);
  }

  public Set<String> recordComponentNames() {
    return Collections.unmodifiableSet(recordComponents.keySet());
  }

  /** Internal names of classes the code loads as constants ({@code Foo.class}). */
  public Set<String> referencedTypeConstants() {
    return referencedTypeConstants;
  }

  /** The types the code gives to LangChain4j's {@code AiServices} factory as class constants. */
  public Set<String> aiServiceTypes() {
    return aiServiceTypes;
  }

  /** Names of the methods the code invokes, for matching catalogue sources cheaply. */
  public Set<String> invokedMethodNames() {
    return invokedMethodNames;
  }

  /** Internal names of the non-JDK classes the code refers to (read with code only; empty otherwise). */
  public Set<String> referencedClasses() {
    return referencedClasses;
  }
}
