package dev.piiguard.agent.instrumentation.okhttp;

import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * What the OkHttp version on the class path offers beyond the API of OkHttp 3.0: typed request
 * tags came with 3.11, one-shot and duplex request bodies with 3.14. Calling them on an older
 * version fails every request with a {@code NoSuchMethodError}.
 */
final class OkHttpFeatures {
  /** {@code Request.Builder.tag(Class, Object)} and {@code Request.tag(Class)}. */
  static final boolean TYPED_TAGS =
      has(Request.Builder.class, "tag", Class.class, Object.class) && has(Request.class, "tag", Class.class);

  /** {@code RequestBody.isOneShot()} and {@code RequestBody.isDuplex()}. */
  static final boolean ONE_SHOT_BODIES = has(RequestBody.class, "isOneShot") && has(RequestBody.class, "isDuplex");

  private OkHttpFeatures() {}

  private static boolean has(Class<?> type, String name, Class<?>... parameters) {
    try {
      type.getMethod(name, parameters);
      return true;
    } catch (NoSuchMethodException | LinkageError e) {
      return false;
    }
  }
}
