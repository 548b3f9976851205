package dev.piiguard.agent.bridge;

import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.DynamicType;

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
    DynamicType.Builder<Object> builder = new ByteBuddy()
        .subclass(Object.class)
        .name(holderName)
        .modifiers(Modifier.PUBLIC | Modifier.FINAL);
    for (String hookName : hookNames) {
      builder = builder.defineField(hookName, BiFunction.class,
          Modifier.PUBLIC | Modifier.STATIC | Modifier.VOLATILE);
    }
    byte[] bytes = builder.make().getBytes();
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(anchor, MethodHandles.lookup());
    return lookup.defineClass(bytes);
  }

  /** Opens the package of {@code type} to the agent, for reflection on JDK internals. */
  public static void open(Instrumentation instrumentation, Class<?> type) {
    String packageName = type.getPackageName();
    Module agentModule = HookHolders.class.getModule();
    if (!type.getModule().isOpen(packageName, agentModule)) {
      instrumentation.redefineModule(type.getModule(), Set.of(), Map.of(),
          Map.of(packageName, Set.of(agentModule)), Set.of(), Map.of());
    }
  }

  /** Stores {@code hook} in field {@code name} of {@code holder}. */
  public static void set(Class<?> holder, String name, BiFunction<Object, Object, Object> hook)
      throws ReflectiveOperationException {
    holder.getField(name).set(null, hook);
  }
}
