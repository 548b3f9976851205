package dev.piiguard.spotbugs.internal.taint;

import org.objectweb.asm.Type;

/** How sources, sinks and helpers are named in findings: short for application code, in full for libraries. */
final class Names {
  private Names() {}

  /** {@code com/example/Shop$Customer} becomes {@code Shop.Customer}. */
  static String simpleClassName(String internalName) {
    String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
    return simple.replace('$', '.');
  }

  /** {@code org/slf4j/Logger} becomes {@code org.slf4j.Logger}. */
  static String qualifiedClassName(String internalName) {
    return internalName.replace('/', '.').replace('$', '.');
  }

  static String field(String owner, String name) {
    return simpleClassName(owner) + "." + name;
  }

  static String method(String owner, String name, String descriptor) {
    StringBuilder text = new StringBuilder(simpleClassName(owner)).append('.').append(name).append('(');
    Type[] arguments = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < arguments.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      String argument = arguments[i].getClassName();
      text.append(argument.substring(argument.lastIndexOf('.') + 1).replace('$', '.'));
    }
    return text.append(')').toString();
  }

  static String sink(String owner, String name) {
    if (name.equals("<init>")) {
      return "new " + qualifiedClassName(owner);
    }
    return qualifiedClassName(owner) + "." + name;
  }
}
