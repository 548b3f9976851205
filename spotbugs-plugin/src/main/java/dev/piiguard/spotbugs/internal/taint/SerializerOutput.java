package dev.piiguard.spotbugs.internal.taint;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Where a serialiser that returns nothing writes ({@code mapper.writeValue(out, order)},
 * {@code gson.toJson(order, writer)}, {@code generator.writeObject(order)}): what it writes of the
 * object it is given goes into the stream, writer or generator it is given with it (or called on),
 * which then holds it as a string builder would.
 */
final class SerializerOutput {
  /** Parameter types of the object a serialiser writes out. */
  private static final Set<String> WRITTEN = Set.of("java/lang/Object", "com/google/gson/JsonElement");

  /**
   * Parameter types that receive what is written: streams, writers and generators. Not a {@code File}
   * or a {@code Path}, which name where the data goes: their names hold none of it.
   */
  private static final Set<String> WRITE_TARGETS = Set.of(
      "java/io/OutputStream", "java/io/Writer", "java/lang/Appendable", "java/io/DataOutput",
      "com/fasterxml/jackson/core/JsonGenerator", "com/google/gson/stream/JsonWriter");

  private final MethodAnalysis method;

  SerializerOutput(MethodAnalysis method) {
    this.method = method;
  }

  /** What the call writes into each of its output arguments, by position (the receiver 0); empty for other calls. */
  Map<Integer, Taint> written(MethodInsnNode insn, List<? extends TaintValue> values) {
    if (Type.getReturnType(insn.desc).getSort() != Type.VOID
        || insn.getOpcode() == Opcodes.INVOKESTATIC
        || !method.program.isSerializer(insn.owner, insn.name, insn.desc)) {
      return Map.of();
    }
    Type[] parameters = Type.getArgumentTypes(insn.desc);
    int first = values.size() - parameters.length;
    SerializedLeak.Reading reading = SerializedLeak.Reading.ofSerializer(insn.owner);
    Taint written = Taint.CLEAN;
    for (int i = 0; i < parameters.length; i++) {
      if (isOneOf(parameters[i], WRITTEN)) {
        TaintValue value = values.get(first + i);
        written = written.union(value.taint()).union(method.serializedLeak(value, reading, method.lineOf(insn)));
      }
    }
    if (written.isClean()) {
      return Map.of();
    }
    Map<Integer, Taint> outputs = new TreeMap<>();
    for (int i = 0; i < parameters.length; i++) {
      if (isOneOf(parameters[i], WRITE_TARGETS)) {
        outputs.put(first + i, written);
      }
    }
    if (outputs.isEmpty() && isWriteTarget(insn.owner)) {
      // generator.writeObject(contact): the generator writes the object into what it was made over
      outputs.put(0, written);
    }
    return outputs;
  }

  private boolean isWriteTarget(String owner) {
    for (String target : WRITE_TARGETS) {
      if (method.program.classes.isSubtype(owner, target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneOf(Type parameter, Set<String> internalNames) {
    return parameter.getSort() == Type.OBJECT && internalNames.contains(parameter.getInternalName());
  }
}
