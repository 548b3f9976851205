package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import dev.piiguard.spotbugs.internal.model.SensitiveMember;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What a serialiser writes of an application object: its sensitive parts and what was stored into
 * its fields, and the same of the application objects they hold, in collections, optionals and
 * maps too (by their type arguments), a few levels deep. Gson writes
 * every field that is not static or {@code transient}; Jackson, JSON-B and the HTTP clients that
 * use them write properties: public getters and record accessors (their result, so a getter that
 * masks what it returns is clean), methods and fields marked {@code @JsonProperty}, public fields,
 * and every field of a class marked {@code @JsonAutoDetect}; a property or field marked
 * {@code @JsonIgnore}, {@code @JsonbTransient} or {@code @JsonProperty(access = WRITE_ONLY)}, and
 * one a class's {@code @JsonIgnoreProperties} names, is left out.
 */
final class SerializedLeak {
  /** How a serialiser reads an object. */
  enum Reading {
    /** Gson: every field that is not static or transient. */
    FIELDS,
    /** Jackson, and the HTTP and AI clients that serialise with it: properties, by its annotations. */
    PROPERTIES,
    /** JSON-B: properties, by its own annotations only. */
    JSON_B;

    /** How the serialiser of this library type (internal name) reads what it is given. */
    static Reading ofSerializer(String owner) {
      if (owner.startsWith("com/google/gson/")) {
        return FIELDS;
      }
      return owner.contains("/json/bind/") ? JSON_B : PROPERTIES;
    }
  }

  private static final int MAX_DEPTH = 4;
  private static final String JSONB_TRANSIENT = "Ljakarta/json/bind/annotation/JsonbTransient;";
  private static final String JAVAX_JSONB_TRANSIENT = "Ljavax/json/bind/annotation/JsonbTransient;";
  private static final Set<String> IGNORED = Set.of(
      "Lcom/fasterxml/jackson/annotation/JsonIgnore;", "Ljakarta/json/bind/annotation/JsonbTransient;",
      "Ljavax/json/bind/annotation/JsonbTransient;");
  private static final String JSON_PROPERTY = "Lcom/fasterxml/jackson/annotation/JsonProperty;";
  private static final String JSON_AUTO_DETECT = "Lcom/fasterxml/jackson/annotation/JsonAutoDetect;";

  private final MethodAnalysis analysis;
  private final Program program;
  private final Reading reading;
  private final int line;
  private final Set<String> seen = new HashSet<>();

  SerializedLeak(MethodAnalysis analysis, Reading reading, int line) {
    this.analysis = analysis;
    this.program = analysis.program;
    this.reading = reading;
    this.line = line;
  }

  /** What is written of a value of this type. */
  Taint of(Type type) {
    return of(type, 0);
  }

  private Taint of(Type type, int depth) {
    if (type == null || depth > MAX_DEPTH) {
      return Taint.CLEAN;
    }
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    if (element.getSort() != Type.OBJECT
        || !program.classes.isApplicationClass(element.getInternalName())
        || !seen.add(element.getInternalName())) {
      return Taint.CLEAN;
    }
    Taint leak = analysis.typeTaint(element, line);
    // the class first, then its superclasses: a getter overridden below is read there, once
    Set<String> gotten = new HashSet<>();
    Set<String> ignoredNames = new HashSet<>();
    List<ClassFacts> hierarchy = new ArrayList<>();
    boolean allFields = false;
    for (String declarer : program.classes.supertypes(element.getInternalName())) {
      ClassFacts facts = program.classes.isApplicationClass(declarer) ? program.classes.find(declarer).orElse(null) : null;
      if (facts != null) {
        hierarchy.add(facts);
        allFields |= reading == Reading.PROPERTIES && facts.annotations().contains(JSON_AUTO_DETECT); // inherited too
        if (reading == Reading.PROPERTIES) {
          ignoredNames.addAll(facts.annotations().ignoredProperties()); // @JsonIgnoreProperties, inherited too
        }
      }
    }
    for (ClassFacts facts : hierarchy) {
      String declarer = facts.name();
      if (reading != Reading.FIELDS) {
        for (MemberFacts method : facts.methods()) {
          String property = propertyOf(facts, method);
          if (property != null && gotten.add(property) && !isIgnored(method)
              && !isIgnoredField(hierarchy, property)
              && !ignoredNames.contains(nameInJson(hierarchy, method, property))) {
            leak = leak.union(getter(facts, method, depth));
          }
        }
      }
      for (MemberFacts field : facts.fields()) {
        if (writesField(field, gotten, allFields)
            && !ignoredNames.contains(nameInJson(field, field.name()))) {
          leak = leak.union(field(declarer, field, depth));
        }
      }
    }
    return leak;
  }

  private boolean writesField(MemberFacts field, Set<String> gotten, boolean allFields) {
    if ((field.access() & (Opcodes.ACC_STATIC | Opcodes.ACC_TRANSIENT)) != 0) {
      return false;
    }
    if (reading == Reading.FIELDS) {
      return true; // Gson reads neither Jackson's nor JSON-B's annotations
    }
    if (isIgnored(field)) {
      return false;
    }
    // a property with a getter is written through it; otherwise a public or @JsonProperty field, or
    // any field of a class whose @JsonAutoDetect may make fields visible
    boolean marked = allFields || (field.access() & Opcodes.ACC_PUBLIC) != 0
        || reading == Reading.PROPERTIES && field.annotations().contains(JSON_PROPERTY);
    return marked && !gotten.contains(field.name());
  }

