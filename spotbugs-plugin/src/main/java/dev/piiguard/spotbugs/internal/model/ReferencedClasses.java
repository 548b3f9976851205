package dev.piiguard.spotbugs.internal.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects the classes a class file refers to (supertypes, owners of called methods and read
 * fields, types in descriptors and instructions), leaving out the JDK's, whose classes never
 * declare {@code @Sensitive}.
 */
final class ReferencedClasses {
  private final Set<String> names = new HashSet<>();

  Set<String> names() {
    return names;
  }

  /** Adds an internal name such as {@code com/example/Customer}, or the element type of an array descriptor. */
  void addInternalName(String internalName) {
    if (internalName == null || internalName.isEmpty()) {
      return;
    }
    if (internalName.charAt(0) == '[') {
      addDescriptor(internalName);
    } else if (!SensitiveDeclarations.isJdk(internalName, 0)) {
      names.add(internalName);
    }
  }

  /** Adds every class named in a field or method descriptor. */
  void addDescriptor(String descriptor) {
    int length = descriptor.length();
    for (int i = 0; i < length; i++) {
      if (descriptor.charAt(i) != 'L') {
        continue;
      }
      int end = descriptor.indexOf(';', i);
      if (end < 0) {
        return;
      }
      if (!SensitiveDeclarations.isJdk(descriptor, i + 1)) {
        names.add(descriptor.substring(i + 1, end));
      }
      i = end;
    }
  }
}
