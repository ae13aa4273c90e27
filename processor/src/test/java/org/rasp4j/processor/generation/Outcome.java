package org.rasp4j.processor.generation;

import java.util.List;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.ir.SopNode;

/**
 * What one run gave: the values (boxed, in position order), or the exception's class and message.
 * Two runs agree when their outcomes are equal.
 */
record Outcome(List<Object> values, Class<?> failure, String message) {
  static Outcome values(List<?> values) {
    return new Outcome(List.copyOf(values), null, null);
  }

  static Outcome failure(RuntimeException e) {
    return new Outcome(null, e.getClass(), e.getMessage());
  }

  /** The reference interpreter's outcome. */
  static Outcome interpreted(SopNode program, Input input) {
    try {
      return values(Interpreter.evaluate(program, input));
    } catch (RuntimeException e) {
      return failure(e);
    }
  }

  /** The interpreter's outcome on a String; null stands for a null input. */
  static Outcome interpreted(SopNode program, String tokens) {
    try {
      return interpreted(program, Input.of(tokens));
    } catch (RuntimeException e) {
      return failure(e);
    }
  }

  /** The interpreter's outcome on ints; null stands for a null input. */
  static Outcome interpreted(SopNode program, int[] tokens) {
    try {
      return interpreted(program, Input.of(tokens));
    } catch (RuntimeException e) {
      return failure(e);
    }
  }

  boolean failed() {
    return failure != null;
  }

  @Override
  public String toString() {
    return failed() ? failure.getSimpleName() + ": " + message : values.toString();
  }
}
