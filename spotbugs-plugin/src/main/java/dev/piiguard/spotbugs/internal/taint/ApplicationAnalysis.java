package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.model.ClassBytesSource;
import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Follows sensitive values through the whole application: analyses every method, and re-analyses
 * the methods that depend on a fact (a summary, a field assigned a sensitive value, a leaking
 * {@code toString()}) whenever that fact grows, until nothing changes. Then hands out findings per class.
 */
public final class ApplicationAnalysis {
  /** Bounds the work on pathological code: no method is analysed more often than this. */
  static final int MAX_ANALYSES_PER_METHOD = 12;

  private static final int CLASS_CACHE_SIZE = 64;

  /** Receives methods that could not be analysed; the analysis goes on without them. */
  public interface ErrorListener {
    void analysisFailed(String className, String methodName, Exception error);
  }

  private final ClassRepository classes;
  private final Catalogue catalogue;
  private final ClassBytesSource bytesSource;
  private final ErrorListener errors;
  private final Map<MethodRef, List<Finding>> findingsByMethod = new LinkedHashMap<>();
  private final Map<String, List<Finding>> findingsByClass = new HashMap<>();
  private final Map<String, ClassNode> classNodes =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClassNode> eldest) {
          return size() > CLASS_CACHE_SIZE;
        }
      };
  private int methodAnalyses;
  private boolean ran;

  public ApplicationAnalysis(
      ClassRepository classes, Catalogue catalogue, ClassBytesSource bytesSource, ErrorListener errors) {
    this.classes = classes;
    this.catalogue = catalogue;
    this.bytesSource = bytesSource;
    this.errors = errors;
  }

  /** Runs the analysis once; later calls do nothing. */
  public void run() {
    if (ran) {
      return;
    }
    ran = true;
    Program program = new Program(classes, catalogue);
    if (!new SourcePresence(classes, program.declarations, catalogue).applicationMayMeetSensitiveData()) {
      return;
    }
    Deque<MethodRef> worklist = new ArrayDeque<>();
    Set<MethodRef> queued = new HashSet<>();
    for (ClassFacts facts : classes.applicationClasses()) {
      for (MemberFacts method : facts.methods()) {
        if (Program.hasCode(method)) {
          MethodRef reference = new MethodRef(facts.name(), method.name(), method.descriptor());
          worklist.add(reference);
          queued.add(reference);
        }
      }
    }
    Map<String, Set<MethodRef>> dependents = new HashMap<>();
    Map<MethodRef, Integer> analysisCounts = new HashMap<>();
    while (!worklist.isEmpty()) {
      MethodRef reference = worklist.poll();
      queued.remove(reference);
      int count = analysisCounts.merge(reference, 1, Integer::sum);
      if (count > MAX_ANALYSES_PER_METHOD) {
        continue;
      }
      MethodResult result = analyse(program, reference);
      if (result == null) {
        continue;
      }
      for (String dependency : result.dependencies) {
        dependents.computeIfAbsent(dependency, key -> new HashSet<>()).add(reference);
      }
      findingsByMethod.put(reference, result.findings);
      Set<String> changed = new HashSet<>();
      if (program.updateSummary(reference, result.summary)) {
        changed.add(reference.dependencyKey());
      }
      for (Map.Entry<String, Taint> stored : result.storedFields.entrySet()) {
        if (program.addFieldTaint(stored.getKey(), stored.getValue())) {
          changed.add("f:" + stored.getKey());
        }
      }
      for (String fact : changed) {
        for (MethodRef dependent : dependents.getOrDefault(fact, Set.of())) {
          if (queued.add(dependent)) {
            worklist.add(dependent);
          }
        }
      }
    }
    for (List<Finding> findings : findingsByMethod.values()) {
      for (Finding finding : findings) {
        findingsByClass.computeIfAbsent(finding.className(), key -> new ArrayList<>()).add(finding);
      }
    }
  }

  /** Findings reported in this class (internal name). */
  public List<Finding> findings(String className) {
    return findingsByClass.getOrDefault(className, List.of());
  }

  /** All findings, for tests and diagnostics. */
  public List<Finding> allFindings() {
    List<Finding> all = new ArrayList<>();
    findingsByClass.values().forEach(all::addAll);
    return all;
  }

  /** How many method analyses ran, re-analyses included. */
  public int methodAnalyses() {
    return methodAnalyses;
  }

  private MethodResult analyse(Program program, MethodRef reference) {
    ClassFacts facts = classes.find(reference.owner()).orElse(null);
    MethodNode method = methodNode(reference);
    if (facts == null || method == null) {
      return null;
    }
    methodAnalyses++;
    try {
      return new MethodAnalysis(program, facts, method).run();
    } catch (Exception | StackOverflowError e) {
      Exception reported = e instanceof Exception ? (Exception) e : new IllegalStateException(e);
      errors.analysisFailed(reference.owner(), reference.name() + reference.descriptor(), reported);
      return null;
    }
  }

  private MethodNode methodNode(MethodRef reference) {
    ClassNode node = classNodes.get(reference.owner());
    if (node == null) {
      byte[] bytes = bytesSource.bytes(reference.owner());
      if (bytes == null) {
        return null;
      }
      node = new ClassNode();
      new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
      classNodes.put(reference.owner(), node);
    }
    for (MethodNode method : node.methods) {
      if (method.name.equals(reference.name()) && method.desc.equals(reference.descriptor())) {
        return method;
      }
    }
    return null;
  }
}
