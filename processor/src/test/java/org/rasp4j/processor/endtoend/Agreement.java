package org.rasp4j.processor.endtoend;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;

/**
 * One program of a compiled source run both ways on one input: by the reference interpreter (the
 * javac-compiled program, its lambdas included) and by the class the processor generated for it.
 * Each outcome is the values, or the exception's class and message.
 */
final class Agreement {
  private Agreement() {}

  /** The interpreter's outcome: the source method builds the program, Sop.eval runs it. */
  static String interpreted(CompiledSources classes, String owner, String method, Object input) {
    try {
      Method source = classes.loadClass(owner).getMethod(method, Sop.class);
      Sop<?> program = (Sop<?>) source.invoke(null,
          input instanceof String ? Rasp.tokens(Rasp.CHAR) : Rasp.tokens(Rasp.INT));
      return String.valueOf(input instanceof String s ? program.eval(s) : program.eval((int[]) input));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    } catch (RuntimeException e) {
      return failure(e);
    }
  }

  /** The generated evaluator's outcome. */
  static String generated(CompiledSources classes, String generatedClass, Object input) {
    try {
      Method evaluate = classes.loadClass(generatedClass)
          .getMethod("evaluate", input instanceof String ? String.class : int[].class);
      return String.valueOf(boxed(evaluate.invoke(null, input)));
    } catch (InvocationTargetException e) {
      return e.getCause() instanceof RuntimeException runtime ? failure(runtime) : String.valueOf(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String failure(RuntimeException e) {
    return e.getClass().getName() + ": " + e.getMessage();
  }

  private static List<Object> boxed(Object array) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < Array.getLength(array); i++) {
      values.add(Array.get(array, i));
    }
    return values;
  }
}
