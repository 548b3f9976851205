package dev.piiguard.agent.bridge;

import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;

/**
 * Defines a {@code PiiGuardHooks} class in the package of a JDK class, with one
 * {@code public static volatile BiFunction} field per hook; see the package documentation.
 */
public final class HookHolders {

  /** The simple name of every injected holder class. */
  public static final String HOLDER_SIMPLE_NAME = "PiiGuardHooks";

  private HookHolders() {}

  /**
   * Injects a holder into {@code anchor}'s package, or returns the one already there.
   *
   * @param instrumentation used to open the package to the agent
   * @param anchor a class of the target package, loaded by its JDK loader
   * @param hookNames the names of the hook fields
   */
  public static Class<?> inject(Instrumentation instrumentation, Class<?> anchor, List<String> hookNames)
      throws ReflectiveOperationException {
    String packageName = anchor.getPackageName();
    open(instrumentation, anchor);
    String holderName = packageName + "." + HOLDER_SIMPLE_NAME;
    try {
      return Class.forName(holderName, false, anchor.getClassLoader());
    } catch (ClassNotFoundException absent) {
      // Defined below.
    }
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(anchor, MethodHandles.lookup());
    return lookup.defineClass(holderClassFile(holderName, hookNames));
  }

  /**
   * The class file of a holder: fields only, no methods, so no stack map frames. Written with
   * the ASM that Byte Buddy bundles rather than with a Byte Buddy type builder, which would load
   * some hundreds of classes more before the first HTTP class may be instrumented.
   */
  static byte[] holderClassFile(String holderName, List<String> hookNames) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        holderName.replace('.', '/'), null, "java/lang/Object", null);
    String descriptor = Type.getDescriptor(BiFunction.class);
    for (String hookName : hookNames) {
      writer.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_VOLATILE, hookName,
          descriptor, null, null).visitEnd();
    }
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** Opens the package of {@code type} to the agent, for reflection on JDK internals. */
  public static void open(Instrumentation instrumentation, Class<?> type) {
    open(instrumentation, type.getModule(), type.getPackageName());
  }

  /** Opens {@code packageName} of {@code module} to the agent, without loading a class of it. */
  public static void open(Instrumentation instrumentation, Module module, String packageName) {
    Module agentModule = HookHolders.class.getModule();
    if (!module.isOpen(packageName, agentModule)) {
      instrumentation.redefineModule(module, Set.of(), Map.of(),
          Map.of(packageName, Set.of(agentModule)), Set.of(), Map.of());
    }
  }

  /** Stores {@code hook} in field {@code name} of {@code holder}. */
  public static void set(Class<?> holder, String name, BiFunction<Object, Object, Object> hook)
      throws ReflectiveOperationException {
    holder.getField(name).set(null, hook);
  }
}
