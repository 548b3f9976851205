package dev.piiguard.cli.report.spotbugs;

import java.util.ArrayList;
import java.util.List;

/** Turns JVM names and descriptors into the short forms SpotBugs shows to people. */
final class JavaNames {

  private JavaNames() {}

  /** {@code (Lcom/example/Customer;I[Ljava/lang/String;)V} becomes {@code (Customer, int, String[])}. */
  static String parameterList(String descriptor) {
    if (descriptor == null || !descriptor.startsWith("(") || descriptor.indexOf(')') < 0) {
      return "()";
    }
    List<String> parameters = new ArrayList<>();
    String inside = descriptor.substring(1, descriptor.indexOf(')'));
    int position = 0;
    while (position < inside.length()) {
      int dimensions = 0;
      while (position < inside.length() && inside.charAt(position) == '[') {
        dimensions++;
        position++;
      }
      if (position >= inside.length()) {
        break;
      }
      char kind = inside.charAt(position);
      String name;
      if (kind == 'L') {
        int end = inside.indexOf(';', position);
        if (end < 0) {
          break;
        }
        name = simpleName(inside.substring(position + 1, end).replace('/', '.'));
        position = end + 1;
      } else {
        name = primitive(kind);
        position++;
      }
      parameters.add(name + "[]".repeat(dimensions));
    }
    return "(" + String.join(", ", parameters) + ")";
  }

  /** {@code com.example.Shop$Cart} becomes {@code Shop$Cart}. */
  static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The name a reader uses for a called method: {@code new Type} for a constructor. */
  static String calledMethod(String className, String methodName) {
    if ("<init>".equals(methodName)) {
      return "new " + className;
    }
    if ("<clinit>".equals(methodName)) {
      return className + " static initializer";
    }
    return className + "." + methodName;
  }

  private static String primitive(char kind) {
    return switch (kind) {
      case 'Z' -> "boolean";
      case 'B' -> "byte";
      case 'C' -> "char";
      case 'S' -> "short";
      case 'I' -> "int";
      case 'J' -> "long";
      case 'F' -> "float";
      case 'D' -> "double";
      case 'V' -> "void";
      default -> "?";
    };
  }
}
