package dev.piiguard.spotbugs.internal.model;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Collects what the code of an application class refers to, for cheap whole-application checks:
 * classes loaded as constants, names of invoked methods, the interfaces given to LangChain4j's
 * {@code AiServices}, and every non-JDK class named by an instruction or a declaration.
 */
final class CodeReferences {
  private static final String AI_SERVICES = "dev/langchain4j/service/AiServices";

  private final Set<String> typeConstants = new HashSet<>();
  private final Set<String> invokedNames = new HashSet<>();
  private final ReferencedClasses classes = new ReferencedClasses();
  private final Set<String> aiServiceTypes = new HashSet<>();

  Set<String> typeConstants() {
    return typeConstants;
  }

  Set<String> invokedNames() {
    return invokedNames;
  }

  /**
   * Types given to {@code AiServices.create} or {@code AiServices.builder}: the class constant
   * loaded last before the call in its method ({@code AiServices.create(Assistant.class, model)}).
   */
  Set<String> aiServiceTypes() {
    return aiServiceTypes;
  }

  /** The classes named so far, supertypes and declarations included. */
  ReferencedClasses classes() {
    return classes;
  }

  /** A visitor of one method's code that records its references and passes every event on to {@code next}. */
  MethodVisitor visitor(MethodVisitor next) {
    return new MethodVisitor(ClassFactsReader.ASM_API, next) {
      private String lastTypeConstant;

      @Override
      public void visitLdcInsn(Object value) {
        if (value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
          lastTypeConstant = ((Type) value).getInternalName();
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
        if (AI_SERVICES.equals(owner) && (name.equals("create") || name.equals("builder"))
            && lastTypeConstant != null) {
          aiServiceTypes.add(lastTypeConstant);
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      }
    };
  }
}
