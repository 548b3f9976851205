package dev.piiguard.spotbugs.internal.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Answers where {@code @Sensitive} (or an annotation meta-annotated with it) was declared: fields,
 * record components, methods, parameters and types; and where {@code @Redactor} was.
 */
public final class SensitiveDeclarations {
  /** Descriptor of {@code dev.piiguard.annotations.Sensitive}. */
  public static final String SENSITIVE = "Ldev/piiguard/annotations/Sensitive;";

  /** Descriptor of {@code dev.piiguard.annotations.Redactor}. */
  public static final String REDACTOR = "Ldev/piiguard/annotations/Redactor;";

  private final ClassRepository classes;
  private final Map<String, Boolean> sensitiveAnnotations = new HashMap<>();
  private final Map<String, Boolean> sensitiveTypes = new HashMap<>();

  public SensitiveDeclarations(ClassRepository classes) {
    this.classes = classes;
  }

  /** True when this annotation descriptor is {@code @Sensitive} or is meta-annotated with it. */
  public boolean isSensitiveAnnotation(String descriptor) {
    Boolean known = sensitiveAnnotations.get(descriptor);
    if (known != null) {
      return known;
    }
    sensitiveAnnotations.put(descriptor, false);
    boolean sensitive = SENSITIVE.equals(descriptor) || isMetaAnnotated(descriptor, new HashSet<>());
    sensitiveAnnotations.put(descriptor, sensitive);
    return sensitive;
  }

  private boolean isMetaAnnotated(String descriptor, Set<String> seen) {
    if (!descriptor.startsWith("L") || !seen.add(descriptor)) {
      return false;
    }
    String internalName = descriptor.substring(1, descriptor.length() - 1);
    if (internalName.startsWith("java/")) {
      return false;
    }
    Optional<ClassFacts> annotation = classes.find(internalName);
    if (annotation.isEmpty()) {
      return false;
    }
    for (String meta : annotation.get().annotations()) {
      if (SENSITIVE.equals(meta) || isMetaAnnotated(meta, seen)) {
        return true;
      }
    }
    return false;
  }

  public boolean anySensitive(List<String> annotations) {
    for (String annotation : annotations) {
      if (isSensitiveAnnotation(annotation)) {
        return true;
      }
    }
    return false;
  }

  /** True when instances of this class (or of a supertype) are sensitive as a whole. */
  public boolean isSensitiveType(String internalName) {
    if (internalName == null || internalName.startsWith("java/")) {
      return false;
    }
    Boolean known = sensitiveTypes.get(internalName);
    if (known != null) {
      return known;
    }
    boolean sensitive = false;
    for (String supertype : classes.supertypes(internalName)) {
      Optional<ClassFacts> facts = classes.find(supertype);
      if (facts.isPresent() && anySensitive(facts.get().annotations())) {
        sensitive = true;
        break;
      }
    }
    sensitiveTypes.put(internalName, sensitive);
    return sensitive;
  }

  /** True when a value of this type is sensitive: a sensitive class, or an array of one. */
  public boolean isSensitiveValueType(Type type) {
    if (type == null) {
      return false;
    }
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    return element.getSort() == Type.OBJECT && isSensitiveType(element.getInternalName());
  }

  /**
   * The class that declares this field as sensitive (the owner or a superclass), if it is; record
   * components count for their fields.
   */
  public Optional<ClassFacts> sensitiveFieldDeclarer(String owner, String fieldName) {
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isEmpty()) {
        continue;
      }
      MemberFacts field = facts.get().field(fieldName);
      if (field != null) {
        boolean sensitive =
            anySensitive(field.annotations())
                || anySensitive(facts.get().recordComponentAnnotations(fieldName));
        return sensitive ? facts : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The class that declares this method's return value sensitive (the owner or a supertype), if it
   * does; a record accessor counts when its component is sensitive.
   */
  public Optional<ClassFacts> sensitiveMethodDeclarer(String owner, String name, String descriptor) {
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isEmpty()) {
        continue;
      }
      MemberFacts method = facts.get().method(name, descriptor);
      if (method == null) {
        continue;
      }
      if (anySensitive(method.annotations())) {
        return facts;
      }
      if (facts.get().isRecord()
          && descriptor.startsWith("()")
          && anySensitive(facts.get().recordComponentAnnotations(name))) {
        return facts;
      }
    }
    return Optional.empty();
  }

  /** True when the method, or a supertype's declaration of it, is annotated {@code @Redactor}. */
  public boolean isRedactor(String owner, String name, String descriptor) {
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isEmpty()) {
        continue;
      }
      MemberFacts method = facts.get().method(name, descriptor);
      if (method != null && method.annotations().contains(REDACTOR)) {
        return true;
      }
    }
    return false;
  }

  /** True when the parameter at this 0-based position (receiver excluded) is declared sensitive. */
  public boolean isSensitiveParameter(ClassFacts declarer, MemberFacts method, int position) {
    return anySensitive(method.parameterAnnotations(position));
  }

  /** True when some application class declares anything sensitive; without that there is nothing to follow. */
  public boolean applicationDeclaresSensitiveData() {
    for (ClassFacts facts : classes.applicationClasses()) {
      if (anySensitive(facts.annotations())) {
        return true;
      }
      for (String component : facts.recordComponentNames()) {
        if (anySensitive(facts.recordComponentAnnotations(component))) {
          return true;
        }
      }
      for (MemberFacts field : facts.fields()) {
        if (anySensitive(field.annotations())) {
          return true;
        }
      }
      for (MemberFacts method : facts.methods()) {
        if (anySensitive(method.annotations())) {
          return true;
        }
        int parameters = Type.getArgumentTypes(method.descriptor()).length;
        for (int i = 0; i < parameters; i++) {
          if (anySensitive(method.parameterAnnotations(i))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when a method with these flags has a receiver. */
  public static boolean hasReceiver(int access) {
    return (access & Opcodes.ACC_STATIC) == 0;
  }
}
