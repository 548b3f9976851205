package dev.piiguard.spotbugs.internal.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;

/** Reads {@link ClassFacts} from class file bytes with one ASM pass that skips frames. */
public final class ClassFactsReader {
  static final int ASM_API = Opcodes.ASM9;
  private static final String AI_SERVICES = "dev/langchain4j/service/AiServices";

  private ClassFactsReader() {}

  /** Reads the facts; {@code withCode} also scans method bodies for type constants and invoked names. */
  public static ClassFacts read(byte[] bytes, boolean withCode) {
    Collector collector = new Collector(withCode);
    new ClassReader(bytes)
        .accept(collector, ClassReader.SKIP_FRAMES | (withCode ? 0 : ClassReader.SKIP_CODE));
    return collector.facts();
  }

  private static final class Collector extends ClassVisitor {
    private final boolean withCode;
    private String name;
    private String superName;
    private List<String> interfaces = List.of();
    private int access;
    private String sourceFile;
    private final List<String> annotations = new ArrayList<>();
    private final Map<String, MemberFacts> fields = new LinkedHashMap<>();
    private final Map<String, MemberFacts> methods = new LinkedHashMap<>();
    private final Map<String, List<String>> recordComponents = new LinkedHashMap<>();
    private final Set<String> typeConstants = new HashSet<>();
    private final Set<String> invokedNames = new HashSet<>();
    private boolean callsAiServices;

    Collector(boolean withCode) {
      super(ASM_API);
      this.withCode = withCode;
    }

    ClassFacts facts() {
      return new ClassFacts(
          name,
          superName,
          interfaces,
          access,
          sourceFile,
          annotations,
          fields,
          methods,
          recordComponents,
          typeConstants,
          callsAiServices,
          invokedNames);
    }

    @Override
    public void visit(
        int version, int access, String name, String signature, String superName, String[] interfaces) {
      this.name = name;
      this.access = access;
      this.superName = superName;
      this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
    }

    @Override
    public void visitSource(String source, String debug) {
      this.sourceFile = source;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      annotations.add(descriptor);
      return null;
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(
        String componentName, String descriptor, String signature) {
      List<String> componentAnnotations = new ArrayList<>();
      recordComponents.put(componentName, componentAnnotations);
      return new RecordComponentVisitor(ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          componentAnnotations.add(annotation);
          return null;
        }
      };
    }

    @Override
    public FieldVisitor visitField(
        int access, String fieldName, String descriptor, String signature, Object value) {
      List<String> fieldAnnotations = new ArrayList<>();
      fields.put(
          fieldName,
          new MemberFacts(fieldName, descriptor, access, fieldAnnotations, List.of(), List.of()));
      return new FieldVisitor(ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          fieldAnnotations.add(annotation);
          return null;
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String methodName, String descriptor, String signature, String[] exceptions) {
      int parameterCount = Type.getArgumentTypes(descriptor).length;
      List<String> methodAnnotations = new ArrayList<>();
      List<List<String>> parameterAnnotations = new ArrayList<>();
      List<String> parameterNames = new ArrayList<>();
      for (int i = 0; i < parameterCount; i++) {
        parameterAnnotations.add(new ArrayList<>());
        parameterNames.add(null);
      }
      methods.put(
          methodName + descriptor,
          new MemberFacts(
              methodName, descriptor, access, methodAnnotations, parameterAnnotations, parameterNames));
      int firstParameterSlot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
      int[] slotToPosition = slotToPosition(descriptor, firstParameterSlot);
      return new MethodVisitor(ASM_API) {
        private int namedParameters;
        private int parameterAnnotationOffset;

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          methodAnnotations.add(annotation);
          return null;
        }

        @Override
        public void visitAnnotableParameterCount(int count, boolean visible) {
          // javac omits synthetic leading parameters (enum and inner class constructors) from the count.
          parameterAnnotationOffset = Math.max(0, parameterCount - count);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(
            int parameter, String annotation, boolean visible) {
          int position = parameter + parameterAnnotationOffset;
          if (position < parameterCount) {
            parameterAnnotations.get(position).add(annotation);
          }
          return null;
        }

        @Override
        public void visitParameter(String parameterName, int parameterAccess) {
          if (namedParameters < parameterCount) {
            parameterNames.set(namedParameters, parameterName);
          }
          namedParameters++;
        }

        @Override
        public void visitLocalVariable(
            String localName, String desc, String sig, Label start, Label end, int slot) {
          if (slot < slotToPosition.length && slotToPosition[slot] >= 0) {
            int position = slotToPosition[slot];
            if (parameterNames.get(position) == null) {
              parameterNames.set(position, localName);
            }
          }
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (withCode && value instanceof Type && ((Type) value).getSort() == Type.OBJECT) {
            typeConstants.add(((Type) value).getInternalName());
          }
        }

        @Override
        public void visitMethodInsn(
            int opcode, String owner, String invokedName, String desc, boolean isInterface) {
          if (withCode) {
            invokedNames.add(invokedName);
            if (AI_SERVICES.equals(owner)) {
              callsAiServices = true;
            }
          }
        }
      };
    }
  }

  /** Maps local variable slots to 0-based parameter positions (receiver excluded), -1 elsewhere. */
  static int[] slotToPosition(String descriptor, int firstParameterSlot) {
    Type[] arguments = Type.getArgumentTypes(descriptor);
    int slots = firstParameterSlot;
    for (Type argument : arguments) {
      slots += argument.getSize();
    }
    int[] map = new int[slots];
    java.util.Arrays.fill(map, -1);
    int slot = firstParameterSlot;
    for (int i = 0; i < arguments.length; i++) {
      map[slot] = i;
      slot += arguments[i].getSize();
    }
    return map;
  }
}
