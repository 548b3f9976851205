package dev.piiguard.spotbugs.internal.taint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * A frame that also models mutation: when a library call stores a tainted value into its receiver
 * (a list, a builder, a {@code StringBuilder}) or a serialiser writes into the stream it is given, or
 * a value is stored into an array, every slot that holds the same object becomes tainted too. A
 * JDK writer constructed over another object ({@code new PrintWriter(stringWriter)}) is taken for
 * that object, as what is written into it ends up there.
 */
final class TaintFrame extends Frame<TaintValue> {
  private static final Set<String> WRITE_TARGETS =
      Set.of("Ljava/io/Writer;", "Ljava/io/OutputStream;", "Ljava/lang/Appendable;", "Ljava/io/PrintStream;");
  private final CallSemantics calls;

  TaintFrame(int numLocals, int numStack, CallSemantics calls) {
    super(numLocals, numStack);
    this.calls = calls;
  }

  TaintFrame(Frame<? extends TaintValue> frame, CallSemantics calls) {
    super(frame);
    this.calls = calls;
  }

  @Override
  public void execute(AbstractInsnNode insn, Interpreter<TaintValue> interpreter)
      throws AnalyzerException {
    int opcode = insn.getOpcode();
    if (opcode == Opcodes.INVOKEVIRTUAL
        || opcode == Opcodes.INVOKEINTERFACE
        || opcode == Opcodes.INVOKESPECIAL
        || opcode == Opcodes.INVOKESTATIC) {
      MethodInsnNode call = (MethodInsnNode) insn;
      boolean hasReceiver = opcode != Opcodes.INVOKESTATIC;
      int count = Type.getArgumentTypes(call.desc).length + (hasReceiver ? 1 : 0);
      List<TaintValue> values = new ArrayList<>(count);
      for (int i = getStackSize() - count; i < getStackSize(); i++) {
        values.add(getStack(i));
      }
      super.execute(insn, interpreter);
      // what an application method stored into the objects it was given
      calls.absorbedByArguments(call, values, hasReceiver)
          .forEach((position, taint) -> spread(values.get(position).alias(), taint, 0));
      // mapper.writeValue(out, order): the stream holds what was written into it
      calls.writtenBySerializer(call, values)
          .forEach((position, taint) -> spread(values.get(position).alias(), taint, 0));
      if (!hasReceiver) {
        return;
      }
      TaintValue receiver = values.get(0);
      TaintValue absorbed = calls.absorbedByReceiver(call, values);
      if (absorbed != null) {
        spread(receiver.alias(), absorbed.taint(), absorbed.flags());
      }
      int wrapped = wrappedArgument(call);
      if (wrapped > 0) {
        join(receiver.alias(), values.get(wrapped));
      }
      return;
    }
    if (opcode >= Opcodes.IASTORE && opcode <= Opcodes.SASTORE) {
      TaintValue array = getStack(getStackSize() - 3);
      TaintValue stored = getStack(getStackSize() - 1);
      super.execute(insn, interpreter);
      spread(array.alias(), calls.storedIntoArray(stored), stored.flags());
      return;
    }
    super.execute(insn, interpreter);
  }

  /**
   * The position (the receiver 0) of the writer, stream or {@code Appendable} a JDK writer, stream or
   * formatter is constructed over ({@code new PrintWriter(stringWriter)}, {@code new Formatter(builder)},
   * {@code new Formatter(printStream)}),
   * whose writes go into it; -1 for other calls.
   */
  private static int wrappedArgument(MethodInsnNode call) {
    if (!call.name.equals("<init>") || !call.owner.startsWith("java/")) {
      return -1;
    }
    Type[] parameters = Type.getArgumentTypes(call.desc);
    for (int i = 0; i < parameters.length; i++) {
      if (WRITE_TARGETS.contains(parameters[i].getDescriptor())) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Makes the object just constructed the same object as the one it wraps: a write into either is in both. */
  private void join(int wrapperAlias, TaintValue wrapped) {
    int alias = wrapped.alias();
    if (wrapperAlias == TaintValue.NO_ALIAS || alias == TaintValue.NO_ALIAS) {
      return;
    }
    for (int i = 0; i < getLocals(); i++) {
      TaintValue value = getLocal(i);
      if (value != null && value.alias() == wrapperAlias) {
        setLocal(i, value.withAlias(alias).withTaint(value.taint().union(wrapped.taint())));
      }
    }
    for (int i = 0; i < getStackSize(); i++) {
      TaintValue value = getStack(i);
      if (value != null && value.alias() == wrapperAlias) {
        setStack(i, value.withAlias(alias).withTaint(value.taint().union(wrapped.taint())));
      }
    }
  }

  private void spread(int alias, Taint taint, int flags) {
    if (alias == TaintValue.NO_ALIAS || (taint.isClean() && flags == 0)) {
      return;
    }
    for (int i = 0; i < getLocals(); i++) {
      TaintValue value = getLocal(i);
      if (value != null && value.alias() == alias) {
        setLocal(i, value.withTaint(value.taint().union(taint)).withFlags(value.flags() | flags));
      }
    }
    for (int i = 0; i < getStackSize(); i++) {
      TaintValue value = getStack(i);
      if (value != null && value.alias() == alias) {
        setStack(i, value.withTaint(value.taint().union(taint)).withFlags(value.flags() | flags));
      }
    }
  }
}
