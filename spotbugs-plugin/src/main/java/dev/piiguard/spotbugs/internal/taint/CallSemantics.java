package dev.piiguard.spotbugs.internal.taint;

import dev.piiguard.spotbugs.internal.model.ClassFacts;
import dev.piiguard.spotbugs.internal.model.PiiTypes;
import dev.piiguard.spotbugs.internal.model.SensitiveMember;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * What a call does to taint: sources and sanitizers, summaries of application methods, the default
 * for library methods (the result carries what went in), string concatenation, lambdas, and the
 * generated {@code toString()} of records.
 */
final class CallSemantics {
  /**
   * Library types whose methods transform text without a container in between: flows through them
   * stay direct, and the objects they are given count with what their toString() shows (Log4j 2's
   * messages render their parameters so: {@code new ObjectMessage(customer)}).
   */
  static final Set<String> DIRECT_OWNERS =
      Set.of(
          "java/lang/String",
          "java/lang/StringBuilder",
          "java/lang/StringBuffer",
          "java/lang/AbstractStringBuilder",
          "java/lang/CharSequence",
          "java/lang/Object",
          "java/util/Objects",
          "java/util/Formatter",
          "java/util/StringJoiner",
          "java/text/MessageFormat",
          "java/net/URI",
          "java/net/URL",
          "java/net/URLEncoder",
          "java/lang/Integer",
          "java/lang/Long",
          "java/lang/Short",
          "java/lang/Byte",
          "java/lang/Character",
          "java/lang/Double",
          "java/lang/Float",
          "java/math/BigInteger",
          "java/math/BigDecimal",
          "java/nio/charset/Charset",
          "org/apache/logging/log4j/message/ObjectMessage",
          "org/apache/logging/log4j/message/ReusableObjectMessage",
          "org/apache/logging/log4j/message/ParameterizedMessage",
          "org/apache/logging/log4j/message/ReusableParameterizedMessage",
          "org/apache/logging/log4j/message/FormattedMessage",
          "org/apache/logging/log4j/message/StringFormattedMessage",
          "org/apache/logging/log4j/message/MessageFormatMessage",
          "org/apache/logging/log4j/message/LocalizedMessage");

  /** Calls that look something up or test it: the argument does not end up inside the receiver. */
  private static final List<String> LOOKUP_PREFIXES =
      List.of(
          "get", "contains", "indexOf", "lastIndexOf", "remove", "equals", "compare", "is", "has",
          "matches", "startsWith", "endsWith", "find", "lookup", "test", "search", "hashCode");

  private static final Set<String> IMMUTABLE = Set.of(
      "java/lang/String", "java/lang/Integer", "java/lang/Long", "java/lang/Short", "java/lang/Byte",
      "java/lang/Character", "java/lang/Boolean", "java/lang/Double", "java/lang/Float",
      "java/math/BigInteger", "java/math/BigDecimal", "java/net/URI", "java/util/Optional", "java/util/UUID");

  /** Names of calls that store what they are given, whatever they return. */
  private static final List<String> MUTATOR_PREFIXES =
      List.of(
          "add", "put", "set", "append", "insert", "push", "offer", "with", "merge", "compute", "replace",
          "update", "store", "enqueue", "register");

  private static final Set<String> ELEMENT_MAPPERS = Set.of("map", "flatMap", "mapToObj", "mapMulti");

  private static final int SHORT_SLICE = 4;
  private static final String LAMBDA_FACTORY = "java/lang/invoke/LambdaMetafactory";
  private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";
  private static final Type STRING = Type.getObjectType("java/lang/String");

  private final MethodAnalysis method;
  private final Program program;
  private final SerializerOutput serializerOutput;

  CallSemantics(MethodAnalysis method) {
    this.method = method;
    this.program = method.program;
    this.serializerOutput = new SerializerOutput(method);
  }

  /** What a serialiser that returns nothing writes into its output arguments, by position (the receiver 0). */
  java.util.Map<Integer, Taint> writtenBySerializer(MethodInsnNode insn, List<? extends TaintValue> values) {
    return serializerOutput.written(insn, values);
  }

