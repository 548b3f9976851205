package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.MemberFacts;
import dev.piiguard.spotbugs.internal.model.SensitiveConstant;
import dev.piiguard.spotbugs.internal.model.SensitiveMember;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Analyses one method of the application: runs the taint dataflow over its bytecode with the current
 * whole-application facts, then reads findings and the method's summary off the frames.
 */
final class MethodAnalysis {
  static final String TO_STRING_DEPENDENCY = "m:toString()Ljava/lang/String;";
  private static final int PARAMETER_ALIAS_BASE = 100_000;

  final Program program;
  final ClassFacts owner;
  final MethodNode method;
  final MethodRef reference;
  private final int[] lines;
  private final int[] slotToPosition;
  private final int receiverCount;
  private final Set<String> dependencies = new HashSet<>();

  MethodAnalysis(Program program, ClassFacts owner, MethodNode method) {
    this.program = program;
    this.owner = owner;
    this.method = method;
    this.reference = new MethodRef(owner.name(), method.name, method.desc);
    this.receiverCount = (method.access & Opcodes.ACC_STATIC) == 0 ? 1 : 0;
    this.lines = lineNumbers(method);
    this.slotToPosition = slotToPosition(method.desc, receiverCount);
  }

  /** Runs the dataflow and reports what it found. */
  MethodResult run() throws AnalyzerException {
    CallSemantics calls = new CallSemantics(this);
    TaintAnalyzer analyzer = new TaintAnalyzer(new TaintInterpreter(this, calls), calls);
    Frame<TaintValue>[] frames = analyzer.analyze(owner.name(), method);
    return new FlowReporter(this, calls, frames).report();
  }

  Set<String> dependencies() {
    return dependencies;
  }

  void depend(String key) {
    dependencies.add(key);
  }

  int indexOf(AbstractInsnNode insn) {
    return method.instructions.indexOf(insn);
  }

  int lineOf(AbstractInsnNode insn) {
    int index = indexOf(insn);
    return index >= 0 && index < lines.length ? lines[index] : -1;
  }

  /** The first line of the method, where its parameters are said to be read. */
  int firstLine() {
    for (int line : lines) {
      if (line > 0) {
        return line;
      }
    }
    return -1;
  }

  boolean isStatic() {
    return receiverCount == 0;
  }

  /** Number of argument positions, the receiver included. */
  int positionCount() {
    return receiverCount + Type.getArgumentTypes(method.desc).length;
  }

  /** The alias a parameter's value has on entry: the object the caller passed. */
  static int parameterAlias(int local) {
    return PARAMETER_ALIAS_BASE + local;
  }

  /** The argument position (the receiver 0) of the parameter in this local slot, or -1. */
  int parameterPosition(int local) {
    return local < slotToPosition.length ? slotToPosition[local] : -1;
  }

  TaintValue parameterValue(int local, Type type) {
    int position = local < slotToPosition.length ? slotToPosition[local] : -1;
    if (position < 0) {
      return TaintValue.of(type, Taint.CLEAN);
    }
    Taint taint = Taint.of(Origin.parameter(position));
    if (position >= receiverCount) {
      MemberFacts facts = owner.method(method.name, method.desc);
      int declared = position - receiverCount;
      String piiTypes = facts == null ? "" : program.declarations.parameterPiiTypes(owner.name(), facts, declared);
      if (!piiTypes.isEmpty()) {
        String description =
            "parameter " + facts.parameterName(declared) + " of " + Names.method(owner.name(), method.name, method.desc);
        taint = taint.union(Taint.of(Origin.source(description, piiTypes, owner.name(), firstLine())));
      }
    }
    taint = taint.union(typeTaint(type, firstLine()));
    return TaintValue.of(type, taint).withAlias(parameterAlias(local));
  }

  TaintValue fieldRead(FieldInsnNode insn, TaintValue object) {
    Type type = Type.getType(insn.desc);
    int line = lineOf(insn);
    Taint taint = Taint.CLEAN;
    Optional<SensitiveMember> declared = program.declarations.sensitiveField(insn.owner, insn.name);
    if (declared.isPresent()) {
      String description = Names.field(declared.get().declarer().name(), insn.name);
      taint = Taint.of(Origin.source(description, declared.get().piiTypes(), owner.name(), line));
    } else {
      String typeLevel = program.declarations.typeLevelPiiTypes(insn.owner);
      if (!typeLevel.isEmpty()) {
        taint = Taint.of(Origin.source(Names.field(insn.owner, insn.name), typeLevel, owner.name(), line));
      }
    }
    String key = program.fieldKey(insn.owner, insn.name);
    depend("f:" + key);
    taint = taint.union(program.fieldTaint(key)).union(typeTaint(type, line));
    if (object != null) {
      taint = taint.union(object.taint());
    }
    int flags = object == null ? program.streamFlags(insn.owner, insn.name, "") : 0;
    return TaintValue.of(type, taint).withAlias(indexOf(insn)).withField(key).withFlags(flags);
  }

