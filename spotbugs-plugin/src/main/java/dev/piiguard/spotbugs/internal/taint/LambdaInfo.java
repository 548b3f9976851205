package dev.piiguard.spotbugs.internal.taint;

import java.util.Arrays;
import java.util.Objects;
import org.objectweb.asm.Handle;

/** A lambda or method reference: the method it runs and the taint of each value it captured. */
final class LambdaInfo {
  private final Handle implementation;
  private final Taint[] captured;

  LambdaInfo(Handle implementation, Taint[] captured) {
    this.implementation = implementation;
    this.captured = captured;
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
        && Arrays.equals(((LambdaInfo) other).captured, captured);
  }

  @Override
  public int hashCode() {
    return Objects.hash(implementation, Arrays.hashCode(captured));
  }
}
