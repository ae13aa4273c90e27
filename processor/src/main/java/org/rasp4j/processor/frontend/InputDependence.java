package org.rasp4j.processor.frontend;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.Overloads.Candidate;

/**
 * A program's body runs once, at compile time, before any input exists: what a newcomer writes to
 * make it depend on the input ({@code xs.eval(1, 2, 3)} as a loop bound, a Sop where a helper
 * takes an int) cannot work, and the error must say so rather than "cannot resolve method eval".
 */
final class InputDependence {
  /** The methods of Sop and Selector that run the program on an input. */
  private static final Set<String> RUN_ON_INPUT = Set.of("eval", "trace", "matrix", "rows");

  private InputDependence() {}

  /** Whether {@code owner.name} runs the program on an input (Sop.eval, Selector.matrix...). */
  static boolean runsOnInput(Class<?> owner, String name) {
    return (owner == Sop.class || owner == Selector.class) && RUN_ON_INPUT.contains(name);
  }

  /**
   * The first argument (counted from 1) that is a Sop where every method of the call's arity
   * takes a constant (a primitive, a box or String) there, as {@code shift(length(), '_', xs)}
   * passes a Sop as shift's offset; empty when no such argument explains the failed call.
   */
  static Optional<Integer> sopForConstant(List<Candidate<Object>> candidates, List<Object> args) {
    for (int i = 0; i < args.size(); i++) {
      if (!(args.get(i) instanceof Sop<?>)) {
        continue;
      }
      boolean any = false;
      boolean allConstant = true;
      for (Candidate<Object> candidate : candidates) {
        if (candidate.parameters().size() != args.size() || candidate.varargs()) {
          continue;
        }
        any = true;
        JavaType parameter = candidate.parameters().get(i);
        allConstant &= parameter.isPrimitive() || parameter.unboxed().isPresent()
            || parameter.equals(JavaType.STRING);
      }
      if (any && allConstant) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }
}
