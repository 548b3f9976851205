package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.Catalogue;
import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.ClassRepository;
import dev.piiguard.spotbugs.internal.model.SensitiveDeclarations;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the application can meet a sensitive value at all, so that an application
 * without one costs no analysis: a {@code @Sensitive} declared in its own classes, a catalogue
 * source it calls, a use of the annotations, or a {@code @Sensitive} declared in a class it refers
 * to on the auxiliary classpath (a model module, a shared library). Those classes are read only
 * when the cheaper signs are missing, and only the ones the application refers to.
 */
final class SourcePresence {
  private static final String ANNOTATIONS_PACKAGE = "dev/piiguard/annotations/";

  private final ClassRepository classes;
  private final SensitiveDeclarations declarations;
  private final Catalogue catalogue;

  SourcePresence(ClassRepository classes, SensitiveDeclarations declarations, Catalogue catalogue) {
    this.classes = classes;
    this.declarations = declarations;
    this.catalogue = catalogue;
  }

  boolean applicationMayMeetSensitiveData() {
    return declaredInApplication() || calledOrNamedInApplication() || declaredInReferencedClass();
  }

  private boolean declaredInApplication() {
    for (ClassFacts facts : classes.applicationClasses()) {
      if (declarations.declaresSensitiveData(facts)) {
        return true;
      }
    }
    return false;
  }

  private boolean calledOrNamedInApplication() {
    for (ClassFacts facts : classes.applicationClasses()) {
      for (String invoked : facts.invokedMethodNames()) {
        if (catalogue.hasSourceNamed(invoked)) {
          return true;
        }
      }
      for (String referenced : facts.referencedTypeConstants()) {
        if (referenced.startsWith(ANNOTATIONS_PACKAGE)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A class outside the application that it refers to, or a supertype of one, declares something sensitive. */
  private boolean declaredInReferencedClass() {
    Set<String> checked = new HashSet<>();
    for (ClassFacts facts : classes.applicationClasses()) {
      for (String referenced : facts.referencedClasses()) {
        if (classes.isApplicationClass(referenced) || !checked.add(referenced)) {
          continue;
        }
        for (String type : classes.supertypes(referenced)) {
          if (!SensitiveDeclarations.isJdk(type, 0) && (type.equals(referenced) || checked.add(type))) {
            Optional<ClassFacts> library = classes.find(type);
            if (library.isPresent() && declarations.declaresSensitiveData(library.get())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }
}
