package dev.piiguard.spotbugs.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts of the application's classes (added up front) and of any other class on the analysed
 * classpath (read on first use and kept), plus the supertype relation between them.
 */
public final class ClassRepository {
  private static final ClassFacts MISSING =
      new ClassFacts(
          "", null, List.of(), 0, null, Annotations.NONE, Map.of(), Map.of(), Map.of(), java.util.Set.of(),
          java.util.Set.of(), java.util.Set.of(), java.util.Set.of());

  private final ClassBytesSource bytesSource;
  private final Map<String, ClassFacts> applicationClasses = new LinkedHashMap<>();
  private final Map<String, ClassFacts> otherClasses = new HashMap<>();
  private final Map<String, List<String>> subclasses = new HashMap<>();
  private final Map<String, java.util.Set<String>> supertypes = new HashMap<>();

  public ClassRepository(ClassBytesSource bytesSource) {
    this.bytesSource = bytesSource;
  }

  /** Adds an application class read from its bytes (with code facts). */
  public ClassFacts addApplicationClass(byte[] bytes) {
    ClassFacts facts = ClassFactsReader.read(bytes, true);
    applicationClasses.put(facts.name(), facts);
    if (facts.superName() != null) {
      subclasses.computeIfAbsent(facts.superName(), key -> new ArrayList<>()).add(facts.name());
    }
    for (String implemented : facts.interfaces()) {
      subclasses.computeIfAbsent(implemented, key -> new ArrayList<>()).add(facts.name());
    }
    return facts;
  }

  public boolean isApplicationClass(String internalName) {
    return applicationClasses.containsKey(internalName);
  }

  public Iterable<ClassFacts> applicationClasses() {
    return Collections.unmodifiableCollection(applicationClasses.values());
  }

  /** Application classes that directly extend or implement this type. */
  public List<String> directApplicationSubtypes(String internalName) {
    return subclasses.getOrDefault(internalName, List.of());
  }

  /** The facts of any class on the analysed classpath, or empty when it cannot be found. */
  public Optional<ClassFacts> find(String internalName) {
    if (internalName == null) {
      return Optional.empty();
    }
    ClassFacts facts = applicationClasses.get(internalName);
    if (facts == null) {
      facts = otherClasses.get(internalName);
      if (facts == null) {
        byte[] bytes = internalName.startsWith("[") ? null : bytesSource.bytes(internalName);
        facts = MISSING;
        if (bytes != null) {
          try {
            facts = ClassFactsReader.read(bytes, false);
          } catch (RuntimeException malformed) {
            facts = MISSING;
          }
        }
        otherClasses.put(internalName, facts);
      }
    }
    return facts == MISSING ? Optional.empty() : Optional.of(facts);
  }

  /** The class itself and all its superclasses and interfaces that can be found. */
  public java.util.Set<String> supertypes(String internalName) {
    java.util.Set<String> known = supertypes.get(internalName);
    if (known != null) {
      return known;
    }
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    collectSupertypes(internalName, all);
    supertypes.put(internalName, all);
    return all;
  }

  private void collectSupertypes(String internalName, java.util.Set<String> all) {
    if (internalName == null || !all.add(internalName)) {
      return;
    }
    find(internalName)
        .ifPresent(
            facts -> {
              collectSupertypes(facts.superName(), all);
              for (String implemented : facts.interfaces()) {
                collectSupertypes(implemented, all);
              }
            });
  }

  public boolean isSubtype(String internalName, String supertype) {
    return internalName.equals(supertype) || supertypes(internalName).contains(supertype);
  }
}