  private Taint field(String declarer, MemberFacts field, int depth) {
    Taint taint = Taint.CLEAN;
    Optional<SensitiveMember> sensitive = program.declarations.sensitiveField(declarer, field.name());
    if (sensitive.isPresent()) {
      taint = Taint.of(Origin.source(
          Names.field(declarer, field.name()), sensitive.get().piiTypes(), analysis.owner.name(), line));
    }
    String key = program.fieldKey(declarer, field.name());
    analysis.depend("f:" + key);
    taint = taint.union(program.fieldTaint(key)).union(of(Type.getType(field.descriptor()), depth + 1));
    return taint.union(elements(TypeArguments.ofField(field.signature()), depth));
  }

  /** What is written of a collection, an optional or a map given to the serialiser itself, by its declared elements. */
  Taint ofElements(TypeArguments.Elements elements) {
    return elements(elements, -1);
  }

  /**
   * What is written of the elements a collection, an optional or a map holds: its values as
   * objects, a map's keys as text ({@code toString()}).
   */
  private Taint elements(TypeArguments.Elements elements, int depth) {
    Taint taint = Taint.CLEAN;
    for (String name : elements.values()) {
      taint = taint.union(of(Type.getObjectType(name), depth + 1));
    }
    for (String name : elements.keys()) {
      taint = taint.union(analysis.toStringLeak(Type.getObjectType(name)));
    }
    return taint;
  }

  /**
   * What a getter returns: the sources declared on it and, from its summary, what it reads (a
   * record's accessor by its summary only, so that one that masks its component is clean).
   */
  private Taint getter(ClassFacts facts, MemberFacts method, int depth) {
    String declarer = facts.name();
    Taint taint = Taint.CLEAN;
    String types = program.declarations.piiTypes(method.annotations());
    // a record's accessor carries its component's @Sensitive: the component, which its summary
    // returns, is the one source (two findings for one path otherwise)
    boolean accessor = facts.isRecord() && facts.recordComponentNames().contains(method.name());
    if (!types.isEmpty() && !accessor) {
      taint = Taint.of(Origin.source(
          Names.method(declarer, method.name(), method.descriptor()), types, analysis.owner.name(), line));
    }
    if (!program.isSanitizer(declarer, method.name(), method.descriptor())) {
      analysis.depend("m:" + method.name() + method.descriptor());
      for (Origin origin : program.summary(new MethodRef(declarer, method.name(), method.descriptor())).returned().origins()) {
        if (!origin.isParameter()) {
          taint = taint.union(Taint.of(origin));
        }
      }
    }
    return taint.union(of(Type.getReturnType(method.descriptor()), depth + 1))
        .union(elements(TypeArguments.ofReturnType(method.signature()), depth));
  }

  /** The property a public getter, a record accessor or a {@code @JsonProperty} method reads; null for others. */
  private static String propertyOf(ClassFacts facts, MemberFacts method) {
    int access = method.access();
    String name = method.name();
    if ((access & Opcodes.ACC_STATIC) != 0 || !method.descriptor().startsWith("()")
        || method.descriptor().endsWith(")V") || name.startsWith("<")) {
      return null;
    }
    if (method.annotations().contains(JSON_PROPERTY) || facts.isRecord() && facts.recordComponentNames().contains(name)) {
      return name;
    }
    if ((access & Opcodes.ACC_PUBLIC) == 0) {
      return null;
    }
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return decapitalized(name.substring(3));
    }
    if (name.startsWith("is") && name.length() > 2 && method.descriptor().equals("()Z")) {
      return decapitalized(name.substring(2));
    }
    return null;
  }

  /** Jackson's property name: the leading capitals in lower case ({@code getSSN} is {@code ssn}). */
  private static String decapitalized(String name) {
    int capitals = 0;
    while (capitals < name.length() && Character.isUpperCase(name.charAt(capitals))) {
      capitals++;
    }
    return name.substring(0, capitals).toLowerCase(Locale.ROOT) + name.substring(capitals);
  }

  private boolean isIgnored(MemberFacts member) {
    if (reading == Reading.JSON_B) {
      return member.annotations().contains(JSONB_TRANSIENT) || member.annotations().contains(JAVAX_JSONB_TRANSIENT);
    }
    if (member.annotations().writeOnly()) {
      return true; // @JsonProperty(access = WRITE_ONLY): read from JSON, never written
    }
    for (String annotation : IGNORED) {
      if (member.annotations().contains(annotation)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The property's name in JSON, which {@code @JsonIgnoreProperties} names: as its getter's or its
   * field's {@code @JsonProperty("…")} renames it, else its Java name.
   */
  private static String nameInJson(List<ClassFacts> hierarchy, MemberFacts getter, String property) {
    if (getter.annotations().jsonName() != null) {
      return getter.annotations().jsonName();
    }
    for (ClassFacts facts : hierarchy) {
      MemberFacts field = facts.field(property);
      if (field != null && field.annotations().jsonName() != null) {
        return field.annotations().jsonName();
      }
    }
    return property;
  }

  /** The name {@code member} is written under: as its {@code @JsonProperty("…")} renames it, else {@code javaName}. */
  private static String nameInJson(MemberFacts member, String javaName) {
    return member.annotations().jsonName() != null ? member.annotations().jsonName() : javaName;
  }

  /** Whether a field of the property, anywhere in the hierarchy, leaves it out. */
  private boolean isIgnoredField(List<ClassFacts> hierarchy, String property) {
    for (ClassFacts facts : hierarchy) {
      MemberFacts field = facts.field(property);
      if (field != null && ((field.access() & Opcodes.ACC_TRANSIENT) != 0 || isIgnored(field))) {
        return true;
      }
    }
    return false;
  }
}
