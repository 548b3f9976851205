package dev.piiguard.agent.instrumentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.piiguard.agent.instrumentation.okhttp.OkHttpInstrumentation;
import org.junit.jupiter.api.Test;

class LibraryClassLoaderTest {
  private final LibraryClassLoader copies =
      new LibraryClassLoader(getClass().getClassLoader(), OkHttpInstrumentation.class);

  @Test
  void copiesTheInstrumentationsPackageButTheInstrumentationTypeAndItsNestedTypes() {
    String okhttp = "dev.piiguard.agent.instrumentation.okhttp.";
    assertThat(copies.isCopied(okhttp + "PiiGuardInterceptor")).isTrue();
    assertThat(copies.isCopied(okhttp + "RestoringResponseBody$RestoringSource")).isTrue();
    assertThat(copies.isCopied(okhttp + "OkHttpInstrumentation")).isFalse();
    assertThat(copies.isCopied(okhttp + "OkHttpInstrumentation$Hooks")).isFalse();
    assertThat(copies.isCopied(okhttp + "OkHttpInstrumentation$ConstructorAdvice")).isFalse();
  }

  @Test
  void leavesEveryOtherPackageToItsParent() {
    assertThat(copies.isCopied("dev.piiguard.agent.inspect.RequestInspector")).isFalse();
    assertThat(copies.isCopied("dev.piiguard.agent.instrumentation.okhttp.sub.Type")).isFalse();
    assertThat(copies.isCopied("dev.piiguard.agent.instrumentation.netty.NettySupport")).isFalse();
    assertThat(copies.isCopied("okhttp3.Interceptor")).isFalse();
  }

  @Test
  void aCopyIsDefinedOnceAndIsNotPiiGuardsOwnClass() throws Exception {
    Class<?> copy = copies.loadClass("dev.piiguard.agent.instrumentation.okhttp.OkHttpFeatures");
    assertThat(copy.getClassLoader()).isSameAs(copies);
    assertThat(copies.loadClass(copy.getName())).isSameAs(copy);
    assertThat(copies.loadClass(LibraryReach.class.getName())).isSameAs(LibraryReach.class);
  }
}
