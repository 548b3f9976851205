package dev.piiguard.agent.sensitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
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

  private static byte[] classFile(Class<?> type) throws IOException {
    String name = type.getName();
    try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
      return in.readAllBytes();
    }
  }
}
