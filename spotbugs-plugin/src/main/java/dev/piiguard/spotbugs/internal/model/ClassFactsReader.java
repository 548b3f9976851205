package dev.piiguard.spotbugs.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
  private static final String JSON_IGNORE_PROPERTIES = "Lcom/fasterxml/jackson/annotation/JsonIgnoreProperties;";
  private static final String JSON_PROPERTY = "Lcom/fasterxml/jackson/annotation/JsonProperty;";

  private ClassFactsReader() {}

  /** Reads the facts; {@code withCode} also records what the code refers to ({@link CodeReferences}). */
  public static ClassFacts read(byte[] bytes, boolean withCode) {
    Collector collector = new Collector(withCode);
    new ClassReader(bytes)
        .accept(collector, ClassReader.SKIP_FRAMES | (withCode ? 0 : ClassReader.SKIP_CODE));
    return collector.facts();
  }

  private static final class Collector extends ClassVisitor {
    private String name;
    private String superName;
    private List<String> interfaces = List.of();
    private int access;
    private String sourceFile;
    private final Annotations annotations = new Annotations();
    private final Map<String, MemberFacts> fields = new LinkedHashMap<>();
    private final Map<String, MemberFacts> methods = new LinkedHashMap<>();
    private final Map<String, Annotations> recordComponents = new LinkedHashMap<>();
    private final CodeReferences code;

    Collector(boolean withCode) {
      super(ASM_API);
      this.code = withCode ? new CodeReferences() : null;
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
          code == null ? Set.of() : code.typeConstants(),
          code == null ? Set.of() : code.aiServiceTypes(),
          code == null ? Set.of() : code.invokedNames(),
          code == null ? Set.of() : code.classes().names());
    }

    @Override
    public void visit(
        int version, int access, String name, String signature, String superName, String[] interfaces) {
      this.name = name;
      this.access = access;
      this.superName = superName;
      this.interfaces = interfaces == null ? List.of() : List.of(interfaces);
      if (code != null) {
        code.classes().addInternalName(superName);
        for (String implemented : this.interfaces) {
          code.classes().addInternalName(implemented);
        }
      }
    }

    @Override
    public void visitSource(String source, String debug) {
      this.sourceFile = source;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return collect(annotations, descriptor);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(
        String componentName, String descriptor, String signature) {
      Annotations componentAnnotations = new Annotations();
      recordComponents.put(componentName, componentAnnotations);
      return new RecordComponentVisitor(ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return collect(componentAnnotations, annotation);
        }
      };
    }

    @Override
    public FieldVisitor visitField(
        int access, String fieldName, String descriptor, String signature, Object value) {
      Annotations fieldAnnotations = new Annotations();
      fields.put(
          fieldName,
          new MemberFacts(fieldName, descriptor, access, fieldAnnotations, List.of(), List.of(), value, signature));
      if (code != null) {
        code.classes().addDescriptor(descriptor);
      }
      return new FieldVisitor(ASM_API) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return collect(fieldAnnotations, annotation);
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String methodName, String descriptor, String signature, String[] exceptions) {
      int parameterCount = Type.getArgumentTypes(descriptor).length;
      Annotations methodAnnotations = new Annotations();
      List<Annotations> parameterAnnotations = new ArrayList<>();
      List<String> parameterNames = new ArrayList<>();
      for (int i = 0; i < parameterCount; i++) {
        parameterAnnotations.add(new Annotations());
        parameterNames.add(null);
      }
      if (code != null) {
        code.classes().addDescriptor(descriptor);
      }
      methods.put(
          methodName + descriptor,
          new MemberFacts(
              methodName, descriptor, access, methodAnnotations, parameterAnnotations, parameterNames, null,
              signature));
      int firstParameterSlot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
      int[] slotToPosition = slotToPosition(descriptor, firstParameterSlot);
      MethodVisitor declarations = new MethodVisitor(ASM_API) {
        private int namedParameters;
        private int parameterAnnotationOffset;

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return collect(methodAnnotations, annotation);
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
          return position < parameterCount ? collect(parameterAnnotations.get(position), annotation) : null;
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
      };
      return code == null ? declarations : code.visitor(declarations);
    }
  }

  /** Records the annotation on {@code target}; for {@code @Sensitive}, also the PII types its value names. */
  private static AnnotationVisitor collect(Annotations target, String descriptor) {
    target.addDescriptor(descriptor);
    if (JSON_IGNORE_PROPERTIES.equals(descriptor)) {
      return ignoredProperties(target);
    }
    if (JSON_PROPERTY.equals(descriptor)) {
      return new AnnotationVisitor(ASM_API) {
        @Override
        public void visit(String name, Object value) {
          if ("value".equals(name) && value instanceof String && !((String) value).isEmpty()) {
            target.nameInJson((String) value);
          }
        }

        @Override
        public void visitEnum(String name, String enumDescriptor, String constant) {
          if ("access".equals(name) && "WRITE_ONLY".equals(constant)) {
            target.markWriteOnly();
          }
        }
      };
    }
    if (!SensitiveDeclarations.SENSITIVE.equals(descriptor)) {
      return null;
    }
    return new AnnotationVisitor(ASM_API) {
      @Override
      public AnnotationVisitor visitArray(String name) {
        return valueElements(name, target::addSensitiveValue);
      }
    };
  }

  /** Visits the elements of an annotation's {@code value} array: texts as given, enum constants by name. */
  private static AnnotationVisitor valueElements(String name, Consumer<String> element) {
    if (!"value".equals(name)) {
      return null;
    }
    return new AnnotationVisitor(ASM_API) {
      @Override
      public void visit(String unnamed, Object value) {
        if (value instanceof String) {
          element.accept((String) value);
        }
      }

      @Override
      public void visitEnum(String unnamed, String enumDescriptor, String constant) {
        element.accept(constant);
      }
    };
  }

  /**
   * Collects the names in {@code @JsonIgnoreProperties({"ssn", …})}, unless {@code allowGetters =
   * true} lets Jackson write them all the same.
   */
  private static AnnotationVisitor ignoredProperties(Annotations target) {
    List<String> names = new ArrayList<>();
    return new AnnotationVisitor(ASM_API) {
      private boolean allowGetters;

      @Override
      public void visit(String name, Object value) {
        allowGetters |= "allowGetters".equals(name) && Boolean.TRUE.equals(value);
      }

      @Override
      public AnnotationVisitor visitArray(String name) {
        return valueElements(name, names::add);
      }

      @Override
      public void visitEnd() {
        if (!allowGetters) {
          names.forEach(target::addIgnoredProperty);
        }
      }
    };
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
