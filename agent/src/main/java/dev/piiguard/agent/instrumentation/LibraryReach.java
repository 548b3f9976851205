package dev.piiguard.agent.instrumentation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reports, once per library, that its classes are out of reach of PII Guard's: the advice woven
 * into a library calls agent classes, which the system class loader defines, and those name the
 * library's types; a library that a child class loader defines (a Spring Boot executable jar's
 * {@code BOOT-INF/lib}) cannot be linked from there. Its requests then go out uninspected, which
 * is said rather than left silent. Names no library type, so that advice can always reach it.
 */
public final class LibraryReach {
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static volatile Consumer<String> lines = line -> { };

  private LibraryReach() {}

  /** Where the lines go: the agent's error reporter. */
  public static void reportTo(Consumer<String> reporter) {
    lines = reporter;
  }

  /** Called by advice whose call into PII Guard for {@code library} failed to link. */
  public static void unreachable(String library, LinkageError error) {
    if (REPORTED.add(library)) {
      lines.accept(library + " is loaded by a class loader whose classes PII Guard's cannot see (as a"
          + " Spring Boot executable jar loads its libraries): its requests are not inspected ("
          + error.getClass().getSimpleName() + ")");
    }
  }
}
