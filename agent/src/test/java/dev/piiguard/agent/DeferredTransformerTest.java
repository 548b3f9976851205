package dev.piiguard.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.instrument.ClassFileTransformer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeferredTransformerTest {
  private static final byte[] BYTES = {1, 2, 3};
  private static final byte[] CHANGED = {4, 5, 6};
  private static final ClassFileTransformer CHANGING = new ClassFileTransformer() {
    @Override
    public byte[] transform(Module module, ClassLoader loader, String className,
        Class<?> redefined, java.security.ProtectionDomain domain, byte[] bytes) {
      return CHANGED;
    }
  };

  @Test
  void otherClassesPassWithoutWaiting() throws Exception {
    DeferredTransformer deferred = new DeferredTransformer("okhttp3.OkHttpClient");
    assertThat(deferred.transform(null, null, "com/example/Other", null, null, BYTES)).isNull();
  }

  @Test
  void instrumentedClassWaitsForTheDelegateAndIsTransformedByIt() throws Exception {
    DeferredTransformer deferred = new DeferredTransformer("okhttp3.OkHttpClient");
    CompletableFuture<byte[]> result = CompletableFuture.supplyAsync(() -> {
      try {
        return deferred.transform(null, null, "okhttp3/OkHttpClient", null, null, BYTES);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(100);
    assertThat(result).isNotDone();
    deferred.complete(CHANGING);
    assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(CHANGED);
    assertThat(deferred.instruments("okhttp3.OkHttpClient")).isTrue();
  }

  @Test
  void failedBuildLeavesClassesUnchangedAndTheBuilderNeverWaitsForItself() throws Exception {
    DeferredTransformer deferred = new DeferredTransformer("okhttp3.OkHttpClient");
    deferred.builtBy(Thread.currentThread());
    assertThat(deferred.transform(null, null, "okhttp3/OkHttpClient", null, null, BYTES)).isNull();
    deferred.builtBy(null);
    deferred.complete(null);
    assertThat(deferred.transform(null, null, "okhttp3/OkHttpClient", null, null, BYTES)).isNull();
  }
}
