package dev.piiguard.spotbugs.internal.taint;

import java.util.Objects;

/**
 * What little the analysis knows of an int: a constant, or a string's length minus a constant, with
 * what identifies the string (its alias and taint).
 */
final class IntShape {
  private final boolean lengthRelative;
  private final int constant;
  private final int stringAlias;
  private final Taint stringTaint;

  private IntShape(boolean lengthRelative, int constant, int stringAlias, Taint stringTaint) {
    this.lengthRelative = lengthRelative;
    this.constant = constant;
    this.stringAlias = stringAlias;
    this.stringTaint = stringTaint;
  }

  static IntShape constant(int value) {
    return new IntShape(false, value, TaintValue.NO_ALIAS, Taint.CLEAN);
  }

  /** The length of {@code string} minus {@code value}. */
  static IntShape lengthMinus(int value, TaintValue string) {
    return new IntShape(true, value, string.alias(), string.taint());
  }

  /** This shape with another constant: the same string's length minus {@code value}. */
  IntShape withConstant(int value) {
    return new IntShape(lengthRelative, value, stringAlias, stringTaint);
  }

  /**
   * Whether this is the length of {@code string}: the same value by alias, or a string with the
   * same sources ({@code c.email().substring(c.email().length() - 4)} reads the field twice).
   */
  boolean isLengthOf(TaintValue string) {
    return lengthRelative
        && (stringAlias != TaintValue.NO_ALIAS && stringAlias == string.alias()
            || !stringTaint.isClean() && stringTaint.equals(string.taint()));
  }

  boolean isConstant() {
    return !lengthRelative;
  }

  int constant() {
    return constant;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntShape
        && ((IntShape) other).lengthRelative == lengthRelative
        && ((IntShape) other).constant == constant
        && ((IntShape) other).stringAlias == stringAlias
        && ((IntShape) other).stringTaint.equals(stringTaint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lengthRelative, constant, stringAlias, stringTaint);
  }
}
