package dev.piiguard.spotbugs.internal.taint;

import java.util.Objects;

/** What little the analysis knows of an int: a constant, or a string's length minus a constant. */
final class IntShape {
  private final boolean lengthRelative;
  private final int constant;

  private IntShape(boolean lengthRelative, int constant) {
    this.lengthRelative = lengthRelative;
    this.constant = constant;
  }

  static IntShape constant(int value) {
    return new IntShape(false, value);
  }

  static IntShape lengthMinus(int value) {
    return new IntShape(true, value);
  }

  boolean isConstant() {
    return !lengthRelative;
  }

  boolean isLengthRelative() {
    return lengthRelative;
  }

  int constant() {
    return constant;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntShape
        && ((IntShape) other).lengthRelative == lengthRelative
        && ((IntShape) other).constant == constant;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lengthRelative, constant);
  }
}
