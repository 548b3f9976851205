package dev.piiguard.spotbugs.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Answers where {@code @Sensitive} (or an annotation meta-annotated with it) was declared — fields,
 * record components, methods, parameters and types — with the PII types it names; and where
 * {@code @Redactor} was.
 */
public final class SensitiveDeclarations {
  /** Descriptor of {@code dev.piiguard.annotations.Sensitive}. */
  public static final String SENSITIVE = "Ldev/piiguard/annotations/Sensitive;";

  /** Descriptor of {@code dev.piiguard.annotations.Redactor}. */
  public static final String REDACTOR = "Ldev/piiguard/annotations/Redactor;";

  private static final List<String> NOT_SENSITIVE = List.of();

  /**
   * How long a sensitive constant must be to be followed: a short one ({@code "DE"}, {@code "n/a"})
   * would make every text that holds those letters sensitive.
   */
  static final int CONTAINED_CONSTANT_LENGTH = 8;

  private final ClassRepository classes;
  private final Map<String, List<String>> annotationTypes = new HashMap<>();
  private final Map<String, String> typeLevelTypes = new HashMap<>();
  private Map<String, SensitiveConstant> sensitiveConstants;

  public SensitiveDeclarations(ClassRepository classes) {
    this.classes = classes;
  }

  /** True when this annotation descriptor is {@code @Sensitive} or is meta-annotated with it. */
  public boolean isSensitiveAnnotation(String descriptor) {
    return !annotationTypes(descriptor, new HashSet<>()).isEmpty();
  }

  /**
   * The PII types an annotation stands for: the value of {@code @Sensitive} on the annotation type
   * (through any chain of meta-annotations); empty when it is not sensitive.
   */
  private List<String> annotationTypes(String descriptor, Set<String> seen) {
    List<String> known = annotationTypes.get(descriptor);
    if (known != null) {
      return known;
    }
    if (!descriptor.startsWith("L") || isJdk(descriptor, 1) || !seen.add(descriptor)) {
      return NOT_SENSITIVE;
    }
    List<String> types = NOT_SENSITIVE;
    Optional<ClassFacts> annotation = classes.find(descriptor.substring(1, descriptor.length() - 1));
    if (annotation.isPresent()) {
      List<String> meta = typesOf(annotation.get().annotations(), seen);
      types = meta.isEmpty() ? NOT_SENSITIVE : meta;
    }
    annotationTypes.put(descriptor, types);
    return types;
  }

  /** The PII types the annotations of one declaration make it hold; empty when none is sensitive. */
  private List<String> typesOf(Annotations annotations, Set<String> seen) {
    List<String> types = new ArrayList<>(2);
    for (String descriptor : annotations.descriptors()) {
      Iterable<String> named =
          SENSITIVE.equals(descriptor)
              ? PiiTypes.orOther(annotations.sensitiveValue())
              : annotationTypes(descriptor, seen);
      for (String type : named) {
        if (!types.contains(type)) {
          types.add(type);
        }
      }
    }
    return types.isEmpty() ? NOT_SENSITIVE : types;
  }

  public boolean anySensitive(Annotations annotations) {
    return !annotations.isEmpty() && !typesOf(annotations, new HashSet<>()).isEmpty();
  }

  /** The PII types of a declaration with these annotations ({@code EMAIL,PHONE}); empty when it is not sensitive. */
  public String piiTypes(Annotations annotations) {
    if (annotations.isEmpty()) {
      return "";
    }
    List<String> types = typesOf(annotations, new HashSet<>());
    return types.isEmpty() ? "" : PiiTypes.join(types);
  }

  private String piiTypes(Annotations first, Annotations second) {
    Set<String> types = new LinkedHashSet<>(typesOf(first, new HashSet<>()));
    types.addAll(typesOf(second, new HashSet<>()));
    return types.isEmpty() ? "" : PiiTypes.join(types);
  }

  /** True when instances of this class (or of a supertype) are sensitive as a whole. */
  public boolean isSensitiveType(String internalName) {
    return !typeLevelPiiTypes(internalName).isEmpty();
  }

  /** The PII types of a {@code @Sensitive} on this class or its nearest annotated supertype; empty when none. */
  public String typeLevelPiiTypes(String internalName) {
    if (internalName == null || isJdk(internalName, 0)) {
      return "";
    }
    String known = typeLevelTypes.get(internalName);
    if (known != null) {
      return known;
    }
    String types = "";
    for (String supertype : classes.supertypes(internalName)) {
      Optional<ClassFacts> facts = classes.find(supertype);
      if (facts.isPresent()) {
        types = piiTypes(facts.get().annotations());
        if (!types.isEmpty()) {
          break;
        }
      }
    }
    typeLevelTypes.put(internalName, types);
    return types;
  }

  /** The PII types of a value of this type: a sensitive class, or an array of one; empty otherwise. */
  public String valueTypePiiTypes(Type type) {
    if (type == null) {
      return "";
    }
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    return element.getSort() == Type.OBJECT ? typeLevelPiiTypes(element.getInternalName()) : "";
  }

  /** True when a value of this type is sensitive: a sensitive class, or an array of one. */
  public boolean isSensitiveValueType(Type type) {
    return !valueTypePiiTypes(type).isEmpty();
  }

