package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.catalogue.BugPattern;
import dev.piiguard.spotbugs.internal.catalogue.SinkRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Reads a method's final frames: every sink call, call into a summarised method, lambda, field
 * store and return, turning what reaches them into findings (from real sources) or into the
 * method's summary (from its own parameters).
 */
final class FlowReporter implements Opcodes {
  private static final Set<String> STREAM_WRITES =
      Set.of("write", "print", "println", "printf", "format", "append", "writeBytes", "writeChars", "writeUTF");
  private static final String TO_STRING_DESCRIPTOR = "()Ljava/lang/String;";

  private final MethodAnalysis analysis;
  private final CallSemantics calls;
  private final Program program;
  private final Frame<TaintValue>[] frames;
  private final Set<Finding> findings = new LinkedHashSet<>();
  private final MethodSummary summary = new MethodSummary();
  private final Map<String, Taint> storedFields = new HashMap<>();

  FlowReporter(MethodAnalysis analysis, CallSemantics calls, Frame<TaintValue>[] frames) {
    this.analysis = analysis;
    this.calls = calls;
    this.program = analysis.program;
    this.frames = frames;
  }

  MethodResult report() {
    int index = 0;
    for (AbstractInsnNode insn = analysis.method.instructions.getFirst();
        insn != null;
        insn = insn.getNext(), index++) {
      Frame<TaintValue> frame = frames[index];
      if (frame == null) {
        continue;
      }
      int opcode = insn.getOpcode();
      if (insn instanceof MethodInsnNode) {
        call((MethodInsnNode) insn, frame);
      } else if (insn instanceof InvokeDynamicInsnNode) {
        lambdaCreated((InvokeDynamicInsnNode) insn, frame);
      } else if (opcode == PUTFIELD || opcode == PUTSTATIC) {
        fieldStored((FieldInsnNode) insn, top(frame, 0));
      } else if (opcode == AASTORE) {
        TaintValue array = top(frame, 2);
        if (array.field() != null) {
          storeIntoField(array.field(), calls.storedIntoArray(top(frame, 0)));
        }
      } else if (opcode >= IRETURN && opcode <= ARETURN) {
        returned(insn, top(frame, 0));
        parametersAbsorbed(frame);
      } else if (opcode == RETURN) {
        parametersAbsorbed(frame);
      }
    }
    return new MethodResult(new ArrayList<>(findings), summary, storedFields, analysis.dependencies());
  }

  private static TaintValue top(Frame<TaintValue> frame, int depth) {
    return frame.getStack(frame.getStackSize() - 1 - depth);
  }

  private static List<TaintValue> arguments(Frame<TaintValue> frame, int count) {
    List<TaintValue> values = new ArrayList<>(count);
    for (int i = frame.getStackSize() - count; i < frame.getStackSize(); i++) {
      values.add(frame.getStack(i));
    }
    return values;
  }

