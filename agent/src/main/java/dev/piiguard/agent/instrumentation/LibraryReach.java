package dev.piiguard.agent.instrumentation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reports, once per library, that its requests are not inspected because PII Guard's classes are
 * out of its reach: its class loader does not delegate to the one that defines PII Guard's (the
 * application class loader), or PII Guard's copies of its instrumentation (see
 * {@link LibraryCopies}) still cannot be linked there. Said rather than left silent. Names no
 * library type, so that advice can always reach it.
 */
public final class LibraryReach {
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static volatile Consumer<String> lines = line -> { };

  private LibraryReach() {}

  /**
   * Whether {@code loader} finds PII Guard's own classes, as a child of the application class
   * loader does: then code it defines can call them.
   */
  public static boolean reaches(ClassLoader loader) {
    try {
      return Class.forName(LibraryReach.class.getName(), false, loader) == LibraryReach.class;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Where the lines go: the agent's error reporter. */
  public static void reportTo(Consumer<String> reporter) {
    lines = reporter;
  }

  /** Called by advice whose call into PII Guard for {@code library} failed to link. */
  public static void unreachable(String library, LinkageError error) {
    report(library, "PII Guard's classes cannot be linked from its class loader ("
        + error.getClass().getSimpleName() + ")");
  }

  /** Called when {@code library}'s class loader does not find PII Guard's classes at all. */
  static void unseen(String library) {
    report(library, "its class loader does not delegate to the application class loader,"
        + " which defines PII Guard's classes");
  }

  private static void report(String library, String reason) {
    if (REPORTED.add(library)) {
      lines.accept(library + " requests are not inspected: " + reason);
    }
  }
}
