package dev.piiguard.spotbugs.internal.model;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Collects what the code of an application class refers to, for cheap whole-application checks:
 * classes loaded as constants, names of invoked methods, whether LangChain4j's {@code AiServices}
 * is called, and every non-JDK class named by an instruction or a declaration.
 */
final class CodeReferences {
  private static final String AI_SERVICES = "dev/langchain4j/service/AiServices";

  private final Set<String> typeConstants = new HashSet<>();
  private final Set<String> invokedNames = new HashSet<>();
  private final ReferencedClasses classes = new ReferencedClasses();
  private boolean callsAiServices;

  Set<String> typeConstants() {
    return typeConstants;
  }

  Set<String> invokedNames() {
    return invokedNames;
  }

  boolean callsAiServices() {
    return callsAiServices;
  }

  /** The classes named so far, supertypes and declarations included. */
  ReferencedClasses classes() {
    return classes;
  }

  /** A visitor of one method's code that records its references and passes every event on to {@code next}. */
  MethodVisitor visitor(MethodVisitor next) {
    return new MethodVisitor(ClassFactsReader.ASM_API, next) {
      @Override
      public void visitLdcInsn(Object value) {
        if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
          typeConstants.add(((Type) value).getInternalName());
          classes.addInternalName(((Type) value).getInternalName());
        }
        super.visitLdcInsn(value);
      }

      @Override
      public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        classes.addInternalName(owner);
        classes.addDescriptor(descriptor);
        super.visitFieldInsn(opcode, owner, name, descriptor);
      }

      @Override
      public void visitTypeInsn(int opcode, String type) {
        classes.addInternalName(type);
        super.visitTypeInsn(opcode, type);
      }

      @Override
      public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        classes.addDescriptor(descriptor);
        for (Object argument : arguments) {
          if (argument instanceof Handle) {
            classes.addInternalName(((Handle) argument).getOwner());
            classes.addDescriptor(((Handle) argument).getDesc());
          }
        }
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
      }

      @Override
      public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        invokedNames.add(name);
        classes.addInternalName(owner);
        classes.addDescriptor(descriptor);
        if (AI_SERVICES.equals(owner)) {
          callsAiServices = true;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      }
    };
  }
}
