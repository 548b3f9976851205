package dev.piiguard.agent.sensitive;

import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.FieldVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Rewrites a class file so that each write of one of its {@code @Sensitive} text fields first
 * hands the value to {@link SensitiveFields#held}, and each read then does: {@code DUP}, the
 * entity id, the call, around the access as before. Reads count as much as writes: a field set by
 * reflection (an entity JPA loads with field access, Jackson, deserialization) is read by the
 * class's own getter before the application uses the value. Fields are {@code @Sensitive} by their
 * own annotation (a record component's reaches its field), their class's, or one of the
 * application's own annotations ({@link SensitiveAnnotations}); the entity id is the first
 * {@code PiiType} other than {@code OTHER} the annotation names, else {@code OTHER}. Only {@code String} and
 * {@code CharSequence} fields, and only accesses in the declaring class (constructors, accessors,
 * setters, a record's canonical constructor).
 */
final class SensitiveFieldWeaver {
  static final String HOOK_OWNER = Type.getInternalName(SensitiveFields.class);
  private static final String HOOK_DESCRIPTOR = "(Ljava/lang/Object;Ljava/lang/String;)V";

  private SensitiveFieldWeaver() {}

  /** The rewritten class file, or null when the class reads and writes none of its {@code @Sensitive} text fields. */
  static byte[] weave(byte[] classFile, SensitiveAnnotations annotations, ClassLoader loader) {
    return weave(classFile, classFile, annotations, loader);
  }

  /**
   * As {@link #weave(byte[], SensitiveAnnotations, ClassLoader)}, with the fields' annotations read
   * from {@code declared}: the class file as its loader has it, when {@code classFile} is the one
   * the JVM rebuilt for a retransformation, which keeps no annotation of CLASS retention.
   */
  static byte[] weave(byte[] declared, byte[] classFile, SensitiveAnnotations annotations, ClassLoader loader) {
    ClassReader reader = new ClassReader(classFile);
    SensitiveDeclarations declarations = new SensitiveDeclarations(annotations, loader);
    new ClassReader(declared).accept(declarations, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    Map<String, String> fields = declarations.textFields();
    if (fields.isEmpty()) {
      return null;
    }
    ClassWriter writer = new ClassWriter(reader, 0);
    FieldAccesses accesses = new FieldAccesses(writer, declarations.className, fields);
    reader.accept(accesses, 0);
    return accesses.woven ? writer.toByteArray() : null;
  }

  private static boolean isText(String descriptor) {
    return descriptor.equals("Ljava/lang/String;") || descriptor.equals("Ljava/lang/CharSequence;");
  }

  /** Reads which fields are {@code @Sensitive}, and as what. */
  private static final class SensitiveDeclarations extends ClassVisitor {
    String className;
    private final String[] classType = new String[1];
    /** Text fields, by {@code name:descriptor}, with their own annotation's type or null. */
    private final Map<String, String[]> textFields = new HashMap<>();
    private final SensitiveAnnotations annotations;
    private final ClassLoader loader;

    SensitiveDeclarations(SensitiveAnnotations annotations, ClassLoader loader) {
      super(Opcodes.ASM9);
      this.annotations = annotations;
      this.loader = loader;
    }

    /** Reads {@code descriptor}'s entity id into {@code holder} if it marks something sensitive. */
    private AnnotationVisitor sensitive(String descriptor, String[] holder) {
      if (SensitiveAnnotations.SENSITIVE.equals(descriptor)) {
        return new SensitiveAnnotations.FirstType(holder);
      }
      if (annotations.isOwn(descriptor) && holder[0] == null) {
        holder[0] = annotations.typeOf(descriptor, loader);
      }
      return null;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
        String[] interfaces) {
      className = name;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return sensitive(descriptor, classType);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      if (!isText(descriptor)) {
        return null;
      }
      String[] type = new String[1];
      textFields.put(name + ":" + descriptor, type);
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return sensitive(annotation, type);
        }
      };
    }

    /** The {@code @Sensitive} text fields by {@code name:descriptor}, each with its entity id. */
    Map<String, String> textFields() {
      Map<String, String> sensitive = new HashMap<>();
      textFields.forEach((field, type) -> {
        String entity = type[0] != null ? type[0] : classType[0];
        if (entity != null) {
          sensitive.put(field, entity);
        }
      });
      return sensitive;
    }
  }

  /**
   * Copies the class, with the call woven in before each write of a {@code @Sensitive} text field
   * and after each read of one.
   */
  private static final class FieldAccesses extends ClassVisitor {
    private final String owner;
    private final Map<String, String> fields;
    boolean woven;

    FieldAccesses(ClassWriter writer, String owner, Map<String, String> fields) {
      super(Opcodes.ASM9, writer);
      this.owner = owner;
      this.fields = fields;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
        String[] exceptions) {
      MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
      return new MethodVisitor(Opcodes.ASM9, method) {
        private boolean changed;

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String fieldName, String fieldDescriptor) {
          String type = owner.equals(fieldOwner) ? fields.get(fieldName + ":" + fieldDescriptor) : null;
          boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
          if (type != null && write) {
            handOver(type);
          }
          super.visitFieldInsn(opcode, fieldOwner, fieldName, fieldDescriptor);
          if (type != null && !write) {
            handOver(type);
          }
        }

        /** The value on top of the stack, to {@link SensitiveFields#held}; the stack as it was. */
        private void handOver(String type) {
          super.visitInsn(Opcodes.DUP);
          super.visitLdcInsn(type);
          super.visitMethodInsn(Opcodes.INVOKESTATIC, HOOK_OWNER, "held", HOOK_DESCRIPTOR, false);
          changed = true;
          woven = true;
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
          super.visitMaxs(changed ? maxStack + 2 : maxStack, maxLocals);
        }
      };
    }
  }
}