  TaintValue invoke(MethodInsnNode insn, List<? extends TaintValue> values) {
    Type returned = Type.getReturnType(insn.desc);
    if (returned.getSort() == Type.VOID) {
      return null;
    }
    int index = method.indexOf(insn);
    int flags = flags(values);
    flags |= program.streamFlags(insn.owner, insn.name, insn.desc);
    boolean hasReceiver = insn.getOpcode() != Opcodes.INVOKESTATIC;
    int alias = hasReceiver && returnsReceiver(insn, values.get(0)) ? values.get(0).alias() : index;
    if (program.isSanitizer(insn.owner, insn.name, insn.desc)) {
      return TaintValue.of(returned, Taint.CLEAN).withAlias(alias).withFlags(flags);
    }
    if (!program.sinks(insn.owner, insn.name, insn.desc).isEmpty()) {
      // The arguments were reported at the sink; a builder it returns still holds what it held
      // before (ChatCompletionCreateParams.builder().user(email).addUserMessage(question)).
      Taint kept = alias == index ? Taint.CLEAN : values.get(0).taint();
      return TaintValue.of(returned, kept).withAlias(alias).withFlags(flags);
    }
    Taint taint = declaredSource(insn.owner, insn.name, insn.desc, method.lineOf(insn));
    taint = taint.union(method.typeTaint(returned, insn));
    List<MethodRef> targets = program.targets(insn.getOpcode(), insn.owner, insn.name, insn.desc);
    if (!targets.isEmpty()) {
      method.depend("m:" + insn.name + insn.desc);
      boolean declared = !taint.isClean();
      for (MethodRef target : targets) {
        Taint summarised = program.summary(target).returned();
        // A declared source is reported where it is called, not where the callee reads its field.
        taint = taint.union(declared ? onlyFromArguments(summarised, values, hasReceiver) : substitute(summarised, values, hasReceiver));
      }
      TaintValue result = TaintValue.of(returned, taint).withAlias(index).withFlags(flags);
      LambdaInfo lambda = returnedLambda(targets, values, hasReceiver);
      return lambda == null ? result : result.withLambda(lambda);
    }
    if (program.isSerializer(insn.owner, insn.name, insn.desc)) {
      for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
        taint = taint.union(
            method.serializedLeak(values.get(i), SerializedLeak.Reading.ofSerializer(insn.owner), method.lineOf(insn)));
      }
    }
    if (returned.getSort() < Type.ARRAY) {
      if (program.isPropagator(insn.owner, insn.name, insn.desc)) {
        taint = taint.union(inputs(insn, values, hasReceiver));
      }
      TaintValue primitive = TaintValue.of(returned, taint);
      return isLength(insn) && hasReceiver ? primitive.withIntShape(IntShape.lengthMinus(0, values.get(0))) : primitive;
    }
    if (isShortSlice(insn, values)) {
      return TaintValue.of(returned, taint).withAlias(index);
    }
    if (hasReceiver && isMapValueInPlace(insn)) {
      // map.computeIfAbsent(key, k -> new ArrayList<>()).add(value): the list stays in the map
      alias = values.get(0).alias();
    }
    LambdaInfo run = hasReceiver ? values.get(0).lambda() : null;
    if (run != null && run.isRunBy(insn.name)) {
      // Supplier<String> contact = customer::email; contact.get()
      taint = taint.union(lambdaResult(run, argumentsTaint(values)));
    }
    TaintValue result =
        TaintValue.of(returned, taint.union(inputs(insn, values, hasReceiver))).withAlias(alias).withFlags(flags);
    // transcript.append("contact ").append(email): the second call stores into the field too
    return alias != index && values.get(0).field() != null ? result.withField(values.get(0).field()) : result;
  }

  /**
   * The lambda the one application method a call runs returns ({@code headers(headersFor(customer))}),
   * with the caller's arguments put in for the parameters it captured; null when there is none.
   */
  private LambdaInfo returnedLambda(List<MethodRef> targets, List<? extends TaintValue> values, boolean hasReceiver) {
    LambdaInfo lambda = targets.size() == 1 ? program.summary(targets.get(0)).returnedLambda() : null;
    if (lambda == null) {
      return null;
    }
    Taint[] captured = new Taint[lambda.capturedCount()];
    for (int i = 0; i < captured.length; i++) {
      captured[i] = substitute(lambda.captured(i), values, hasReceiver);
    }
    return lambda.withCaptured(captured);
  }

  /** What flows from the receiver and arguments of a library call into its result. */
  private Taint inputs(MethodInsnNode insn, List<? extends TaintValue> values, boolean hasReceiver) {
    Taint flowing = Taint.CLEAN;
    Taint receiverTaint = Taint.CLEAN;
    // A lookup (map.get(key), repository.findByEmail(email)) returns what the receiver holds, not its key.
    boolean argumentsFlow = DIRECT_OWNERS.contains(insn.owner) || !isLookup(insn.name);
    // ...but map.getOrDefault(key, fallback) may return its fallback.
    int fallback = insn.name.equals("getOrDefault") ? values.size() - 1 : -1;
    for (int i = 0; i < values.size(); i++) {
      TaintValue value = values.get(i);
      if (i == 0 && hasReceiver) {
        receiverTaint = insn.name.equals("toString") ? method.effective(value) : value.taint();
        flowing = flowing.union(receiverTaint);
      } else if (argumentsFlow || i == fallback) {
        flowing = flowing.union(rendered(insn.owner, value));
      }
    }
    Taint mapped = Taint.CLEAN;
    boolean mapping = false;
    for (int i = hasReceiver ? 1 : 0; i < values.size(); i++) {
      LambdaInfo lambda = values.get(i).lambda();
      if (lambda != null) {
        Taint result = lambdaResult(lambda, receiverTaint);
        flowing = flowing.union(result);
        mapped = mapped.union(result);
        mapping = true;
      }
    }
    if (mapping && isElementMapping(insn)) {
      // stream.map(Masks::maskEmail): each element is replaced by what the function returns
      return mapped.indirect();
    }
    return DIRECT_OWNERS.contains(insn.owner) ? flowing : flowing.indirect();
  }

  /** Sources declared on the called method: {@code @Sensitive} (a record component's accessor too) or a catalogue source. */
  Taint declaredSource(String owner, String name, String descriptor, int line) {
    Taint taint = Taint.CLEAN;
    Optional<SensitiveMember> declared = program.sensitiveMethod(owner, name, descriptor);
    if (declared.isPresent()) {
      ClassFacts declarer = declared.get().declarer();
      boolean accessor = declarer.isRecord() && descriptor.startsWith("()");
      String description =
          accessor ? Names.field(declarer.name(), name) : Names.method(declarer.name(), name, descriptor);
      taint = Taint.of(Origin.source(description, declared.get().piiTypes(), method.owner.name(), line));
    }
    if (program.isCatalogueSource(owner, name, descriptor)) {
      Origin source = Origin.source(Names.method(owner, name, descriptor), PiiTypes.OTHER, method.owner.name(), line);
      taint = taint.union(Taint.of(source));
    }
    return taint;
  }

  /** Replaces parameter origins of a callee's summary by the taint of the caller's arguments. */
  Taint substitute(Taint summarised, List<? extends TaintValue> values, boolean hasReceiver) {
    Taint result = Taint.CLEAN;
    for (Origin origin : summarised.origins()) {
      if (!origin.isParameter()) {
        result = result.union(Taint.of(origin));
        continue;
      }
      int position = origin.parameterPosition();
      if (position < values.size()) {
        Taint argument = argumentTaint(values, position, hasReceiver);
        result = result.union(origin.isIndirect() ? argument.indirect() : argument);
      }
    }
    return result;
  }

  private Taint onlyFromArguments(Taint summarised, List<? extends TaintValue> values, boolean hasReceiver) {
    Taint parameters = Taint.CLEAN;
    for (Origin origin : summarised.origins()) {
      if (origin.isParameter()) {
        parameters = parameters.union(Taint.of(origin));
      }
    }
    return substitute(parameters, values, hasReceiver);
  }

  /**
   * The taint of an argument as a callee sees it. An object whose toString() leaks is not tainted
   * by that alone: the callee's own analysis reports it if it turns the object into text.
   */
  Taint argumentTaint(List<? extends TaintValue> values, int position, boolean hasReceiver) {
    return values.get(position).taint();
  }

  /** What a lambda returns when called with arguments carrying {@code fed}; nothing for a sanitizer's reference. */
  Taint lambdaResult(LambdaInfo lambda, Taint fed) {
    Handle implementation = lambda.implementation();
    if (program.isSanitizer(implementation.getOwner(), implementation.getName(), implementation.getDesc())) {
      return Taint.CLEAN;
    }
    Taint taint =
        declaredSource(implementation.getOwner(), implementation.getName(), implementation.getDesc(), -1);
    Type returned = Type.getReturnType(implementation.getDesc());
    taint = taint.union(method.typeTaint(returned, -1));
    int opcode = invokeOpcode(implementation.getTag());
    List<MethodRef> targets =
        program.targets(opcode, implementation.getOwner(), implementation.getName(), implementation.getDesc());
    if (!targets.isEmpty()) {
      method.depend("m:" + implementation.getName() + implementation.getDesc());
      for (MethodRef target : targets) {
        for (Origin origin : program.summary(target).returned().origins()) {
          if (!origin.isParameter()) {
            taint = taint.union(Taint.of(origin));
          } else {
            int position = origin.parameterPosition();
            taint = taint.union(position < lambda.capturedCount() ? lambda.captured(position) : fed);
          }
        }
      }
    } else if (returned.getSort() >= Type.ARRAY) {
      // a library method's reference (String::trim, email::strip): its result carries what went in
      taint = taint.union(fed);
      for (int i = 0; i < lambda.capturedCount(); i++) {
        taint = taint.union(lambda.captured(i));
      }
    }
    return taint;
  }

  /**
   * What a lambda stores into the objects it is called with ({@code h -> h.set("X-Phone", phone)}),
   * from its implementation's summary, with the values it captured put in for their parameters. The
   * store into the object a sink hands it is the sending itself, not a container on the way: a value
   * read in the lambda counts as direct, as in {@code header("X-Phone", phone)}; a captured one as it
   * was captured.
   */
  Taint lambdaAbsorbed(LambdaInfo lambda) {
    Handle implementation = lambda.implementation();
    int opcode = invokeOpcode(implementation.getTag());
    List<MethodRef> targets =
        program.targets(opcode, implementation.getOwner(), implementation.getName(), implementation.getDesc());
    if (targets.isEmpty()) {
      return Taint.CLEAN;
    }
    method.depend("m:" + implementation.getName() + implementation.getDesc());
    Taint taint = Taint.CLEAN;
    for (MethodRef target : targets) {
      for (java.util.Map.Entry<Integer, Taint> absorbed : program.summary(target).absorbedByParameters().entrySet()) {
        if (absorbed.getKey() < lambda.capturedCount()) {
          continue;
        }
        for (Origin origin : absorbed.getValue().origins()) {
          if (!origin.isParameter()) {
            taint = taint.union(Taint.of(origin.direct()));
          } else if (origin.parameterPosition() < lambda.capturedCount()) {
            taint = taint.union(lambda.captured(origin.parameterPosition()));
          }
        }
      }
    }
    return taint;
  }

  static int invokeOpcode(int handleTag) {
    switch (handleTag) {
      case Opcodes.H_INVOKESTATIC:
        return Opcodes.INVOKESTATIC;
      case Opcodes.H_INVOKEINTERFACE:
        return Opcodes.INVOKEINTERFACE;
      case Opcodes.H_INVOKESPECIAL:
      case Opcodes.H_NEWINVOKESPECIAL:
        return Opcodes.INVOKESPECIAL;
      default:
        return Opcodes.INVOKEVIRTUAL;
    }
  }

  TaintValue invokeDynamic(InvokeDynamicInsnNode insn, List<? extends TaintValue> values) {
    Type returned = Type.getReturnType(insn.desc);
    int index = method.indexOf(insn);
    String factory = insn.bsm.getOwner();
    if (factory.equals(CONCAT_FACTORY)) {
      Taint taint = Taint.CLEAN;
      for (TaintValue value : values) {
        taint = taint.union(method.effective(value));
      }
      for (Object recipeConstant : insn.bsmArgs) {
        if (recipeConstant instanceof String) {
          taint = taint.union(method.constantTaint((String) recipeConstant, insn));
        }
      }
      return TaintValue.of(returned, taint).withAlias(index).withFlags(flags(values));
    }
    if (factory.equals(LAMBDA_FACTORY) && insn.bsmArgs.length > 1 && insn.bsmArgs[1] instanceof Handle) {
      Taint[] captured = new Taint[values.size()];
      Taint taint = Taint.CLEAN;
      for (int i = 0; i < captured.length; i++) {
        captured[i] = values.get(i).taint();
        taint = taint.union(captured[i]);
      }
      LambdaInfo lambda = new LambdaInfo((Handle) insn.bsmArgs[1], captured, insn.name);
      return TaintValue.of(returned, taint.indirect()).withAlias(index).withLambda(lambda);
    }
    if (factory.equals(OBJECT_METHODS)) {
      return insn.name.equals("toString")
          ? TaintValue.of(STRING, recordToString(insn, values)).withAlias(index)
          : TaintValue.of(returned, Taint.CLEAN);
    }
    if (returned.getSort() < Type.ARRAY) {
      return TaintValue.of(returned, Taint.CLEAN);
    }
    Taint taint = Taint.CLEAN;
    for (TaintValue value : values) {
      taint = taint.union(value.taint());
    }
    return TaintValue.of(returned, taint).withAlias(index);
  }

  /** A record's generated toString() prints every component its bootstrap arguments name. */
  private Taint recordToString(InvokeDynamicInsnNode insn, List<? extends TaintValue> values) {
    Taint taint = values.isEmpty() ? Taint.CLEAN : values.get(0).taint();
    int line = method.lineOf(insn);
    for (Object argument : insn.bsmArgs) {
      if (!(argument instanceof Handle) || ((Handle) argument).getTag() != Opcodes.H_GETFIELD) {
        continue;
      }
      Handle getter = (Handle) argument;
      Optional<SensitiveMember> component = program.declarations.sensitiveField(getter.getOwner(), getter.getName());
      if (component.isPresent()) {
        String description = Names.field(getter.getOwner(), getter.getName());
        taint = taint.union(Taint.of(Origin.source(description, component.get().piiTypes(), method.owner.name(), line)));
      }
      String key = program.fieldKey(getter.getOwner(), getter.getName());
      method.depend("f:" + key);
      Type fieldType = Type.getType(getter.getDesc());
      taint =
          taint
              .union(program.fieldTaint(key))
              .union(method.typeTaint(fieldType, line))
              .union(method.toStringLeak(fieldType));
    }
    return taint;
  }

  /**
   * What the application methods a call may run store into the objects it passes them, by argument
   * position (the receiver 0), with their parameters replaced by the caller's arguments.
   */
  java.util.Map<Integer, Taint> absorbedByArguments(MethodInsnNode insn, List<TaintValue> values, boolean hasReceiver) {
    List<MethodRef> targets = program.targets(insn.getOpcode(), insn.owner, insn.name, insn.desc);
    if (targets.isEmpty()) {
      return java.util.Map.of();
    }
    method.depend("m:" + insn.name + insn.desc);
    java.util.Map<Integer, Taint> absorbed = new java.util.TreeMap<>();
    for (MethodRef target : targets) {
      program.summary(target).absorbedByParameters().forEach((position, taint) -> {
        if (position < values.size()) {
          absorbed.merge(position, substitute(taint, values, hasReceiver), Taint::union);
        }
      });
    }
    return absorbed;
  }

  /**
   * What a library call stores into its receiver: the arguments of a constructor, an {@code add}, a
   * {@code put}, an {@code append} or a builder method. Null when nothing is stored: also for a call
   * that computes a result of another type from its arguments ({@code mapper.writeValueAsString(x)},
   * {@code formatter.format(date)}, {@code digest.digest(bytes)}), as a shared, stateless service
   * object kept in a field keeps nothing of what it was given.
   */
  TaintValue absorbedByReceiver(MethodInsnNode insn, List<TaintValue> values) {
    boolean constructor = insn.name.equals("<init>");
    if (insn.getOpcode() == Opcodes.INVOKESPECIAL && !constructor) {
      return null;
    }
    if (values.size() < 2
        || !constructor && (isImmutable(insn.owner) || !looksLikeMutation(insn, values.get(0)))
        || !program.targets(insn.getOpcode(), insn.owner, insn.name, insn.desc).isEmpty()
        || !program.sinks(insn.owner, insn.name, insn.desc).isEmpty()
        || program.isSanitizer(insn.owner, insn.name, insn.desc)
        || !constructor && program.isSerializer(insn.owner, insn.name, insn.desc)
        || (!constructor && isLookup(insn.name))) {
      return null;
    }
    // a request body made of an object (new HttpEntity<>(dto)) holds it as it will be written
    boolean serializes = constructor && program.isSerializer(insn.owner, insn.name, insn.desc);
    Taint taint = Taint.CLEAN;
    int flags = 0;
    for (int i = 1; i < values.size(); i++) {
      taint = taint.union(rendered(insn.owner, values.get(i)));
      if (serializes) {
        taint = taint.union(method.serializedLeak(values.get(i), SerializedLeak.Reading.PROPERTIES, method.lineOf(insn)));
      }
      flags |= values.get(i).flags();
    }
    if (taint.isClean() && flags == 0) {
      return null;
    }
    return TaintValue.of(null, DIRECT_OWNERS.contains(insn.owner) ? taint : taint.indirect()).withFlags(flags);
  }

  /**
   * The taint an argument passes on to a library call: text builders and formatters turn objects
   * into text, so what their toString() reveals counts; a collection or an optional keeps the object
   * itself, whose non-sensitive parts can be read back out, so only the object's own taint counts.
   */
  private Taint rendered(String owner, TaintValue argument) {
    return DIRECT_OWNERS.contains(owner) ? method.effective(argument) : argument.taint();
  }

  Taint storedIntoArray(TaintValue stored) {
    return method.effective(stored);
  }

  /**
   * Whether values of this type never change: a call on one ({@code template.replace(…)}) makes a
   * new value and stores nothing into it (a helper's {@code replace} on a string it was
   * given marked the caller's string).
   */
  static boolean isImmutable(String internalName) {
    return IMMUTABLE.contains(internalName) || internalName.startsWith("java/time/") && !internalName.endsWith("Builder");
  }

  /**
   * Whether a call may store its arguments in its receiver: it returns nothing, a flag, the receiver
   * (a builder, {@code append}) or has a mutator's name ({@code map.put} returns the old value).
   */
  private static boolean looksLikeMutation(MethodInsnNode insn, TaintValue receiver) {
    int sort = Type.getReturnType(insn.desc).getSort();
    if (sort == Type.VOID || sort == Type.BOOLEAN || returnsReceiver(insn, receiver)) {
      return true;
    }
    for (String prefix : MUTATOR_PREFIXES) {
      if (insn.name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The taint of a call's arguments, its receiver left out. */
  static Taint argumentsTaint(List<? extends TaintValue> values) {
    Taint taint = Taint.CLEAN;
    for (int i = 1; i < values.size(); i++) {
      taint = taint.union(values.get(i).taint());
    }
    return taint;
  }

  /** {@code computeIfAbsent}, {@code computeIfPresent} and {@code compute} of a map: the value stays in it. */
  private boolean isMapValueInPlace(MethodInsnNode insn) {
    return insn.name.startsWith("compute") && program.classes.isSubtype(insn.owner, "java/util/Map");
  }

  /** {@code map}, {@code flatMap}, {@code mapToObj} and {@code mapMulti} of a stream or an optional. */
  private static boolean isElementMapping(MethodInsnNode insn) {
    return ELEMENT_MAPPERS.contains(insn.name)
        && (insn.owner.startsWith("java/util/stream/") || insn.owner.startsWith("java/util/Optional")
            || insn.owner.equals("reactor/core/publisher/Mono") || insn.owner.equals("reactor/core/publisher/Flux"));
  }

  private static boolean isLookup(String name) {
    for (String prefix : LOOKUP_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean returnsReceiver(MethodInsnNode insn, TaintValue receiver) {
    String returned = Type.getReturnType(insn.desc).getDescriptor();
    if (returned.equals("L" + insn.owner + ";")) {
      return true;
    }
    return receiver.type() != null && returned.equals(receiver.type().getDescriptor());
  }

  private static boolean isLength(MethodInsnNode insn) {
    return insn.name.equals("length") && insn.desc.equals("()I");
  }

  /** {@code s.substring(s.length() - 4)} and {@code s.substring(0, 4)}: a few characters carry no personal data. */
  private static boolean isShortSlice(MethodInsnNode insn, List<? extends TaintValue> values) {
    if (!insn.name.equals("substring") || !insn.owner.equals("java/lang/String")) {
      return false;
    }
    TaintValue receiver = values.get(0);
    if (insn.desc.equals("(I)Ljava/lang/String;")) {
      // s.substring(s.length() - 4), not fullName.substring(firstName.length() + 1)
      IntShape begin = values.get(1).intShape();
      return begin != null && begin.isLengthOf(receiver) && begin.constant() >= 0 && begin.constant() <= SHORT_SLICE;
    }
    if (insn.desc.equals("(II)Ljava/lang/String;")) {
      IntShape begin = values.get(1).intShape();
      IntShape end = values.get(2).intShape();
      if (begin == null || end == null) {
        return false;
      }
      if (begin.isConstant() && end.isConstant()) {
        return end.constant() - begin.constant() <= SHORT_SLICE;
      }
      return begin.isLengthOf(receiver)
          && end.isLengthOf(receiver)
          && begin.constant() - end.constant() <= SHORT_SLICE;
    }
    return false;
  }

  private static int flags(List<? extends TaintValue> values) {
    int flags = 0;
    for (TaintValue value : values) {
      flags |= value.flags();
    }
    return flags;
  }
}
