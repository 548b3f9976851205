package dev.piiguard.agent.instrumentation;

import java.io.IOException;
import java.io.InputStream;
import java.security.ProtectionDomain;

/**
 * Defines its own copies of one instrumentation's classes, read from PII Guard's jar, with the
 * class loader of the library they instrument as parent: the copies link against that loader's
 * library, and reach every other class (PII Guard's, which name no library type, included) through
 * it. The instrumentation type itself and its nested types are not copied: they hold the state the
 * copies read, and the interface the advice calls them through.
 */
final class LibraryClassLoader extends ClassLoader {
  private static final ProtectionDomain PII_GUARD = LibraryClassLoader.class.getProtectionDomain();

  static {
    registerAsParallelCapable();
  }

  private final String packagePrefix;
  private final String keptName;
  private final ClassLoader piiGuardLoader;

  LibraryClassLoader(ClassLoader libraryLoader, Class<?> instrumentationType) {
    super(libraryLoader);
    this.packagePrefix = instrumentationType.getPackageName() + ".";
    this.keptName = instrumentationType.getName();
    this.piiGuardLoader = instrumentationType.getClassLoader();
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!isCopied(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> copy = findLoadedClass(name);
      if (copy == null) {
        copy = defineCopy(name);
      }
      if (resolve) {
        resolveClass(copy);
      }
      return copy;
    }
  }

  /** Whether {@code name} is one of the instrumentation's classes this loader defines itself. */
  boolean isCopied(String name) {
    return name.startsWith(packagePrefix) && name.indexOf('.', packagePrefix.length()) < 0
        && !name.equals(keptName) && !name.startsWith(keptName + "$");
  }

  private Class<?> defineCopy(String name) throws ClassNotFoundException {
    try (InputStream in = piiGuardLoader.getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] classFile = in.readAllBytes();
      return defineClass(name, classFile, 0, classFile.length, PII_GUARD);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
