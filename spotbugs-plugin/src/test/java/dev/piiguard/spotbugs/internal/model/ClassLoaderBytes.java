package dev.piiguard.spotbugs.internal.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Class file bytes from the test's class loader. */
public final class ClassLoaderBytes implements ClassBytesSource {
  @Override
  public byte[] bytes(String internalName) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(internalName + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
