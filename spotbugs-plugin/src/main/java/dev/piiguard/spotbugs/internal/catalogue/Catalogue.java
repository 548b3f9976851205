package dev.piiguard.spotbugs.internal.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis knows about library code: sinks, sanitizers, extra sources, methods that carry
 * taint into a primitive result, methods that open an HTTP body stream, annotations of declarative
 * client interfaces (with the servers that implement them and the parameters they do not send), and
 * the hosts of AI APIs.
 * Built from catalogue text files; see {@link CatalogueParser}.
 */
public final class Catalogue {
  private final Map<String, List<SinkRule>> sinksByMethodName = new HashMap<>();
  private final Map<String, List<MethodPattern>> sanitizersByName = new HashMap<>();
  private final Map<String, List<MethodPattern>> sourcesByName = new HashMap<>();
  private final Map<String, List<MethodPattern>> propagatorsByName = new HashMap<>();
  private final Map<String, List<MethodPattern>> serializersByName = new HashMap<>();
  private final Map<String, List<StreamRule>> streamsByName = new HashMap<>();
  private final Map<String, List<MethodPattern>> streamWritesByName = new HashMap<>();
  private final List<ClientInterfaceRule> clientInterfaces = new ArrayList<>();
  private final Set<String> clientServerAnnotations = new LinkedHashSet<>();
  private final Set<String> clientUnsentParameterAnnotations = new LinkedHashSet<>();
  private final Set<String> aiHosts = new LinkedHashSet<>();
  /** The AI hosts ready to be searched for, made when first needed: the catalogue is complete by then. */
  private volatile AiHostGlobs aiHostGlobs;
  private int ruleCount;

  void addSink(SinkRule rule) {
    add(sinksByMethodName, rule.method().name(), rule);
  }

  void addSanitizer(MethodPattern method) {
    add(sanitizersByName, method.name(), method);
  }

  void addSource(MethodPattern method) {
    add(sourcesByName, method.name(), method);
  }

  void addPropagator(MethodPattern method) {
    add(propagatorsByName, method.name(), method);
  }

  void addSerializer(MethodPattern method) {
    add(serializersByName, method.name(), method);
  }

  void addStream(StreamRule rule) {
    add(streamsByName, rule.member().name(), rule);
  }

  void addStreamWrite(MethodPattern method) {
    add(streamWritesByName, method.name(), method);
  }

  void addClientInterface(ClientInterfaceRule rule) {
    clientInterfaces.add(rule);
    ruleCount++;
  }

  void addClientServer(String annotationDescriptor) {
    clientServerAnnotations.add(annotationDescriptor);
    ruleCount++;
  }

  void addClientUnsentParameter(String annotationDescriptor) {
    clientUnsentParameterAnnotations.add(annotationDescriptor);
    ruleCount++;
  }

  void addAiHost(String host) {
    aiHosts.add(host.toLowerCase(Locale.ROOT));
    ruleCount++;
  }

  private <T> void add(Map<String, List<T>> map, String name, T value) {
    map.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    ruleCount++;
  }

  /** Sink rules whose method name is this name or {@code *}; the owner still has to be matched. */
  public List<SinkRule> sinkCandidates(String methodName) {
    return candidates(sinksByMethodName, methodName);
  }

  public List<MethodPattern> sanitizerCandidates(String methodName) {
    return candidates(sanitizersByName, methodName);
  }

  public List<MethodPattern> sourceCandidates(String methodName) {
    return candidates(sourcesByName, methodName);
  }

  public List<MethodPattern> propagatorCandidates(String methodName) {
    return candidates(propagatorsByName, methodName);
  }

  /** Methods that write out the whole objects they are given (JSON serialisers), by name. */
  public List<MethodPattern> serializerCandidates(String methodName) {
    return candidates(serializersByName, methodName);
  }

  /** Stream rules for a method or static field with this name; the owner still has to be matched. */
  public List<StreamRule> streamCandidates(String memberName) {
    return candidates(streamsByName, memberName);
  }

  /**
   * Library methods, by name, that write what they are given into the stream or writer their
   * receiver was made over (a Jackson {@code JsonGenerator}'s {@code writeStringField}), beyond the
   * JDK's own {@code write}, {@code print} and {@code append}.
   */
  public List<MethodPattern> streamWriteCandidates(String methodName) {
    return candidates(streamWritesByName, methodName);
  }

  /** The annotations that mark declarative client interfaces, with the pattern of their calls. */
  public List<ClientInterfaceRule> clientInterfaces() {
    return Collections.unmodifiableList(clientInterfaces);
  }

  /**
   * Descriptors of annotations that mark an application class as the server of a client interface
   * it implements ({@code @RestController}): calls of that interface run there and are not sent.
   */
  public Set<String> clientServerAnnotations() {
    return Collections.unmodifiableSet(clientServerAnnotations);
  }

  /**
   * Descriptors of annotations that mark a client method's parameter as kept out of the request
   * (Spring's {@code @RequestAttribute}, Retrofit's {@code @Tag}).
   */
  public Set<String> clientUnsentParameterAnnotations() {
    return Collections.unmodifiableSet(clientUnsentParameterAnnotations);
  }

  /** True when some catalogue source is named like this method. */
  public boolean hasSourceNamed(String methodName) {
    return sourcesByName.containsKey(methodName) || sourcesByName.containsKey("*");
  }

  /** Every source rule, for a quick check of whether an application references any. */
  public List<MethodPattern> sources() {
    List<MethodPattern> all = new ArrayList<>();
    sourcesByName.values().forEach(all::addAll);
    return all;
  }

  /** Host globs (lower case) of AI APIs; {@code *} stands for any run of host-name characters. */
  public Set<String> aiHosts() {
    return Collections.unmodifiableSet(aiHosts);
  }

  /** Whether {@code text} (a URL, or part of one) names a host of an AI API. */
  public boolean mentionsAiHost(String text) {
    if (aiHosts.isEmpty() || text.indexOf('.') < 0) {
      return false;
    }
    AiHostGlobs globs = aiHostGlobs;
    if (globs == null) {
      globs = aiHostGlobs = new AiHostGlobs(aiHosts);
    }
    return globs.foundIn(text.toLowerCase(Locale.ROOT));
  }

  /** How many rules were loaded, for diagnostics. */
  public int ruleCount() {
    return ruleCount;
  }

  private static <T> List<T> candidates(Map<String, List<T>> map, String name) {
    List<T> exact = map.getOrDefault(name, List.of());
    List<T> wildcard = map.getOrDefault("*", List.of());
    if (wildcard.isEmpty()) {
      return exact;
    }
    List<T> both = new ArrayList<>(exact);
    both.addAll(wildcard);
    return both;
  }
}