  /** The taint of a text constant the code loads: a sensitive {@code static final} field's value, or none. */
  Taint constantTaint(String text, AbstractInsnNode insn) {
    Taint taint = Taint.CLEAN;
    for (SensitiveConstant constant : program.declarations.sensitiveConstants(text)) {
      String description = Names.field(constant.declarer().name(), constant.fieldName());
      taint = taint.union(Taint.of(Origin.source(description, constant.piiTypes(), owner.name(), lineOf(insn))));
    }
    return taint;
  }

  Taint typeTaint(Type type, AbstractInsnNode insn) {
    return typeTaint(type, lineOf(insn));
  }

  Taint typeTaint(Type type, int line) {
    String piiTypes = program.declarations.valueTypePiiTypes(type);
    if (piiTypes.isEmpty()) {
      return Taint.CLEAN;
    }
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    return Taint.of(Origin.source(Names.simpleClassName(element.getInternalName()), piiTypes, owner.name(), line));
  }

  /** The taint of a value where it is turned into text: its own, plus what its type's toString() reveals. */
  Taint effective(TaintValue value) {
    return value.taint().union(toStringLeak(value.type()));
  }

  /** Sources that {@code toString()} of an application type includes, from its summary. */
  Taint toStringLeak(Type type) {
    if (type == null) {
      return Taint.CLEAN;
    }
    Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
    if (element.getSort() != Type.OBJECT || !program.classes.isApplicationClass(element.getInternalName())) {
      return Taint.CLEAN;
    }
    depend(TO_STRING_DEPENDENCY);
    Taint leak = Taint.CLEAN;
    for (MethodRef target :
        program.targets(Opcodes.INVOKEVIRTUAL, element.getInternalName(), "toString", "()Ljava/lang/String;")) {
      for (Origin origin : program.summary(target).returned().origins()) {
        if (!origin.isParameter()) {
          leak = leak.union(Taint.of(origin));
        }
      }
    }
    return leak;
  }

  /**
   * What a serialiser that reads an object this way writes of a value ({@link SerializedLeak}): by its type, and for a collection, an optional or a map
   * also by the elements its declaration names ({@code List<Contact>}), which the bytecode erases:
   * a parameter's, a field's or an application method's result.
   */
  Taint serializedLeak(TaintValue value, SerializedLeak.Reading reading, int line) {
    SerializedLeak leak = new SerializedLeak(this, reading, line);
    return leak.of(value.type()).union(leak.ofElements(declaredElements(value)));
  }

  private TypeArguments.Elements declaredElements(TaintValue value) {
    int alias = value.alias();
    if (alias >= PARAMETER_ALIAS_BASE) {
      int position = parameterPosition(alias - PARAMETER_ALIAS_BASE);
      int declared = (method.access & Opcodes.ACC_STATIC) != 0 ? position : position - 1;
      MemberFacts facts = owner.method(method.name, method.desc);
      if (declared < 0 || facts == null || facts.signature() == null) {
        return TypeArguments.none();
      }
      // the signature leaves out leading synthetic parameters (an inner class's outer instance, an
      // enum's name and ordinal) that the descriptor has
      declared -= Type.getArgumentTypes(method.desc).length - TypeArguments.parameterCount(facts.signature());
      return declared < 0 ? TypeArguments.none() : TypeArguments.ofParameter(facts.signature(), declared);
    }
    AbstractInsnNode created = alias >= 0 && alias < method.instructions.size() ? method.instructions.get(alias) : null;
    if (created instanceof MethodInsnNode) {
      MethodInsnNode call = (MethodInsnNode) created;
      MemberFacts target = program.classes.find(call.owner).map(facts -> facts.method(call.name, call.desc)).orElse(null);
      return TypeArguments.ofReturnType(target == null ? null : target.signature());
    }
    if (created instanceof FieldInsnNode) {
      FieldInsnNode load = (FieldInsnNode) created;
      MemberFacts field = program.classes.find(load.owner).map(facts -> facts.field(load.name)).orElse(null);
      return TypeArguments.ofField(field == null ? null : field.signature());
    }
    return TypeArguments.none();
  }

  boolean mentionsAiHost(String text) {
    return program.catalogue.mentionsAiHost(text);
  }

  private static int[] lineNumbers(MethodNode method) {
    int[] lines = new int[method.instructions.size()];
    int current = -1;
    int index = 0;
    for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
      if (insn instanceof LineNumberNode) {
        current = ((LineNumberNode) insn).line;
      }
      lines[index++] = current;
    }
    return lines;
  }

  private static int[] slotToPosition(String descriptor, int receiverCount) {
    Type[] arguments = Type.getArgumentTypes(descriptor);
    int slots = receiverCount;
    for (Type argument : arguments) {
      slots += argument.getSize();
    }
    int[] map = new int[slots];
    Arrays.fill(map, -1);
    if (receiverCount == 1) {
      map[0] = 0;
    }
    int slot = receiverCount;
    for (int i = 0; i < arguments.length; i++) {
      map[slot] = receiverCount + i;
      slot += arguments[i].getSize();
    }
    return map;
  }
}