  /**
   * The field as declared sensitive by the owner or a superclass, if it is; record components count
   * for their fields.
   */
  public Optional<SensitiveMember> sensitiveField(String owner, String fieldName) {
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isEmpty()) {
        continue;
      }
      MemberFacts field = facts.get().field(fieldName);
      if (field != null) {
        String types = piiTypes(field.annotations(), facts.get().recordComponentAnnotations(fieldName));
        return types.isEmpty() ? Optional.empty() : Optional.of(new SensitiveMember(facts.get(), types));
      }
    }
    return Optional.empty();
  }

  /**
   * The sensitive {@code static final} field of the application whose constant text this is or
   * holds. javac copies such a constant into every class that reads the field, and folds it into
   * the text around it ({@code "key " + Credentials.API_KEY} is one constant; a concatenation's
   * recipe holds it too), so the code loads the text itself where the source names the field. Only
   * a constant that looks like data counts: {@value #CONTAINED_CONSTANT_LENGTH} characters or more,
   * no white space, and a digit or a sign among its letters (an API key, a card number, an address);
   * a word such as {@code "password"} or {@code "unknown"} would make every text that holds it
   * sensitive. Every constant the text holds is listed (a log line folded from two); when two
   * fields hold the same text, the first class read wins.
   */
  public List<SensitiveConstant> sensitiveConstants(String text) {
    if (sensitiveConstants == null) {
      sensitiveConstants = collectSensitiveConstants();
    }
    if (sensitiveConstants.isEmpty() || text.length() < CONTAINED_CONSTANT_LENGTH) {
      return List.of();
    }
    SensitiveConstant exact = sensitiveConstants.get(text);
    if (exact != null) {
      return List.of(exact);
    }
    List<SensitiveConstant> contained = List.of();
    for (Map.Entry<String, SensitiveConstant> constant : sensitiveConstants.entrySet()) {
      if (text.contains(constant.getKey())) {
        if (contained.isEmpty()) {
          contained = new ArrayList<>(2);
        }
        contained.add(constant.getValue());
      }
    }
    return contained;
  }

  private Map<String, SensitiveConstant> collectSensitiveConstants() {
    Map<String, SensitiveConstant> constants = new LinkedHashMap<>();
    for (ClassFacts facts : classes.applicationClasses()) {
      for (MemberFacts field : facts.fields()) {
        if (!(field.constantValue() instanceof String) || !looksLikeData((String) field.constantValue())) {
          continue;
        }
        String types = piiTypes(field.annotations());
        if (!types.isEmpty()) {
          constants.putIfAbsent(
              (String) field.constantValue(), new SensitiveConstant(facts, field.name(), types));
        }
      }
    }
    return constants;
  }

  private static boolean looksLikeData(String text) {
    if (text.length() < CONTAINED_CONSTANT_LENGTH) {
      return false;
    }
    boolean notALetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        return false;
      }
      notALetter |= !Character.isLetter(c);
    }
    return notALetter;
  }

  /**
   * The method whose return value the owner or a supertype declares sensitive, if one does; a
   * record accessor counts when its component is sensitive.
   */
  public Optional<SensitiveMember> sensitiveMethod(String owner, String name, String descriptor) {
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isEmpty()) {
        continue;
      }
      MemberFacts method = facts.get().method(name, descriptor);
      if (method == null) {
        continue;
      }
      String types = piiTypes(method.annotations());
      if (types.isEmpty() && facts.get().isRecord() && descriptor.startsWith("()")) {
        types = piiTypes(facts.get().recordComponentAnnotations(name));
      }
      if (!types.isEmpty()) {
        return Optional.of(new SensitiveMember(facts.get(), types));
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

  /**
   * The PII types of the parameter at this 0-based position (receiver excluded) of a method of
   * {@code owner}, as it or a declaration it overrides in a supertype marks it ({@code Mailer.send(
   * @Sensitive String recipient)} holds for every implementation); empty when it is not sensitive.
   */
  public String parameterPiiTypes(String owner, MemberFacts method, int position) {
    String declared = piiTypes(method.parameterAnnotations(position));
    if (!declared.isEmpty() || !overrides(method)) {
      return declared;
    }
    for (String type : classes.supertypes(owner)) {
      if (type.equals(owner)) {
        continue;
      }
      Optional<ClassFacts> facts = classes.find(type);
      MemberFacts overridden = facts.isEmpty() ? null : facts.get().method(method.name(), method.descriptor());
      if (overridden != null && overrides(overridden)) {
        String types = piiTypes(overridden.parameterAnnotations(position));
        if (!types.isEmpty()) {
          return types;
        }
      }
    }
    return "";
  }

  /** True for a method that can override or be overridden: not a constructor, static or private. */
  private static boolean overrides(MemberFacts method) {
    return !method.name().startsWith("<") && (method.access() & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0;
  }

  /** True when the class declares anything sensitive: itself, a record component, a field, a method or a parameter. */
  public boolean declaresSensitiveData(ClassFacts facts) {
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
    return false;
  }

  /** True for a name of the JDK's (from this index on), whose declarations are never sensitive. */
  public static boolean isJdk(String name, int start) {
    return name.startsWith("java/", start) || name.startsWith("jdk/", start) || name.startsWith("sun/", start);
  }

  /** True when a method with these flags has a receiver. */
  public static boolean hasReceiver(int access) {
    return (access & Opcodes.ACC_STATIC) == 0;
  }
}
