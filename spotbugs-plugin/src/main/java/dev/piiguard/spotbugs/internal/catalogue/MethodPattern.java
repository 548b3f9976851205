package dev.piiguard.spotbugs.internal.catalogue;

import java.util.Objects;

/**
 * A method named in a catalogue: a class or interface (matched with its subtypes), a method name or
 * {@code *}, and an optional descriptor prefix such as {@code (Ljava/lang/String;}.
 */
public final class MethodPattern {
  private final String owner;
  private final String name;
  private final String descriptorPrefix;

  private MethodPattern(String owner, String name, String descriptorPrefix) {
    this.owner = owner;
    this.name = name;
    this.descriptorPrefix = descriptorPrefix;
  }

  /**
   * Parses {@code com.example.Type#method} or {@code com.example.Type#method(Ljava/lang/String;}; nested
   * classes use {@code $}.
   */
  public static MethodPattern parse(String text) {
    int hash = text.indexOf('#');
    if (hash <= 0 || hash == text.length() - 1) {
      throw new IllegalArgumentException("method must look like com.example.Type#method");
    }
    String owner = text.substring(0, hash).replace('.', '/');
    String rest = text.substring(hash + 1);
    int paren = rest.indexOf('(');
    String name = paren < 0 ? rest : rest.substring(0, paren);
    String descriptorPrefix = paren < 0 ? "" : rest.substring(paren);
    return new MethodPattern(owner, name, descriptorPrefix);
  }

  /** The internal name of the class or interface, such as {@code org/slf4j/Logger}. */
  public String owner() {
    return owner;
  }

  /** The method name, {@code <init>} for constructors, or {@code *} for every method. */
  public String name() {
    return name;
  }

  /** True when the name and descriptor match; the owner is matched by the caller, with subtypes. */
  public boolean matchesNameAndDescriptor(String methodName, String descriptor) {
    return (name.equals("*") || name.equals(methodName)) && descriptor.startsWith(descriptorPrefix);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodPattern
        && ((MethodPattern) other).owner.equals(owner)
        && ((MethodPattern) other).name.equals(name)
        && ((MethodPattern) other).descriptorPrefix.equals(descriptorPrefix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(owner, name, descriptorPrefix);
  }

  @Override
  public String toString() {
    return owner.replace('/', '.') + "#" + name + descriptorPrefix;
  }
}
