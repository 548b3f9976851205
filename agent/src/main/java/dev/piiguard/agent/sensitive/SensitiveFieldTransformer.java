package dev.piiguard.agent.sensitive;

import dev.piiguard.agent.instrumentation.LibraryReach;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Weaves {@link SensitiveFieldWeaver}'s calls into each class that names {@code @Sensitive} and
 * whose class loader sees PII Guard's classes, as it is loaded or retransformed (from its class
 * file as loaded: the weaving is not applied twice); every other class is only searched for the
 * annotation's name. Registered in {@code premain}, before the application's classes load; an
 * agent attached to a running JVM retransforms the classes loaded before ({@link #weaveLoaded}).
 * A class loader that does not see PII Guard's classes is named once, rather than its classes'
 * values left out in silence.
 */
public final class SensitiveFieldTransformer implements ClassFileTransformer {
  private static final String PII_GUARD_PACKAGE = "dev/piiguard/agent/";

  private final Consumer<String> errors;
  private final SensitiveAnnotations annotations;
  /** The class loaders' types already named as out of reach: as few as the application has. */
  private final Set<String> unseenLoaders = ConcurrentHashMap.newKeySet();
  /** A class file that calls the registry already: woven, and handed back by a redefinition. */
  private final ByteSearch woven = new ByteSearch(SensitiveFieldWeaver.HOOK_OWNER);
  /**
   * The class files, as their loaders have them, of the classes {@link #weaveLoaded} retransforms:
   * the JVM rebuilds the class file of a class loaded before the attach without its invisible
   * annotations, so an own annotation of CLASS retention is read from these.
   */
  private final Map<Class<?>, byte[]> loadedClassFiles = Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * {@code errors} receives one line per class that could not be woven (it then runs unchanged),
   * and one per type of class loader out of PII Guard's reach.
   */
  public SensitiveFieldTransformer(Consumer<String> errors) {
    this(List.of(), errors);
  }

  /**
   * As {@link #SensitiveFieldTransformer(Consumer)}, with the binary names of the application's
   * own annotations that mark fields as {@code @Sensitive} does ({@code sensitive-annotations}).
   */
  public SensitiveFieldTransformer(List<String> ownAnnotations, Consumer<String> errors) {
    this.errors = errors;
    this.annotations = new SensitiveAnnotations(ownAnnotations);
  }

  @Override
  public byte[] transform(ClassLoader loader, String className, Class<?> redefined,
      ProtectionDomain protectionDomain, byte[] classFile) {
    if (loader == null || className == null || className.startsWith(PII_GUARD_PACKAGE)) {
      return null;
    }
    try {
      byte[] declared = redefined == null ? classFile : loadedClassFiles.getOrDefault(redefined, classFile);
      if (!annotations.mentionedIn(declared) || woven.foundIn(classFile)) {
        return null;
      }
      if (!LibraryReach.reaches(loader)) {
        String loaderType = loader.getClass().getName();
        if (unseenLoaders.add(loaderType)) {
          errors.accept("the @Sensitive fields of classes that " + loaderType + " defines are not registered:"
              + " it does not delegate to the application class loader, which defines PII Guard's classes");
        }
        return null;
      }
      return SensitiveFieldWeaver.weave(declared, classFile, annotations, loader);
    } catch (Throwable e) {
      errors.accept("could not register the @Sensitive fields of " + className.replace('/', '.') + ": "
          + e.getClass().getName());
      return null;
    }
  }

  /**
   * Retransforms the classes already loaded that name {@code @Sensitive} (read from their class
   * files through their loaders), so that their fields' values are registered from now on, as
   * they are read; values set before and never read again stay unknown. For an agent attached to
   * a running JVM; this transformer must have been added as able to retransform.
   */
  public void weaveLoaded(Instrumentation instrumentation) {
    List<Class<?>> marked = new ArrayList<>();
    for (Class<?> loaded : instrumentation.getAllLoadedClasses()) {
      ClassLoader loader = loaded.getClassLoader();
      if (loader == null || loaded.isArray() || isPartOfTheJdk(loaded)
          || loaded.getName().startsWith(PII_GUARD_PACKAGE.replace('/', '.'))
          || !instrumentation.isModifiableClass(loaded)) {
        continue;
      }
      try (InputStream in = loader.getResourceAsStream(loaded.getName().replace('.', '/') + ".class")) {
        byte[] classFile = in == null ? null : in.readAllBytes();
        if (classFile != null && annotations.mentionedIn(classFile)) {
          marked.add(loaded);
          loadedClassFiles.put(loaded, classFile);
        }
      } catch (IOException | RuntimeException e) {
        // a class file that cannot be read is left as it is
      }
    }
    for (Class<?> type : marked) {
      try {
        instrumentation.retransformClasses(type);
      } catch (Throwable e) {
        errors.accept("could not register the @Sensitive fields of " + type.getName() + ": "
            + e.getClass().getName());
      }
    }
  }

  /**
   * A class of the JDK's own modules, which no application annotates: most classes loaded when an
   * agent is attached are, and reading their class files took seconds (review s34d).
   */
  private static boolean isPartOfTheJdk(Class<?> type) {
    Module module = type.getModule();
    return module.isNamed() && (module.getName().startsWith("java.") || module.getName().startsWith("jdk."));
  }

}
