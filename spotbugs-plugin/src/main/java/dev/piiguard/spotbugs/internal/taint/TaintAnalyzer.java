package dev.piiguard.spotbugs.internal.taint;

import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.Frame;

/** ASM's dataflow analyzer, making {@link TaintFrame}s so that calls can taint the objects they mutate. */
final class TaintAnalyzer extends Analyzer<TaintValue> {
  private final CallSemantics calls;

  TaintAnalyzer(TaintInterpreter interpreter, CallSemantics calls) {
    super(interpreter);
    this.calls = calls;
  }

  @Override
  protected Frame<TaintValue> newFrame(int numLocals, int numStack) {
    return new TaintFrame(numLocals, numStack, calls);
  }

  @Override
  protected Frame<TaintValue> newFrame(Frame<? extends TaintValue> frame) {
    return new TaintFrame(frame, calls);
  }
}
