package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.catalogue.ClientInterfaceRule;
import dev.piiguard.spotbugs.internal.model.Annotations;
import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Interfaces that a library implements with a proxy sending the arguments of their calls away:
 * LangChain4j AI services (the application interfaces given to {@code AiServices}, when the
 * application does not implement them itself) and declarative HTTP clients (an interface or method
 * marked by a catalogue {@code client-interface} annotation, in the application or on its classpath).
 * A client the application also implements (a Feign fallback, a local stub) is still a client; one an
 * application class serves ({@code @RestController}, a catalogue {@code client-interface-server}) is not.
 */
final class ProxyInterfaces {
  /** Methods every proxy answers itself, whatever interface it implements. */
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass");
  private static final BitSet ALL_SENT = new BitSet();
  private static final ProxySink AI_SERVICE = new ProxySink(BugPattern.PII_TO_AI_API, ALL_SENT);

  private final ClassRepository classes;
  private final List<ClientInterfaceRule> clientRules;
  private final Set<String> serverAnnotations;
  private final Set<String> unsentParameterAnnotations;
  private final Set<String> aiServices = new HashSet<>();
  private final Map<MemberKey, Optional<ProxySink>> clientMethods = new HashMap<>();

  ProxyInterfaces(ClassRepository classes, Catalogue catalogue) {
    this.classes = classes;
    this.clientRules = catalogue.clientInterfaces();
    this.serverAnnotations = catalogue.clientServerAnnotations();
    this.unsentParameterAnnotations = catalogue.clientUnsentParameterAnnotations();
    for (ClassFacts facts : classes.applicationClasses()) {
      for (String type : facts.aiServiceTypes()) {
        if (isUnimplementedApplicationInterface(type)) {
          aiServices.add(type);
        }
      }
    }
  }

  /** Whether LangChain4j implements this interface: its calls are prompts made of their arguments' text. */
  boolean isAiService(String owner) {
    return aiServices.contains(owner);
  }

  /** The sink a call of this interface method is, or null when no proxy sends it. */
  ProxySink sink(String owner, String name, String descriptor) {
    if (aiServices.contains(owner)) {
      return AI_SERVICE;
    }
    if (clientRules.isEmpty() || OBJECT_METHODS.contains(name)) {
      return null;
    }
    return clientMethods
        .computeIfAbsent(new MemberKey(0, owner, name, descriptor), key -> clientSink(owner, name, descriptor))
        .orElse(null);
  }

  /**
   * A declarative client's method without code of its own, marked on itself, on its declaring
   * interface or on the called one (a contract interface it inherits, Spring Cloud's Feign
   * inheritance); or a method of an application contract interface that only marked client
   * interfaces extend.
   */
  private Optional<ProxySink> clientSink(String owner, String name, String descriptor) {
    ClassFacts called = classes.find(owner).filter(ClassFacts::isInterface).orElse(null);
    if (called == null) {
      return Optional.empty();
    }
    ClassFacts declarer = null;
    MemberFacts method = null;
    for (String type : classes.supertypes(owner)) {
      declarer = classes.find(type).orElse(null);
      method = declarer == null ? null : declarer.method(name, descriptor);
      if (method != null) {
        break;
      }
    }
    if (method != null && Program.hasCode(method)) {
      return Optional.empty();
    }
    Optional<BugPattern> pattern = method == null
        ? firstRuleOn(called.annotations())
        : firstRuleOn(method.annotations(), declarer.annotations(), called.annotations());
    if (pattern.isEmpty() && classes.isApplicationClass(owner)) {
      pattern = extendingClientsPattern(owner);
    }
    if (pattern.isEmpty() || isServedByTheApplication(owner)) {
      return Optional.empty();
    }
    return Optional.of(new ProxySink(pattern.get(), unsentArguments(method)));
  }

  /**
   * The pattern of the marked client interfaces that extend an unmarked application contract
   * ({@code @FeignClient interface BillingClient extends BillingApi}), when every application class
   * that implements the contract does so through one of them (a fallback); empty otherwise.
   */
  private Optional<BugPattern> extendingClientsPattern(String contract) {
    Optional<BugPattern> pattern = Optional.empty();
    for (String subtype : applicationSubtypes(contract)) {
      ClassFacts facts = classes.find(subtype).orElse(null);
      if (facts == null) {
        continue;
      }
      if (facts.isInterface()) {
        pattern = pattern.or(() -> firstRuleOn(facts.annotations()));
      } else if (!implementsAMarkedClient(subtype)) {
        // the application implements the contract itself: a call through it may run that code
        return Optional.empty();
      }
    }
    return pattern;
  }

  private boolean implementsAMarkedClient(String type) {
    for (String supertype : classes.supertypes(type)) {
      ClassFacts facts = classes.find(supertype).orElse(null);
      if (facts != null && facts.isInterface() && firstRuleOn(facts.annotations()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an application class that implements the interface serves it ({@code @RestController}). */
  private boolean isServedByTheApplication(String type) {
    for (String subtype : applicationSubtypes(type)) {
      Annotations annotations = classes.find(subtype).map(ClassFacts::annotations).orElse(null);
      if (annotations != null && annotations.descriptors().stream().anyMatch(serverAnnotations::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The application classes and interfaces that extend or implement this type, directly or not. */
  private Set<String> applicationSubtypes(String type) {
    Set<String> found = new LinkedHashSet<>();
    collectApplicationSubtypes(type, found);
    return found;
  }

  private void collectApplicationSubtypes(String type, Set<String> found) {
    for (String subtype : classes.directApplicationSubtypes(type)) {
      if (found.add(subtype)) {
        collectApplicationSubtypes(subtype, found);
      }
    }
  }

  /** The positions of the parameters a catalogue {@code client-unsent-parameter} annotation marks. */
  private BitSet unsentArguments(MemberFacts method) {
    if (method == null || unsentParameterAnnotations.isEmpty()) {
      return ALL_SENT;
    }
    BitSet unsent = new BitSet();
    int count = Type.getArgumentTypes(method.descriptor()).length;
    for (int position = 0; position < count; position++) {
      if (method.parameterAnnotations(position).descriptors().stream().anyMatch(unsentParameterAnnotations::contains)) {
        unsent.set(position);
      }
    }
    return unsent;
  }

  /** The pattern of the first client rule whose annotation one of {@code marks} holds. */
  private Optional<BugPattern> firstRuleOn(Annotations... marks) {
    for (ClientInterfaceRule rule : clientRules) {
      for (Annotations annotations : marks) {
        if (annotations.contains(rule.annotationDescriptor())) {
          return Optional.of(rule.pattern());
        }
      }
    }
    return Optional.empty();
  }

  /** An application interface that no application class implements or extends. */
  private boolean isUnimplementedApplicationInterface(String type) {
    return classes.isApplicationClass(type)
        && classes.find(type).filter(ClassFacts::isInterface).isPresent()
        && classes.directApplicationSubtypes(type).isEmpty();
  }
}
