package dev.piiguard.spotbugs.internal.taint;

/** A cache key for a member reference, a kind of look-up and an opcode, cheaper than joined strings. */
final class MemberKey {
  private final int kind;
  private final String owner;
  private final String name;
  private final String descriptor;
  private final int hash;

  MemberKey(int kind, String owner, String name, String descriptor) {
    this.kind = kind;
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
    this.hash = ((kind * 31 + owner.hashCode()) * 31 + name.hashCode()) * 31 + descriptor.hashCode();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MemberKey)) {
      return false;
    }
    MemberKey that = (MemberKey) other;
    return hash == that.hash
        && kind == that.kind
        && owner.equals(that.owner)
        && name.equals(that.name)
        && descriptor.equals(that.descriptor);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return kind + ":" + owner + "." + name + descriptor;
  }
}
