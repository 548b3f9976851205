package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.catalogue.ClientInterfaceRule;
import dev.piiguard.spotbugs.internal.model.Annotations;
import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Application interfaces that a library implements with a proxy sending the arguments of their calls
 * away: LangChain4j AI services (the interfaces given to {@code AiServices}) and declarative HTTP
 * clients (an interface or method marked by a catalogue {@code client-interface} annotation). An
 * interface the application implements itself is not one: its calls run that code.
 */
final class ProxyInterfaces {
  /** Methods every proxy answers itself, whatever interface it implements. */
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass");

  private final ClassRepository classes;
  private final List<ClientInterfaceRule> clientRules;
  private final Set<String> aiServices = new HashSet<>();
  private final Map<MemberKey, Optional<BugPattern>> clientMethods = new HashMap<>();

  ProxyInterfaces(ClassRepository classes, Catalogue catalogue) {
    this.classes = classes;
    this.clientRules = catalogue.clientInterfaces();
    for (ClassFacts facts : classes.applicationClasses()) {
      for (String type : facts.aiServiceTypes()) {
        if (isProxied(type)) {
          aiServices.add(type);
        }
      }
    }
  }

  /** Whether LangChain4j implements this interface: its calls are prompts made of their arguments' text. */
  boolean isAiService(String owner) {
    return aiServices.contains(owner);
  }

  /** The pattern of the sink a call of this interface method is, or null when no proxy implements it. */
  BugPattern sinkPattern(String owner, String name, String descriptor) {
    if (aiServices.contains(owner)) {
      return BugPattern.PII_TO_AI_API;
    }
    if (clientRules.isEmpty()) {
      return null;
    }
    return clientMethods
        .computeIfAbsent(new MemberKey(0, owner, name, descriptor), key -> clientPattern(owner, name, descriptor))
        .orElse(null);
  }

  /** A declarative client's method without code of its own, marked on itself or on its interface. */
  private Optional<BugPattern> clientPattern(String owner, String name, String descriptor) {
    if (!isProxied(owner)) {
      return Optional.empty();
    }
    for (String type : classes.supertypes(owner)) {
      ClassFacts declarer = classes.isApplicationClass(type) ? classes.find(type).orElse(null) : null;
      MemberFacts method = declarer == null ? null : declarer.method(name, descriptor);
      if (method == null) {
        continue;
      }
      if (Program.hasCode(method)) {
        return Optional.empty();
      }
      return firstRuleOn(method.annotations(), declarer.annotations(), classes.find(owner).orElseThrow().annotations());
    }
    // declared in a library's interface the client extends (Spring Cloud's Feign inheritance: the
    // contract in a shared jar): the client's own annotation marks every method it inherits
    return OBJECT_METHODS.contains(name) ? Optional.empty()
        : firstRuleOn(classes.find(owner).orElseThrow().annotations());
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

  /** An application interface that no application class implements. */
  private boolean isProxied(String type) {
    return classes.isApplicationClass(type)
        && classes.find(type).filter(ClassFacts::isInterface).isPresent()
        && classes.directApplicationSubtypes(type).isEmpty();
  }
}
