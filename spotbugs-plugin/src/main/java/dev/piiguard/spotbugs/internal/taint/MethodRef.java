package dev.piiguard.spotbugs.internal.taint;

import java.util.Objects;

/** A method of the application by owner, name and descriptor. */
public final class MethodRef {
  private final String owner;
  private final String name;
  private final String descriptor;

  public MethodRef(String owner, String name, String descriptor) {
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
  }

  public String owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public String descriptor() {
    return descriptor;
  }

  /** The key under which callers depend on any method with this name and descriptor. */
  String dependencyKey() {
    return "m:" + name + descriptor;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodRef
        && ((MethodRef) other).owner.equals(owner)
        && ((MethodRef) other).name.equals(name)
        && ((MethodRef) other).descriptor.equals(descriptor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(owner, name, descriptor);
  }

  @Override
  public String toString() {
    return owner + "." + name + descriptor;
  }
}
