package dev.piiguard.spotbugs.internal.taint;

import java.util.Objects;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Value;

/**
 * One slot of a frame: its static type when known, its taint, which object it is (an allocation or
 * load site, so that mutating one alias taints the others), the field it was loaded from, a lambda
 * it holds, a small integer shape for substring checks, and flags.
 */
final class TaintValue implements Value {
  static final int NO_ALIAS = -1;
  static final int FLAG_AI_HOST = 1;

  /** The flag of a stream whose writes are a sink of this pattern. */
  static int streamFlag(dev.piiguard.spotbugs.internal.catalogue.BugPattern pattern) {
    return 2 << pattern.ordinal();
  }

  static boolean isStreamFlag(int flags) {
    return (flags & ~FLAG_AI_HOST) != 0;
  }

  static final TaintValue UNINITIALIZED = new TaintValue(1, null, Taint.CLEAN, NO_ALIAS, null, null, null, 0);
  static final TaintValue CLEAN_WIDE = new TaintValue(2, null, Taint.CLEAN, NO_ALIAS, null, null, null, 0);

  private final int size;
  private final Type type;
  private final Taint taint;
  private final int alias;
  private final String field;
  private final LambdaInfo lambda;
  private final IntShape intShape;
  private final int flags;

  TaintValue(
      int size,
      Type type,
      Taint taint,
      int alias,
      String field,
      LambdaInfo lambda,
      IntShape intShape,
      int flags) {
    this.size = size;
    this.type = type;
    this.taint = taint;
    this.alias = alias;
    this.field = field;
    this.lambda = lambda;
    this.intShape = intShape;
    this.flags = flags;
  }

  static TaintValue of(Type type, Taint taint) {
    int size = type == null ? 1 : Math.max(1, type.getSize());
    return new TaintValue(size, type, taint, NO_ALIAS, null, null, null, 0);
  }

  @Override
  public int getSize() {
    return size;
  }

  Type type() {
    return type;
  }

  Taint taint() {
    return taint;
  }

  int alias() {
    return alias;
  }

  String field() {
    return field;
  }

  LambdaInfo lambda() {
    return lambda;
  }

  IntShape intShape() {
    return intShape;
  }

  int flags() {
    return flags;
  }

  boolean hasFlag(int flag) {
    return (flags & flag) != 0;
  }

  TaintValue withTaint(Taint newTaint) {
    return newTaint.equals(taint)
        ? this
        : new TaintValue(size, type, newTaint, alias, field, lambda, intShape, flags);
  }

  TaintValue withAlias(int newAlias) {
    return new TaintValue(size, type, taint, newAlias, field, lambda, intShape, flags);
  }

  TaintValue withField(String newField) {
    return new TaintValue(size, type, taint, alias, newField, lambda, intShape, flags);
  }

  TaintValue withLambda(LambdaInfo newLambda) {
    return new TaintValue(size, type, taint, alias, field, newLambda, intShape, flags);
  }

  TaintValue withIntShape(IntShape newShape) {
    return new TaintValue(size, type, taint, alias, field, lambda, newShape, flags);
  }

  TaintValue withFlags(int newFlags) {
    return newFlags == flags
        ? this
        : new TaintValue(size, type, taint, alias, field, lambda, intShape, newFlags);
  }

  /** The least value that covers both: union of taints and flags; what differs is forgotten. */
  TaintValue merge(TaintValue other) {
    if (equals(other)) {
      return this;
    }
    int mergedSize = Math.min(size, other.size);
    Type mergedType = Objects.equals(type, other.type) ? type : null;
    if (mergedType == null && type != null && other.type != null && type.getSort() == other.type.getSort()
        && type.getSort() < Type.ARRAY) {
      mergedType = type;
    }
    return new TaintValue(
        mergedSize,
        mergedType,
        taint.union(other.taint),
        alias == other.alias ? alias : NO_ALIAS,
        Objects.equals(field, other.field) ? field : null,
        Objects.equals(lambda, other.lambda) ? lambda : null,
        Objects.equals(intShape, other.intShape) ? intShape : null,
        flags | other.flags);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof TaintValue)) {
      return false;
    }
    TaintValue that = (TaintValue) other;
    return size == that.size
        && alias == that.alias
        && flags == that.flags
        && Objects.equals(type, that.type)
        && taint.equals(that.taint)
        && Objects.equals(field, that.field)
        && Objects.equals(lambda, that.lambda)
        && Objects.equals(intShape, that.intShape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, type, taint, alias, field, flags);
  }

  @Override
  public String toString() {
    return (type == null ? "?" : type.getDescriptor()) + (taint.isClean() ? "" : taint.toString());
  }
}
