package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.catalogue.MethodPattern;
import dev.piiguard.spotbugs.internal.catalogue.SinkRule;
import dev.piiguard.spotbugs.internal.catalogue.StreamRule;
import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import dev.piiguard.spotbugs.internal.model.SensitiveDeclarations;
import dev.piiguard.spotbugs.internal.model.SensitiveMember;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;

/**
 * The whole-application state the method analyses share: declarations, the catalogue, method
 * summaries, fields that were assigned sensitive values, and cached look-ups of sinks and call targets.
 */
final class Program {
  private static final int MAX_TARGETS = 8;

  final ClassRepository classes;
  final SensitiveDeclarations declarations;
  final Catalogue catalogue;
  private final Map<MethodRef, MethodSummary> summaries = new HashMap<>();
  private final Map<String, Taint> fieldTaints = new HashMap<>();
  private final ProxyInterfaces proxyInterfaces;
  private static final int SANITIZER = -1;
  private static final int SOURCE = -2;
  private static final int PROPAGATOR = -3;
  private static final int STREAM = -4;
  private static final int SENSITIVE_METHOD = -5;
  private static final int SERIALIZER = -6;
  private static final int STREAM_WRITE = -7;

  private final Map<MemberKey, List<SinkRule>> sinkCache = new HashMap<>();
  private final Map<MemberKey, List<MethodRef>> targetCache = new HashMap<>();
  private final Map<MemberKey, Object> factCache = new HashMap<>();
  private final Map<MemberKey, String> fieldKeyCache = new HashMap<>();

  Program(ClassRepository classes, Catalogue catalogue) {
    this.classes = classes;
    this.declarations = new SensitiveDeclarations(classes);
    this.catalogue = catalogue;
    this.proxyInterfaces = new ProxyInterfaces(classes, catalogue);
  }

  MethodSummary summary(MethodRef method) {
    return summaries.getOrDefault(method, MethodSummary.EMPTY);
  }

  /** Stores the summary; true when it changed. */
  boolean updateSummary(MethodRef method, MethodSummary summary) {
    MethodSummary old = summaries.put(method, summary);
    return old == null ? !summary.isEmpty() : !old.equals(summary);
  }

  Taint fieldTaint(String fieldKey) {
    return fieldTaints.getOrDefault(fieldKey, Taint.CLEAN);
  }

  /** Adds sources stored into a field; true when the field's taint grew. */
  boolean addFieldTaint(String fieldKey, Taint taint) {
    Taint old = fieldTaint(fieldKey);
    Taint merged = old.union(taint);
    if (merged.equals(old)) {
      return false;
    }
    fieldTaints.put(fieldKey, merged);
    return true;
  }

  /**
   * The sink a call of an interface method is when a library's proxy implements it (an AI service, a
   * declarative HTTP client), or null.
   */
  ProxySink proxySink(String owner, String name, String descriptor) {
    return proxyInterfaces.sink(owner, name, descriptor);
  }

  /** Whether LangChain4j's {@code AiServices} implements this interface. */
  boolean isAiService(String owner) {
    return proxyInterfaces.isAiService(owner);
  }

  /** {@code declarer.name}: the class that declares the field, found from the owner in the instruction. */
  String fieldKey(String owner, String name) {
    MemberKey cacheKey = new MemberKey(0, owner, name, "");
    String known = fieldKeyCache.get(cacheKey);
    if (known != null) {
      return known;
    }
    String declarer = owner;
    for (String type : classes.supertypes(owner)) {
      Optional<ClassFacts> facts = classes.find(type);
      if (facts.isPresent() && facts.get().field(name) != null) {
        declarer = type;
        break;
      }
    }
    String key = declarer + "." + name;
    fieldKeyCache.put(cacheKey, key);
    return key;
  }

  /** Sink rules that match a call of {@code owner.name descriptor}, with subtypes of the rule's owner. */
  List<SinkRule> sinks(String owner, String name, String descriptor) {
    MemberKey key = new MemberKey(0, owner, name, descriptor);
    List<SinkRule> known = sinkCache.get(key);
    if (known != null) {
      return known;
    }
    List<SinkRule> matched = new ArrayList<>();
    for (SinkRule rule : catalogue.sinkCandidates(name)) {
      if (rule.method().matchesNameAndDescriptor(name, descriptor)
          && classes.isSubtype(owner, rule.method().owner())
          && !isApplicationConstructorOfASubtype(owner, name, rule)) {
        matched.add(rule);
      }
    }
    List<SinkRule> result = matched.isEmpty() ? List.of() : matched;
    sinkCache.put(key, result);
    return result;
  }

  /**
   * A constructor of an application subclass of a sink's type ({@code new MaskedCardException(pan)}
   * of {@code Throwable#<init>}) is analysed like any application method: what it hands on to the
   * sink's own constructor is reported, not every argument (a constructor that masks
   * its argument was reported, and the fields it stored were lost).
   */
  private boolean isApplicationConstructorOfASubtype(String owner, String name, SinkRule rule) {
    return name.equals("<init>") && !owner.equals(rule.method().owner()) && classes.isApplicationClass(owner);
  }

  boolean isSanitizer(String owner, String name, String descriptor) {
    MemberKey key = new MemberKey(SANITIZER, owner, name, descriptor);
    Object known = factCache.get(key);
    if (known == null) {
      known =
          matchesAny(catalogue.sanitizerCandidates(name), owner, name, descriptor)
              || declarations.isRedactor(owner, name, descriptor);
      factCache.put(key, known);
    }
    return (Boolean) known;
  }

  boolean isCatalogueSource(String owner, String name, String descriptor) {
    if (!catalogue.hasSourceNamed(name)) {
      return false;
    }
    return matchesAnyCached(SOURCE, catalogue::sourceCandidates, owner, name, descriptor);
  }

