package dev.piiguard.agent.instrumentation;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Finds the copy of an instrumentation's classes that can link against the library a woven type
 * belongs to. The advice woven into a library calls classes that name the library's types; PII
 * Guard's own, which the application class loader defines, cannot link them when a child of that
 * loader defines the library, as a Spring Boot executable jar's launcher does for
 * {@code BOOT-INF/lib}. For such a library a {@link LibraryClassLoader} defines copies of them.
 *
 * <p>Rejected: defining the copies in the library's own loader, which needs
 * {@code ClassLoader.defineClass} and so {@code java.lang} opened to the class path's unnamed
 * module, the application's code with it.
 */
public final class LibraryCopies {
  private LibraryCopies() {}

  /**
   * Per woven type, an instance of {@code supportClass} (a simple name in {@code
   * instrumentationType}'s package, with a public constructor and implementing {@code hooksType})
   * from the copy of the classes that links against that type's library. Its {@code get} throws a
   * {@link LinkageError} when no copy can be made or linked.
   */
  public static <T> ClassValue<T> supportPerLibrary(Class<?> instrumentationType, String supportClass,
      Class<T> hooksType) {
    String supportName = instrumentationType.getPackageName() + "." + supportClass;
    return new ClassValue<>() {
      @Override
      protected T computeValue(Class<?> wovenType) {
        ClassLoader piiGuardLoader = instrumentationType.getClassLoader();
        ClassLoader libraryLoader = wovenType.getClassLoader();
        ClassLoader loader = libraryLoader == piiGuardLoader
            ? piiGuardLoader
            : new LibraryClassLoader(libraryLoader, instrumentationType);
        try {
          return hooksType.cast(Class.forName(supportName, true, loader).getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new LinkageError("PII Guard's " + supportName + " cannot be made", e);
        }
      }
    };
  }

  /**
   * A transformer that reports {@code library} as not inspected when the class loader of a type it
   * is applied to does not find PII Guard's classes at all; the advice woven into the type then
   * cannot even say so itself.
   */
  public static AgentBuilder.Transformer reachCheck(String library) {
    return (builder, type, loader, module, protectionDomain) -> {
      if (loader != null && !LibraryReach.reaches(loader)) {
        LibraryReach.unseen(library);
      }
      return builder;
    };
  }
}
