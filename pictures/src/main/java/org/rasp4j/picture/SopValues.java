package org.rasp4j.picture;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.ir.Node;
import org.rasp4j.ir.SopNode;

/**
 * The values of SOps on one input: from a trace where it holds them, otherwise from the reference
 * interpreter. The fallback matters for the two heads of a selector width, which compare {@code
 * indices} with {@code 0} even in programs that never use them.
 */
final class SopValues {
  private final Input input;
  private final Trace trace; // or null
  private final Set<Node> traced = new HashSet<>();
  private final Map<SopNode, List<Object>> interpreted = new HashMap<>();

  private SopValues(Input input, Trace trace) {
    this.input = input;
    this.trace = trace;
    if (trace != null) {
      traced.addAll(trace.schedule().nodes());
    }
  }

  static SopValues of(Trace trace) {
    return new SopValues(trace.input(), trace);
  }

  static SopValues of(Input input) {
    return new SopValues(input, null);
  }

  /** The values of {@code sop}, one per position. */
  List<Object> of(SopNode sop) {
    if (traced.contains(sop)) {
      return trace.values(sop);
    }
    return interpreted.computeIfAbsent(
        sop, node -> List.copyOf(Interpreter.evaluate(node, input)));
  }
}
