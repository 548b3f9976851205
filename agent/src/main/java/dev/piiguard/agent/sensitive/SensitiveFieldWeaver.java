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
 * own annotation (a record component's reaches its field) or their class's; the entity id is the
 * first {@code PiiType} other than {@code OTHER} the annotation names, else {@code OTHER}. Only {@code String} and
 * {@code CharSequence} fields, and only accesses in the declaring class (constructors, accessors,
 * setters, a record's canonical constructor).
 */
final class SensitiveFieldWeaver {
  /**
   * The application's annotation, named in pieces: the agent jar relocates the annotations it
   * bundles, and with them every constant that names their package.
   */
  static final String SENSITIVE = "L" + String.join("/", "dev", "piiguard", "annotations", "Sensitive") + ";";
  private static final ByteSearch SENSITIVE_SEARCH = new ByteSearch(SENSITIVE);
  private static final String OTHER = "OTHER";
  private static final String HOOK_OWNER = Type.getInternalName(SensitiveFields.class);
  private static final String HOOK_DESCRIPTOR = "(Ljava/lang/Object;Ljava/lang/String;)V";

  private SensitiveFieldWeaver() {}

  /** Whether the class file names the annotation at all: the check every loaded class gets. */
  static boolean mentionsSensitive(byte[] classFile) {
    return SENSITIVE_SEARCH.foundIn(classFile);
  }

  /** The rewritten class file, or null when the class reads and writes none of its {@code @Sensitive} text fields. */
  static byte[] weave(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    SensitiveDeclarations declarations = new SensitiveDeclarations();
    reader.accept(declarations, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
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

    SensitiveDeclarations() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
        String[] interfaces) {
      className = name;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return SENSITIVE.equals(descriptor) ? new FirstType(classType) : null;
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
          return SENSITIVE.equals(annotation) ? new FirstType(type) : null;
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
   * Reads the first {@code PiiType} other than {@code OTHER} of a {@code @Sensitive}; the holder reads {@code OTHER} once
   * the annotation is seen, and the type once one is named.
   */
  private static final class FirstType extends AnnotationVisitor {
    private final String[] holder;

    FirstType(String[] holder) {
      super(Opcodes.ASM9);
      this.holder = holder;
      holder[0] = OTHER;
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      return this;
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
      if (OTHER.equals(holder[0]) || holder[0] == null) {
        holder[0] = value;
      }
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