  private void call(MethodInsnNode insn, Frame<TaintValue> frame) {
    boolean hasReceiver = insn.getOpcode() != INVOKESTATIC;
    int receiverCount = hasReceiver ? 1 : 0;
    List<TaintValue> values = arguments(frame, Type.getArgumentTypes(insn.desc).length + receiverCount);
    int line = analysis.lineOf(insn);
    List<SinkRule> rules = program.sinks(insn.owner, insn.name, insn.desc);
    for (SinkRule rule : rules) {
      BugPattern pattern = upgradeForAiHost(rule.pattern(), values);
      String sinkName =
          Names.sink(insn.name.equals("<init>") ? insn.owner : rule.method().owner(), insn.name);
      if (rule.sendsReceiver() && hasReceiver) {
        reach(pattern, values.get(0).taint(), sinkName, line);
      }
      for (int i = receiverCount; i < values.size(); i++) {
        if (rule.sendsArgument(i - receiverCount)) {
          reach(pattern, sent(pattern, values.get(i), line), sinkName, line);
          LambdaInfo lambda = values.get(i).lambda();
          if (lambda != null) {
            // log.fine(() -> "verifying " + email): the sink calls the supplier and sends its result
            reach(pattern, calls.lambdaResult(lambda, Taint.CLEAN), sinkName, line);
            // headers(h -> h.set("X-Phone", phone)): the sink sends what the lambda stores into h
            reach(pattern, calls.lambdaAbsorbed(lambda), sinkName, line);
          }
        }
      }
    }
    if (!rules.isEmpty()) {
      return;
    }
    serializerWrites(insn, values, line);
    if (hasReceiver && TaintValue.isStreamFlag(values.get(0).flags()) && isStreamWrite(insn)) {
      for (BugPattern pattern : streamPatterns(values.get(0), values)) {
        for (int i = 1; i < values.size(); i++) {
          reach(pattern, analysis.effective(values.get(i)), Names.sink(insn.owner, insn.name), line);
        }
      }
      return;
    }
    ProxySink proxied = hasReceiver ? program.proxySink(insn.owner, insn.name, insn.desc) : null;
    if (proxied != null) {
      proxyCalled(proxied, insn, values, line);
    }
    // a client's fallback or local stub runs in place of the proxy: its code is followed too
    for (MethodRef target : program.targets(insn.getOpcode(), insn.owner, insn.name, insn.desc)) {
      applySummary(target, values, hasReceiver, line);
    }
    if (proxied != null) {
      return;
    }
    calls.absorbedByArguments(insn, values, hasReceiver).forEach((position, taint) -> {
      TaintValue argument = values.get(position);
      if (argument.field() != null) {
        storeIntoField(argument.field(), taint);
      }
      // writeContact(connection.getOutputStream(), contact): what the helper writes into the stream is sent
      for (BugPattern pattern : streamPatterns(argument, values)) {
        reach(pattern, taint, Names.sink(insn.owner, insn.name), line);
      }
    });
    LambdaInfo run = hasReceiver ? values.get(0).lambda() : null;
    if (run != null && run.isRunBy(insn.name)) {
      // Consumer<String> audit = log::info; audit.accept(email): the call runs the lambda
      Taint[] captured = new Taint[run.capturedCount()];
      for (int i = 0; i < captured.length; i++) {
        captured[i] = run.captured(i);
      }
      callLambda(run.implementation(), captured, CallSemantics.argumentsTaint(values), line);
    }
    feedLambdaArguments(values, hasReceiver, line);
    if (hasReceiver && values.get(0).field() != null) {
      TaintValue absorbed = calls.absorbedByReceiver(insn, values);
      if (absorbed != null) {
        storeIntoField(values.get(0).field(), absorbed.taint());
      }
    }
  }

  /** A JDK stream's or writer's write, or a catalogue stream-write ({@code generator.writeStringField(…)}). */
  private boolean isStreamWrite(MethodInsnNode insn) {
    return STREAM_WRITES.contains(insn.name) || program.isStreamWrite(insn.owner, insn.name, insn.desc);
  }

  /**
   * {@code mapper.writeValue(connection.getOutputStream(), order)}: what a serialiser writes into a
   * stream that leaves the application reaches that stream's sink; into a field, the field holds it.
   */
  private void serializerWrites(MethodInsnNode insn, List<TaintValue> values, int line) {
    calls.writtenBySerializer(insn, values).forEach((position, written) -> {
      TaintValue output = values.get(position);
      for (BugPattern pattern : streamPatterns(output, values)) {
        reach(pattern, written, Names.sink(insn.owner, insn.name), line);
      }
      if (output.field() != null) {
        storeIntoField(output.field(), written);
      }
    });
  }

  /**
   * A call of an interface a library's proxy implements: an AI service's prompt holds its arguments
   * as text; a declarative client's request holds them as text or serialises them as its body, but
   * for those it keeps out of the request.
   */
  private void proxyCalled(ProxySink sink, MethodInsnNode insn, List<TaintValue> values, int line) {
    BugPattern pattern = sink.pattern();
    boolean aiService = program.isAiService(insn.owner);
    String sinkName = (aiService ? "AI service " : "declarative client ") + Names.sink(insn.owner, insn.name);
    for (int i = 1; i < values.size(); i++) {
      if (!sink.sends(i - 1)) {
        // @RequestAttribute, Retrofit's @Tag: the client keeps the argument for its own filters
        continue;
      }
      Taint taint = aiService ? analysis.effective(values.get(i)) : sent(pattern, values.get(i), line);
      reach(pattern, taint, sinkName, line);
    }
  }

  /** The patterns of the sinks a stream's writes reach (an HTTP body to an AI host is an AI API's). */
  private List<BugPattern> streamPatterns(TaintValue stream, List<TaintValue> values) {
    List<BugPattern> patterns = new ArrayList<>(1);
    for (BugPattern pattern : BugPattern.values()) {
      if (stream.hasFlag(TaintValue.streamFlag(pattern))) {
        patterns.add(upgradeForAiHost(pattern, values));
      }
    }
    return patterns;
  }

  /**
   * What a sink sends of a value: its taint and what its {@code toString()} shows; a request body or
   * a prompt is also serialised whole ({@code restTemplate.postForObject(url, order, …)}).
   */
  private Taint sent(BugPattern pattern, TaintValue value, int line) {
    Taint sent = analysis.effective(value);
    if (pattern == BugPattern.PII_TO_HTTP || pattern == BugPattern.PII_TO_AI_API) {
      sent = sent.union(analysis.serializedLeak(value, SerializedLeak.Reading.PROPERTIES, line));
    }
    return sent;
  }