  boolean isPropagator(String owner, String name, String descriptor) {
    return matchesAnyCached(PROPAGATOR, catalogue::propagatorCandidates, owner, name, descriptor);
  }

  /** Whether the call writes out the whole objects it is given (a catalogue serializer); cached. */
  boolean isSerializer(String owner, String name, String descriptor) {
    return matchesAnyCached(SERIALIZER, catalogue::serializerCandidates, owner, name, descriptor);
  }

  /** {@link #matchesAny} of the rules of one kind named like the method, remembered per kind and method. */
  private boolean matchesAnyCached(int kind, java.util.function.Function<String, List<MethodPattern>> candidatesNamed,
      String owner, String name, String descriptor) {
    MemberKey key = new MemberKey(kind, owner, name, descriptor);
    Object known = factCache.get(key);
    if (known == null) {
      known = matchesAny(candidatesNamed.apply(name), owner, name, descriptor);
      factCache.put(key, known);
    }
    return (Boolean) known;
  }

  /** Whether the call writes its arguments into the stream its receiver was made over (a catalogue stream-write); cached. */
  boolean isStreamWrite(String owner, String name, String descriptor) {
    return matchesAnyCached(STREAM_WRITE, catalogue::streamWriteCandidates, owner, name, descriptor);
  }

  /** The method whose result a class declares sensitive, with its PII types, if one does; cached. */
  @SuppressWarnings("unchecked")
  Optional<SensitiveMember> sensitiveMethod(String owner, String name, String descriptor) {
    MemberKey key = new MemberKey(SENSITIVE_METHOD, owner, name, descriptor);
    Object known = factCache.get(key);
    if (known == null) {
      known = declarations.sensitiveMethod(owner, name, descriptor);
      factCache.put(key, known);
    }
    return (Optional<SensitiveMember>) known;
  }

  /** Stream flags ({@link TaintValue#streamFlag}) of what this method returns or this static field (empty descriptor) holds. */
  int streamFlags(String owner, String name, String descriptor) {
    List<StreamRule> candidates = catalogue.streamCandidates(name);
    if (candidates.isEmpty()) {
      return 0;
    }
    MemberKey key = new MemberKey(STREAM, owner, name, descriptor);
    Object known = factCache.get(key);
    if (known != null) {
      return (Integer) known;
    }
    int flags = 0;
    for (StreamRule rule : candidates) {
      if (rule.member().matchesNameAndDescriptor(name, descriptor)
          && classes.isSubtype(owner, rule.member().owner())) {
        flags |= TaintValue.streamFlag(rule.pattern());
      }
    }
    factCache.put(key, flags);
    return flags;
  }

  private boolean matchesAny(List<MethodPattern> candidates, String owner, String name, String descriptor) {
    for (MethodPattern pattern : candidates) {
      if (pattern.matchesNameAndDescriptor(name, descriptor)
          && classes.isSubtype(owner, pattern.owner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Application methods with code that a call may run: the implementation inherited by the owner
   * and, for virtual calls, overrides in application subtypes. Empty when the owner is library code.
   */
  List<MethodRef> targets(int opcode, String owner, String name, String descriptor) {
    if (!classes.isApplicationClass(owner)) {
      return List.of();
    }
    MemberKey key = new MemberKey(opcode, owner, name, descriptor);
    List<MethodRef> known = targetCache.get(key);
    if (known != null) {
      return known;
    }
    Set<MethodRef> found = new LinkedHashSet<>();
    for (String type = owner; type != null && classes.isApplicationClass(type); ) {
      ClassFacts facts = classes.find(type).orElse(null);
      if (facts == null) {
        break;
      }
      MemberFacts method = facts.method(name, descriptor);
      if (method != null && hasCode(method)) {
        found.add(new MethodRef(type, name, descriptor));
        break;
      }
      if (opcode == Opcodes.INVOKESTATIC && method != null) {
        break;
      }
      type = facts.superName();
    }
    if (opcode == Opcodes.INVOKEVIRTUAL || opcode == Opcodes.INVOKEINTERFACE) {
      if (found.isEmpty()) {
        addDefaultMethods(owner, name, descriptor, found);
      }
      addOverrides(owner, name, descriptor, found, new HashSet<>());
    }
    List<MethodRef> result = new ArrayList<>(found);
    targetCache.put(key, result);
    return result;
  }

  /** Default methods of the application's interfaces that a class without its own method inherits. */
  private void addDefaultMethods(String owner, String name, String descriptor, Set<MethodRef> found) {
    for (String type : classes.supertypes(owner)) {
      if (type.equals(owner) || !classes.isApplicationClass(type)) {
        continue;
      }
      ClassFacts facts = classes.find(type).orElse(null);
      MemberFacts method = facts == null || !facts.isInterface() ? null : facts.method(name, descriptor);
      if (method != null && hasCode(method) && (method.access() & Opcodes.ACC_STATIC) == 0) {
        found.add(new MethodRef(type, name, descriptor));
      }
    }
  }

  private void addOverrides(
      String type, String name, String descriptor, Set<MethodRef> found, Set<String> seen) {
    for (String subtype : classes.directApplicationSubtypes(type)) {
      if (found.size() >= MAX_TARGETS || !seen.add(subtype)) {
        return;
      }
      classes
          .find(subtype)
          .map(facts -> facts.method(name, descriptor))
          .filter(Program::hasCode)
          .ifPresent(method -> found.add(new MethodRef(subtype, name, descriptor)));
      addOverrides(subtype, name, descriptor, found, seen);
    }
  }

  static boolean hasCode(MemberFacts method) {
    return (method.access() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
  }
}
