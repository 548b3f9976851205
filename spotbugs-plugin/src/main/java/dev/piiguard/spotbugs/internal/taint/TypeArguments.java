package dev.piiguard.spotbugs.internal.taint;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * The classes a generic signature names as type arguments: {@code Contact} in a field of type
 * {@code List<Contact>} or {@code Map<String, Optional<Contact>>}, or in a method's return type.
 * The descriptor erases them; serialisers write the elements of a collection all the same.
 */
final class TypeArguments {
  private TypeArguments() {}

  /** Internal names in the type arguments of a field's signature; none without a signature. */
  static Set<String> ofField(String signature) {
    Set<String> names = new LinkedHashSet<>();
    if (signature != null) {
      new SignatureReader(signature).acceptType(new Collector(names, false));
    }
    return names;
  }

  /** Internal names in the type arguments of a method's return type; none without a signature. */
  static Set<String> ofReturnType(String signature) {
    Set<String> names = new LinkedHashSet<>();
    if (signature != null) {
      new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
        @Override
        public SignatureVisitor visitReturnType() {
          return new Collector(names, false);
        }
      });
    }
    return names;
  }

  /** Collects the class types inside type arguments (the outer type itself is the descriptor's). */
  private static final class Collector extends SignatureVisitor {
    private final Set<String> names;
    private final boolean inArgument;

    Collector(Set<String> names, boolean inArgument) {
      super(Opcodes.ASM9);
      this.names = names;
      this.inArgument = inArgument;
    }

    @Override
    public void visitClassType(String name) {
      if (inArgument) {
        names.add(name);
      }
    }

    @Override
    public void visitInnerClassType(String name) {
      // an inner class's simple name: its outer class was visited already
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      return new Collector(names, true);
    }

    @Override
    public SignatureVisitor visitArrayType() {
      return this;
    }
  }
}