  /** A lambda handed to a library call whose receiver or other arguments are tainted gets that taint as its arguments. */
  private void feedLambdaArguments(List<TaintValue> values, boolean hasReceiver, int line) {
    for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
      LambdaInfo lambda = values.get(i).lambda();
      if (lambda == null) {
        continue;
      }
      Taint fed = Taint.CLEAN;
      for (int j = 0; j < values.size(); j++) {
        if (j != i) {
          fed = fed.union(values.get(j).taint());
        }
      }
      if (!fed.isClean()) {
        Taint[] captured = new Taint[lambda.capturedCount()];
        java.util.Arrays.fill(captured, Taint.CLEAN);
        callLambda(lambda.implementation(), captured, fed, line);
      }
    }
  }

  private void lambdaCreated(InvokeDynamicInsnNode insn, Frame<TaintValue> frame) {
    if (!insn.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
        || insn.bsmArgs.length < 2
        || !(insn.bsmArgs[1] instanceof Handle)) {
      return;
    }
    int count = Type.getArgumentTypes(insn.desc).length;
    List<TaintValue> values = arguments(frame, count);
    Taint[] captured = new Taint[count];
    boolean tainted = false;
    for (int i = 0; i < count; i++) {
      captured[i] = values.get(i).taint();
      tainted |= !captured[i].isClean();
    }
    if (tainted) {
      callLambda((Handle) insn.bsmArgs[1], captured, Taint.CLEAN, analysis.lineOf(insn));
    }
  }

  /** Treats running a lambda's implementation as a call at this line, with captured and fed argument taint. */
  private void callLambda(Handle implementation, Taint[] captured, Taint fed, int line) {
    String owner = implementation.getOwner();
    String name = implementation.getName();
    String descriptor = implementation.getDesc();
    boolean hasReceiver =
        implementation.getTag() != H_INVOKESTATIC && implementation.getTag() != H_NEWINVOKESPECIAL;
    Type[] arguments = Type.getArgumentTypes(descriptor);
    List<TaintValue> values = new ArrayList<>();
    if (hasReceiver) {
      values.add(TaintValue.of(Type.getObjectType(owner), captured.length > 0 ? captured[0] : fed));
    }
    for (Type argument : arguments) {
      int position = values.size();
      Taint taint = position < captured.length ? captured[position] : fed;
      values.add(TaintValue.of(argument, taint));
    }
    List<SinkRule> rules = program.sinks(owner, name, descriptor);
    int receiverCount = hasReceiver ? 1 : 0;
    for (SinkRule rule : rules) {
      String sinkName = Names.sink(rule.method().owner(), name);
      if (rule.sendsReceiver() && hasReceiver) {
        reach(rule.pattern(), values.get(0).taint(), sinkName, line);
      }
      for (int i = receiverCount; i < values.size(); i++) {
        if (rule.sendsArgument(i - receiverCount)) {
          reach(rule.pattern(), analysis.effective(values.get(i)), sinkName, line);
        }
      }
    }
    if (!rules.isEmpty()) {
      return;
    }
    int opcode = CallSemantics.invokeOpcode(implementation.getTag());
    for (MethodRef target : program.targets(opcode, owner, name, descriptor)) {
      applySummary(target, values, hasReceiver, line);
    }
  }

  private void applySummary(MethodRef target, List<TaintValue> values, boolean hasReceiver, int line) {
    analysis.depend(target.dependencyKey());
    MethodSummary callee = program.summary(target);
    boolean lambdaBody = target.name().startsWith("lambda$") && target.owner().equals(analysis.owner.name());
    String via = lambdaBody ? null : Names.method(target.owner(), target.name(), target.descriptor());
    for (SinkReach reach : callee.sinkReaches()) {
      if (reach.position() >= values.size()) {
        continue;
      }
      Taint taint = calls.argumentTaint(values, reach.position(), hasReceiver);
      int reported = lambdaBody && reach.sinkClass().equals(analysis.owner.name()) ? reach.sinkLine() : line;
      // new PaymentDeclinedException("card " + number): the message is made here, where it is thrown
      boolean ownException = reach.pattern() == BugPattern.PII_IN_EXCEPTION && target.name().equals("<init>")
          && program.classes.isSubtype(target.owner(), "java/lang/Throwable");
      String sinkName = ownException ? Names.sink(target.owner(), target.name()) : reach.sinkName();
      String sinkClass = ownException ? analysis.owner.name() : reach.sinkClass();
      int sinkLine = ownException ? line : reach.sinkLine();
      for (Origin origin : taint.origins()) {
        boolean indirect = reach.isIndirect() || origin.isIndirect();
        if (origin.isParameter()) {
          summary.addSinkReach(
              new SinkReach(origin.parameterPosition(), reach.pattern(), sinkName, sinkClass, sinkLine, indirect));
        } else {
          addFinding(finding(reach.pattern(), reported, origin, sinkName, sinkClass, sinkLine, ownException ? null : via, indirect));
        }
      }
    }
    for (String stored : callee.storedParameters()) {
      int colon = stored.indexOf(':');
      int position = Integer.parseInt(stored.substring(0, colon));
      if (position < values.size()) {
        storeIntoField(stored.substring(colon + 1), calls.argumentTaint(values, position, hasReceiver));
      }
    }
  }

  private void reach(BugPattern pattern, Taint taint, String sinkName, int line) {
    for (Origin origin : taint.origins()) {
      if (origin.isParameter()) {
        summary.addSinkReach(
            new SinkReach(origin.parameterPosition(), pattern, sinkName, analysis.owner.name(), line, origin.isIndirect()));
      } else {
        addFinding(finding(pattern, line, origin, sinkName, analysis.owner.name(), line, null, origin.isIndirect()));
      }
    }
  }

  /**
   * Keeps one finding per source, sink and line: a direct path wins over a path through a container
   * ({@code headers(h -> h.set("X-Email", email))} holds {@code email} in the lambda too).
   */
  private void addFinding(Finding finding) {
    if (!findings.add(finding) && !finding.isIndirect()) {
      findings.remove(finding);
      findings.add(finding);
    }
  }

  private void fieldStored(FieldInsnNode insn, TaintValue value) {
    if (program.declarations.sensitiveField(insn.owner, insn.name).isPresent()) {
      return;
    }
    storeIntoField(program.fieldKey(insn.owner, insn.name), value.taint());
  }

  private void storeIntoField(String fieldKey, Taint taint) {
    for (Origin origin : taint.origins()) {
      if (origin.isParameter()) {
        summary.addStoredParameter(origin.parameterPosition(), fieldKey);
      } else {
        storedFields.merge(fieldKey, Taint.of(origin), Taint::union);
      }
    }
  }

  /**
   * What the objects the method was given hold when it returns, beyond what they came with: a
   * helper that appends to its caller's {@code StringBuilder} or adds to its list.
   */
  private void parametersAbsorbed(Frame<TaintValue> frame) {
    for (int local = 0; local < frame.getLocals(); local++) {
      TaintValue value = frame.getLocal(local);
      int position = analysis.parameterPosition(local);
      if (value == null || position < 0 || value.alias() != MethodAnalysis.parameterAlias(local)
          || value.type() != null && value.type().getSort() == Type.OBJECT
              && CallSemantics.isImmutable(value.type().getInternalName())) {
        continue;
      }
      List<Origin> entry = analysis.parameterValue(local, value.type()).taint().origins();
      Taint added = Taint.CLEAN;
      for (Origin origin : value.taint().origins()) {
        if (!entry.contains(origin)) {
          added = added.union(Taint.of(origin));
        }
      }
      if (!added.isClean()) {
        summary.addAbsorbed(position, added);
      }
    }
  }

  private void returned(AbstractInsnNode insn, TaintValue value) {
    summary.addReturned(value.taint());
    summary.addReturnedLambda(value.lambda());
    if (!analysis.method.name.equals("toString") || !analysis.method.desc.equals(TO_STRING_DESCRIPTOR)) {
      return;
    }
    int line = analysis.lineOf(insn);
    String sinkName = Names.simpleClassName(analysis.owner.name()) + ".toString()";
    for (Origin origin : value.taint().origins()) {
      if (!origin.isParameter()) {
        addFinding(finding(BugPattern.PII_IN_TOSTRING, line, origin, sinkName, analysis.owner.name(), line, null, origin.isIndirect()));
      }
    }
  }

  private BugPattern upgradeForAiHost(BugPattern pattern, List<TaintValue> values) {
    if (pattern != BugPattern.PII_TO_HTTP) {
      return pattern;
    }
    for (TaintValue value : values) {
      if (value.hasFlag(TaintValue.FLAG_AI_HOST)) {
        return BugPattern.PII_TO_AI_API;
      }
    }
    return pattern;
  }

  private Finding finding(
      BugPattern pattern,
      int line,
      Origin origin,
      String sinkName,
      String sinkClass,
      int sinkLine,
      String via,
      boolean indirect) {
    return new Finding(
        pattern,
        analysis.owner.name(),
        analysis.method.name,
        analysis.method.desc,
        analysis.isStatic(),
        line,
        origin,
        sinkName,
        sinkClass,
        sinkLine,
        via,
        indirect);
  }
}
