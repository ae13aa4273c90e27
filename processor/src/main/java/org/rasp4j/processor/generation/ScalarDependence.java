package org.rasp4j.processor.generation;

import java.util.Set;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * Whether a function translated from source ignores one of its arguments: its result, or the
 * exception it throws, is then the same for every value of that argument, so a selector predicate
 * that ignores its query holds (or throws) at (q, k) exactly as at (0, k).
 *
 * <p>Not reading the parameter is not enough: the interpreter calls the predicate on each of the
 * n² cells, so a call whose result is not a function of its arguments ({@code Math.random()}, a
 * static method of the user's that counts its calls or reads a mutable field) would give each
 * query its own row. Only calls of java.lang's value classes, which compute from their arguments
 * alone, are trusted; any other call makes the function depend on everything.
 */
final class ScalarDependence {
  /** The classes whose methods (but {@link #UNSTABLE}) are functions of their arguments. */
  private static final Set<String> VALUE_CLASSES = Set.of(
      "java.lang.Math", "java.lang.StrictMath", "java.lang.Character", "java.lang.Integer",
      "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Boolean",
      "java.lang.Short", "java.lang.Byte", "java.lang.String", "java.lang.Object",
      "java.lang.Number", "java.lang.CharSequence", "java.lang.Comparable", "java.util.Objects");

  /** Their methods whose result is not: a random draw, a system property's current value. */
  private static final Set<String> UNSTABLE =
      Set.of("random", "getInteger", "getLong", "getBoolean");

  private ScalarDependence() {}

  /** Whether the function's result never depends on its {@code index}-th argument. */
  static boolean ignores(ScalarFunction function, int index) {
    return ignores(function.body(), index);
  }

  private static boolean ignores(Scalar scalar, int index) {
    if (scalar instanceof Scalar.Param param) {
      return param.index() != index;
    }
    if (scalar instanceof Scalar.Literal) {
      return true;
    }
    if (scalar instanceof Scalar.Unary unary) {
      return ignores(unary.operand(), index);
    }
    if (scalar instanceof Scalar.Binary binary) {
      return ignores(binary.left(), index) && ignores(binary.right(), index);
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      return ignores(conditional.condition(), index) && ignores(conditional.then(), index)
          && ignores(conditional.otherwise(), index);
    }
    if (scalar instanceof Scalar.Cast cast) {
      return ignores(cast.operand(), index);
    }
    if (scalar instanceof Scalar.InstanceCall call) {
      return stable(call.owner(), call.method()) && ignores(call.receiver(), index)
          && call.arguments().stream().allMatch(argument -> ignores(argument, index));
    }
    Scalar.Call call = (Scalar.Call) scalar;
    return stable(call.owner(), call.method())
        && call.arguments().stream().allMatch(argument -> ignores(argument, index));
  }

  /** Whether a method's result (or exception) is a function of its receiver and arguments. */
  private static boolean stable(String owner, String method) {
    return VALUE_CLASSES.contains(owner) && !UNSTABLE.contains(method);
  }
}
