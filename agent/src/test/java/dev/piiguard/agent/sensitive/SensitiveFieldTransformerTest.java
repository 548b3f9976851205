package dev.piiguard.agent.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.Type;
import org.junit.jupiter.api.Test;

class SensitiveFieldTransformerTest {
  private final List<String> errors = new ArrayList<>();
  private final SensitiveFieldTransformer transformer = new SensitiveFieldTransformer(errors::add);

  @Test
  void aClassLoaderThatDoesNotSeePiiGuardIsNamedOnce() throws Exception {
    byte[] customer = classFile(SensitiveFieldWeaverTest.Customer.class);
    try (URLClassLoader plugins = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      assertThat(transformer.transform(plugins, "com/example/Customer", null, null, customer)).isNull();
      assertThat(transformer.transform(plugins, "com/example/Other", null, null, customer)).isNull();
    }

    assertThat(errors).containsExactly("the @Sensitive fields of classes that java.net.URLClassLoader defines are"
        + " not registered: it does not delegate to the application class loader, which defines PII Guard's classes");
  }

  @Test
  void aClassLoaderThatSeesPiiGuardHasItsClassesWoven() throws Exception {
    byte[] customer = classFile(SensitiveFieldWeaverTest.Customer.class);

    assertThat(transformer.transform(getClass().getClassLoader(), "com/example/Customer", null, null, customer))
        .isNotNull();
    assertThat(errors).isEmpty();
  }

  @Test
  void aClassRedefinedWithItsWovenClassFileIsNotWovenAgain() throws Exception {
    // a tool that redefines a class with the bytes it reads back (a debugger's hot swap, an agent
    // that copies the current definition) hands over the class file as woven
    ClassLoader loader = getClass().getClassLoader();
    byte[] woven = transformer.transform(loader, "com/example/Customer", null, null,
        classFile(SensitiveFieldWeaverTest.Customer.class));

    byte[] again = transformer.transform(loader, "com/example/Customer", SensitiveFieldWeaverTest.Customer.class,
        null, woven);

    assertThat(again == null ? heldCalls(woven) : heldCalls(again)).isEqualTo(heldCalls(woven));
    assertThat(errors).isEmpty();
  }

  /** How many calls of {@link SensitiveFields#held} a class file makes. */
  private static int heldCalls(byte[] classFile) {
    int[] calls = new int[1];
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
              boolean isInterface) {
            if (owner.equals(Type.getInternalName(SensitiveFields.class)) && method.equals("held")) {
              calls[0]++;
            }
          }
        };
      }
    }, 0);
    return calls[0];
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    String name = type.getName();
    try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }
}
