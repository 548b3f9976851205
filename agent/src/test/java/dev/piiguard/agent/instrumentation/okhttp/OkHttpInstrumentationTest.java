package dev.piiguard.agent.instrumentation.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The hooks the advice calls: PII Guard's own classes for an OkHttp that PII Guard's class loader
 * sees, copies linked against the library for one a child loader defines (a Spring Boot jar's).
 */
class OkHttpInstrumentationTest {
  @Test
  void anOkHttpOnPiiGuardsClassPathGetsPiiGuardsOwnClasses() {
    assertThat(OkHttpInstrumentation.hooksFor(OkHttpClient.class)).isExactlyInstanceOf(OkHttpClientSupport.class);
  }

  @Test
  void anOkHttpOfAChildLoaderGetsCopiesLinkedAgainstIt() throws Exception {
    try (ChildFirstLoader library = new ChildFirstLoader(jarsOf("/com/squareup/", "/org/jetbrains/kotlin/"))) {
      Class<?> client = library.loadClass("okhttp3.OkHttpClient");
      assertThat(client.getClassLoader()).isSameAs(library);

      OkHttpInstrumentation.Hooks hooks = OkHttpInstrumentation.hooksFor(client);

      Class<?> copy = hooks.getClass();
      assertThat(copy.getName()).isEqualTo(OkHttpClientSupport.class.getName());
      assertThat(copy).isNotSameAs(OkHttpClientSupport.class);
      ClassLoader copies = copy.getClassLoader();
      assertThat(copies.getParent()).isSameAs(library);
      Class<?> interceptor = Class.forName(PiiGuardInterceptor.class.getName(), true, copies);
      assertThat(interceptor.getInterfaces()).containsExactly(library.loadClass("okhttp3.Interceptor"));
      // what holds the inspector, and the interface the advice calls, stay PII Guard's own
      assertThat(Class.forName(OkHttpInstrumentation.class.getName(), false, copies)).isSameAs(OkHttpInstrumentation.class);
      assertThat(OkHttpInstrumentation.hooksFor(client)).as("made once per library").isSameAs(hooks);
      // no agent installed here: the lists are left as they are
      List<?> interceptors = List.of();
      assertThat(hooks.withInterceptor(interceptors)).isSameAs(interceptors);
    }
  }

  private static URL[] jarsOf(String... folders) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> Arrays.stream(folders).anyMatch(entry::contains))
        .map(entry -> {
          try {
            return Path.of(entry).toUri().toURL();
          } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        })
        .toArray(URL[]::new);
  }

  /** Defines OkHttp, Okio and Kotlin itself, as a launcher whose jars the application loader does not have. */
  private static final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(URL[] jars) {
      super(jars, ChildFirstLoader.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("okhttp3.") && !name.startsWith("okio.") && !name.startsWith("kotlin.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }
}
