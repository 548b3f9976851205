package dev.piiguard.spotbugs.internal.taint;

import java.util.Arrays;
import java.util.Objects;
import org.objectweb.asm.Handle;

/**
 * A lambda or method reference: the method it runs, the taint of each value it captured, and the
 * name of the interface method that runs it ({@code accept}, {@code apply}, {@code get}).
 */
final class LambdaInfo {
  private final Handle implementation;
  private final Taint[] captured;
  private final String interfaceMethod;

  LambdaInfo(Handle implementation, Taint[] captured, String interfaceMethod) {
    this.implementation = implementation;
    this.captured = captured;
    this.interfaceMethod = interfaceMethod;
  }

  /** The same lambda having captured values of this taint ({@code captured.length} must be {@link #capturedCount()}). */
  LambdaInfo withCaptured(Taint[] newCaptured) {
    return new LambdaInfo(implementation, newCaptured, interfaceMethod);
  }

  /** Whether a call of this name on the lambda runs it. */
  boolean isRunBy(String methodName) {
    return interfaceMethod.equals(methodName);
  }

  Handle implementation() {
    return implementation;
  }

  int capturedCount() {
    return captured.length;
  }

  Taint captured(int index) {
    return captured[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LambdaInfo
        && ((LambdaInfo) other).implementation.equals(implementation)
        && ((LambdaInfo) other).interfaceMethod.equals(interfaceMethod)
        && Arrays.equals(((LambdaInfo) other).captured, captured);
  }

  @Override
  public int hashCode() {
    return Objects.hash(implementation, interfaceMethod, Arrays.hashCode(captured));
  }
}
