package dev.piiguard.spotbugs.internal.taint;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What callers need to know of an application method: what its return value carries (sources read
 * inside and which arguments) and the lambda it returns, if always the same one; which arguments
 * reach a sink, which are stored into which field, and what the objects it was given hold when it
 * returns (a helper appending to the caller's {@code StringBuilder}).
 */
final class MethodSummary {
  static final MethodSummary EMPTY = new MethodSummary();

  private Taint returned = Taint.CLEAN;
  private LambdaInfo returnedLambda;
  private boolean returnsOtherValues;
  private final Set<SinkReach> sinkReaches = new LinkedHashSet<>();
  private final Set<String> storedParameters = new LinkedHashSet<>();
  private final Map<Integer, Taint> absorbedByParameters = new TreeMap<>();

  Taint returned() {
    return returned;
  }

  /**
   * The lambda every return of the method returns ({@code return h -> h.set("X-Email", c.email())}),
   * its captured values in terms of the method's parameters; null when it returns something else too.
   */
  LambdaInfo returnedLambda() {
    return returnsOtherValues ? null : returnedLambda;
  }

  /** Adds what one return returns: a lambda, or null for any other value. */
  void addReturnedLambda(LambdaInfo lambda) {
    if (lambda == null || returnedLambda != null && !returnedLambda.equals(lambda)) {
      returnsOtherValues = true;
    } else {
      returnedLambda = lambda;
    }
  }

  Set<SinkReach> sinkReaches() {
    return sinkReaches;
  }

  /** Entries {@code position + ":" + fieldKey}: the argument at that position is stored into the field. */
  Set<String> storedParameters() {
    return storedParameters;
  }

  /** Argument position to what the method stored into that argument's object. */
  Map<Integer, Taint> absorbedByParameters() {
    return absorbedByParameters;
  }

  void addAbsorbed(int position, Taint taint) {
    absorbedByParameters.merge(position, taint, Taint::union);
  }

  void addReturned(Taint taint) {
    returned = returned.union(taint);
  }

  void addSinkReach(SinkReach reach) {
    if (sinkReaches.size() < 32) {
      sinkReaches.add(reach);
    }
  }

  void addStoredParameter(int position, String fieldKey) {
    if (storedParameters.size() < 32) {
      storedParameters.add(position + ":" + fieldKey);
    }
  }

  boolean isEmpty() {
    return returned.isClean() && returnedLambda() == null && sinkReaches.isEmpty() && storedParameters.isEmpty()
        && absorbedByParameters.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodSummary
        && ((MethodSummary) other).returned.equals(returned)
        && Objects.equals(((MethodSummary) other).returnedLambda(), returnedLambda())
        && ((MethodSummary) other).sinkReaches.equals(sinkReaches)
        && ((MethodSummary) other).storedParameters.equals(storedParameters)
        && ((MethodSummary) other).absorbedByParameters.equals(absorbedByParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(returned, sinkReaches, storedParameters, absorbedByParameters);
  }
}
