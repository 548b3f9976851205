package dev.piiguard.spotbugs.internal.taint;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * The classes a serialiser writes as the elements of a field's or a method's generic type:
 * {@code Contact} in {@code List<Contact>} or {@code Map<String, Optional<Contact>>}. The
 * descriptor erases them; serialisers write the elements of a collection all the same.
 */
final class TypeArguments {
  private TypeArguments() {}

  /** The classes written as elements, and as map keys (written as text), of a generic type. */
  record Elements(Set<String> values, Set<String> keys) {}

  /** No elements: a type whose declaration is not known. */
  static Elements none() {
    return new Elements(Set.of(), Set.of());
  }

  /** The elements of a field's generic type; none without a signature. */
  static Elements ofField(String signature) {
    Elements elements = new Elements(new LinkedHashSet<>(), new LinkedHashSet<>());
    if (signature != null) {
      new SignatureReader(signature).acceptType(new Collector(elements, elements.values(), false));
    }
    return elements;
  }

  /** The elements of a method's generic return type; none without a signature. */
  static Elements ofReturnType(String signature) {
    Elements elements = new Elements(new LinkedHashSet<>(), new LinkedHashSet<>());
    if (signature != null) {
      new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
        @Override
        public SignatureVisitor visitReturnType() {
          return new Collector(elements, elements.values(), false);
        }
      });
    }
    return elements;
  }

  /** The elements of the generic type of a method's parameter at {@code position} (0 the first); none without a signature. */
  static Elements ofParameter(String signature, int position) {
    Elements elements = new Elements(new LinkedHashSet<>(), new LinkedHashSet<>());
    if (signature != null) {
      new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
        private int parameters;

        @Override
        public SignatureVisitor visitParameterType() {
          return parameters++ == position ? new Collector(elements, elements.values(), false) : NONE;
        }
      });
    }
    return elements;
  }

  /** How many parameters a method's generic signature names (javac leaves synthetic ones out). */
  static int parameterCount(String signature) {
    int[] count = {0};
    new SignatureReader(signature).accept(new SignatureVisitor(Opcodes.ASM9) {
      @Override
      public SignatureVisitor visitParameterType() {
        count[0]++;
        return NONE;
      }
    });
    return count[0];
  }

  /** Visits a type and collects nothing. */
  private static final SignatureVisitor NONE = new SignatureVisitor(Opcodes.ASM9) {};

  /**
   * Collects the classes a serialiser writes as elements: the type arguments of a collection, an
   * optional or a stream, and a map's values (its keys are written as text), not
   * those of other generic types ({@code Class<Contact>}).
   */
  private static final class Collector extends SignatureVisitor {
    private static final Set<String> CONTAINERS = Set.of(
        "java/lang/Iterable", "java/util/Collection", "java/util/List", "java/util/ArrayList",
        "java/util/LinkedList", "java/util/Set", "java/util/HashSet", "java/util/LinkedHashSet",
        "java/util/SortedSet", "java/util/TreeSet", "java/util/Queue", "java/util/Deque",
        "java/util/Optional", "java/util/stream/Stream");
    private static final Set<String> MAPS = Set.of(
        "java/util/Map", "java/util/HashMap", "java/util/LinkedHashMap", "java/util/SortedMap",
        "java/util/TreeMap", "java/util/concurrent/ConcurrentMap", "java/util/concurrent/ConcurrentHashMap");

    private final Elements elements;
    private final Set<String> names;
    private final boolean written;
    private String type;
    private int arguments;

    Collector(Elements elements, Set<String> names, boolean written) {
      super(Opcodes.ASM9);
      this.elements = elements;
      this.names = names;
      this.written = written;
    }

    @Override
    public void visitClassType(String name) {
      type = name;
      if (written) {
        names.add(name);
      }
    }

    @Override
    public void visitInnerClassType(String name) {
      type = null; // an inner class's type arguments are not a container's
    }

    @Override
    public void visitTypeArgument() {
      arguments++;
    }

    @Override
    public SignatureVisitor visitTypeArgument(char wildcard) {
      int position = arguments++;
      boolean key = MAPS.contains(type) && position == 0;
      boolean element = CONTAINERS.contains(type) || MAPS.contains(type) && position == 1;
      return new Collector(elements, key ? elements.keys() : elements.values(),
          (key || element) && wildcard != SignatureVisitor.SUPER);
    }

    @Override
    public SignatureVisitor visitArrayType() {
      return this;
    }
  }
}
