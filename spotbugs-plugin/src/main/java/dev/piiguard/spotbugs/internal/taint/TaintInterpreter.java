package dev.piiguard.spotbugs.internal.taint;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Interpreter;

/** Computes the {@link TaintValue} each instruction produces; calls are delegated to {@link CallSemantics}. */
final class TaintInterpreter extends Interpreter<TaintValue> implements Opcodes {
  private static final Type OBJECT = Type.getObjectType("java/lang/Object");
  private static final Type STRING = Type.getObjectType("java/lang/String");

  private final MethodAnalysis method;
  private final CallSemantics calls;

  TaintInterpreter(MethodAnalysis method, CallSemantics calls) {
    super(ASM9);
    this.method = method;
    this.calls = calls;
  }

  @Override
  public TaintValue newValue(Type type) {
    if (type == null) {
      return TaintValue.UNINITIALIZED;
    }
    if (type.getSort() == Type.VOID) {
      return null;
    }
    return TaintValue.of(type, Taint.CLEAN);
  }

  @Override
  public TaintValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
    return method.parameterValue(local, type);
  }

  @Override
  public TaintValue newExceptionValue(
      org.objectweb.asm.tree.TryCatchBlockNode tryCatch,
      org.objectweb.asm.tree.analysis.Frame<TaintValue> handlerFrame,
      Type exceptionType) {
    return TaintValue.of(exceptionType, Taint.CLEAN);
  }

  @Override
  public TaintValue newOperation(AbstractInsnNode insn) {
    switch (insn.getOpcode()) {
      case ACONST_NULL:
        return TaintValue.of(OBJECT, Taint.CLEAN);
      case ICONST_M1:
      case ICONST_0:
      case ICONST_1:
      case ICONST_2:
      case ICONST_3:
      case ICONST_4:
      case ICONST_5:
        return intConstant(insn.getOpcode() - ICONST_0);
      case LCONST_0:
      case LCONST_1:
        return TaintValue.of(Type.LONG_TYPE, Taint.CLEAN);
      case FCONST_0:
      case FCONST_1:
      case FCONST_2:
        return TaintValue.of(Type.FLOAT_TYPE, Taint.CLEAN);
      case DCONST_0:
      case DCONST_1:
        return TaintValue.of(Type.DOUBLE_TYPE, Taint.CLEAN);
      case BIPUSH:
      case SIPUSH:
        return intConstant(((IntInsnNode) insn).operand);
      case LDC:
        return constant(((LdcInsnNode) insn).cst, insn);
      case JSR:
        return TaintValue.of(Type.VOID_TYPE, Taint.CLEAN);
      case GETSTATIC:
        return method.fieldRead((FieldInsnNode) insn, null);
      case NEW:
        Type created = Type.getObjectType(((TypeInsnNode) insn).desc);
        return TaintValue.of(created, method.typeTaint(created, insn)).withAlias(method.indexOf(insn));
      default:
        throw new IllegalStateException("unexpected opcode " + insn.getOpcode());
    }
  }

  private static TaintValue intConstant(int value) {
    return TaintValue.of(Type.INT_TYPE, Taint.CLEAN).withIntShape(IntShape.constant(value));
  }

  private TaintValue constant(Object value, AbstractInsnNode insn) {
    if (value instanceof Integer) {
      return intConstant((Integer) value);
    }
    if (value instanceof Long) {
      return TaintValue.of(Type.LONG_TYPE, Taint.CLEAN);
    }
    if (value instanceof Float) {
      return TaintValue.of(Type.FLOAT_TYPE, Taint.CLEAN);
    }
    if (value instanceof Double) {
      return TaintValue.of(Type.DOUBLE_TYPE, Taint.CLEAN);
    }
    if (value instanceof String) {
      TaintValue text = TaintValue.of(STRING, method.constantTaint((String) value, insn));
      return method.mentionsAiHost((String) value) ? text.withFlags(TaintValue.FLAG_AI_HOST) : text;
    }
    if (value instanceof Type) {
      int sort = ((Type) value).getSort();
      return TaintValue.of(
          Type.getObjectType(sort == Type.METHOD ? "java/lang/invoke/MethodType" : "java/lang/Class"),
          Taint.CLEAN);
    }
    if (value instanceof Handle) {
      return TaintValue.of(Type.getObjectType("java/lang/invoke/MethodHandle"), Taint.CLEAN);
    }
    return TaintValue.of(OBJECT, Taint.CLEAN);
  }

  @Override
  public TaintValue copyOperation(AbstractInsnNode insn, TaintValue value) {
    return value;
  }

  @Override
  public TaintValue unaryOperation(AbstractInsnNode insn, TaintValue value) {
    switch (insn.getOpcode()) {
      case INEG:
      case IINC:
      case I2B:
      case I2C:
      case I2S:
      case L2I:
      case F2I:
      case D2I:
        return TaintValue.of(Type.INT_TYPE, value.taint());
      case LNEG:
      case I2L:
      case F2L:
      case D2L:
        return TaintValue.of(Type.LONG_TYPE, value.taint());
      case FNEG:
      case I2F:
      case L2F:
      case D2F:
        return TaintValue.of(Type.FLOAT_TYPE, value.taint());
      case DNEG:
      case I2D:
      case L2D:
      case F2D:
        return TaintValue.of(Type.DOUBLE_TYPE, value.taint());
      case GETFIELD:
        return method.fieldRead((FieldInsnNode) insn, value);
      case NEWARRAY:
        return TaintValue.of(Type.getObjectType("[I"), Taint.CLEAN).withAlias(method.indexOf(insn));
      case ANEWARRAY:
        Type element = Type.getObjectType(((TypeInsnNode) insn).desc);
        return TaintValue.of(Type.getType("[" + element.getDescriptor()), Taint.CLEAN)
            .withAlias(method.indexOf(insn));
      case ARRAYLENGTH:
      case INSTANCEOF:
        return TaintValue.of(Type.INT_TYPE, Taint.CLEAN);
      case CHECKCAST:
        Type cast = Type.getObjectType(((TypeInsnNode) insn).desc);
        TaintValue castValue =
            new TaintValue(
                1, cast, value.taint(), value.alias(), value.field(), value.lambda(), null, value.flags());
        return castValue.withTaint(value.taint().union(method.typeTaint(cast, insn)));
      default:
        // Branches, switches, returns, throws, monitors and PUTSTATIC produce no value.
        return null;
    }
  }

  @Override
  public TaintValue binaryOperation(AbstractInsnNode insn, TaintValue value1, TaintValue value2) {
    switch (insn.getOpcode()) {
      case IALOAD:
      case BALOAD:
      case CALOAD:
      case SALOAD:
        return TaintValue.of(Type.INT_TYPE, value1.taint());
      case LALOAD:
        return TaintValue.of(Type.LONG_TYPE, value1.taint());
      case FALOAD:
        return TaintValue.of(Type.FLOAT_TYPE, value1.taint());
      case DALOAD:
        return TaintValue.of(Type.DOUBLE_TYPE, value1.taint());
      case AALOAD:
        Type array = value1.type();
        Type element =
            array != null && array.getSort() == Type.ARRAY
                ? Type.getType(array.getDescriptor().substring(1))
                : OBJECT;
        return TaintValue.of(element, value1.taint().indirect()).withAlias(method.indexOf(insn));
      case ISUB:
        return intArithmetic(value1, value2, -1);
      case IADD:
        return intArithmetic(value1, value2, 1);
      case IMUL:
      case IDIV:
      case IREM:
      case ISHL:
      case ISHR:
      case IUSHR:
      case IAND:
      case IOR:
      case IXOR:
        return TaintValue.of(Type.INT_TYPE, value1.taint().union(value2.taint()));
      case LADD:
      case LSUB:
      case LMUL:
      case LDIV:
      case LREM:
      case LSHL:
      case LSHR:
      case LUSHR:
      case LAND:
      case LOR:
      case LXOR:
        return TaintValue.of(Type.LONG_TYPE, value1.taint().union(value2.taint()));
      case FADD:
      case FSUB:
      case FMUL:
      case FDIV:
      case FREM:
        return TaintValue.of(Type.FLOAT_TYPE, value1.taint().union(value2.taint()));
      case DADD:
      case DSUB:
      case DMUL:
      case DDIV:
      case DREM:
        return TaintValue.of(Type.DOUBLE_TYPE, value1.taint().union(value2.taint()));
      case LCMP:
      case FCMPL:
      case FCMPG:
      case DCMPL:
      case DCMPG:
        // A comparison says nothing about the value itself.
        return TaintValue.of(Type.INT_TYPE, Taint.CLEAN);
      default:
        // IF_ICMPxx, IF_ACMPxx and PUTFIELD produce no value.
        return null;
    }
  }

  private static TaintValue intArithmetic(TaintValue left, TaintValue right, int sign) {
    TaintValue result = TaintValue.of(Type.INT_TYPE, left.taint().union(right.taint()));
    IntShape a = left.intShape();
    IntShape b = right.intShape();
    if (a != null && b != null && b.isConstant()) {
      int constant = a.constant() - sign * b.constant();
      if (a.isConstant()) {
        return result.withIntShape(IntShape.constant(a.constant() + sign * b.constant()));
      }
      return result.withIntShape(a.withConstant(constant));
    }
    return result;
  }

  @Override
  public TaintValue ternaryOperation(
      AbstractInsnNode insn, TaintValue value1, TaintValue value2, TaintValue value3) {
    return null;
  }

  @Override
  public TaintValue naryOperation(AbstractInsnNode insn, List<? extends TaintValue> values) {
    switch (insn.getOpcode()) {
      case MULTIANEWARRAY:
        return TaintValue.of(Type.getType(((MultiANewArrayInsnNode) insn).desc), Taint.CLEAN)
            .withAlias(method.indexOf(insn));
      case INVOKEDYNAMIC:
        return calls.invokeDynamic((InvokeDynamicInsnNode) insn, values);
      default:
        return calls.invoke((MethodInsnNode) insn, values);
    }
  }

  @Override
  public void returnOperation(AbstractInsnNode insn, TaintValue value, TaintValue expected) {
    // Returns are read from the final frames by FlowReporter.
  }

  @Override
  public TaintValue merge(TaintValue value1, TaintValue value2) {
    return value1.merge(value2);
  }
}
