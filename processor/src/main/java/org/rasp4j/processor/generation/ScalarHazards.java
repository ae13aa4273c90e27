package org.rasp4j.processor.generation;

import java.util.Set;
import org.rasp4j.processor.javarules.Conversions;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.scalar.Scalar;

/**
 * Whether a function translated from source can throw when inlined: Java semantics, so only an
 * int division or remainder (by zero) or a call can, and calls of the library's total methods
 * cannot.
 */
final class ScalarHazards {
  /**
   * Library methods that return normally for every argument of the types a function passes
   * (primitives and non-null strings) and never return null; any other call may throw.
   */
  private static final Set<String> TOTAL_METHODS = Set.of(
      "java.lang.Math.abs", "java.lang.Math.max", "java.lang.Math.min", "java.lang.Math.signum",
      "java.lang.Math.sqrt", "java.lang.Math.cbrt", "java.lang.Math.pow", "java.lang.Math.exp",
      "java.lang.Math.log", "java.lang.Math.log10", "java.lang.Math.floor", "java.lang.Math.ceil",
      "java.lang.Math.rint", "java.lang.Math.hypot", "java.lang.Math.sin", "java.lang.Math.cos",
      "java.lang.Math.tan", "java.lang.Math.atan2",
      "java.lang.Character.isDigit", "java.lang.Character.isLetter",
      "java.lang.Character.isLetterOrDigit", "java.lang.Character.isAlphabetic",
      "java.lang.Character.isUpperCase", "java.lang.Character.isLowerCase",
      "java.lang.Character.isWhitespace", "java.lang.Character.toUpperCase",
      "java.lang.Character.toLowerCase", "java.lang.Character.getNumericValue",
      "java.lang.Integer.compare", "java.lang.Integer.max", "java.lang.Integer.min",
      "java.lang.Integer.signum", "java.lang.Integer.sum", "java.lang.Integer.bitCount",
      "java.lang.Double.compare", "java.lang.Double.isNaN", "java.lang.Double.isInfinite",
      "java.lang.Double.max", "java.lang.Double.min", "java.lang.Double.sum",
      "java.lang.Boolean.compare", "java.lang.Boolean.logicalAnd", "java.lang.Boolean.logicalOr",
      "java.lang.Boolean.logicalXor", "java.lang.String.valueOf", "java.util.Objects.equals",
      "java.lang.Math.round",
      "java.lang.Long.compare",
      // instance methods of boxes and String: their receivers are never null
      "java.lang.Object.equals", "java.lang.Integer.equals", "java.lang.Character.equals",
      "java.lang.Double.equals", "java.lang.Boolean.equals", "java.lang.String.equals",
      "java.lang.Integer.compareTo", "java.lang.Character.compareTo",
      "java.lang.Double.compareTo", "java.lang.Boolean.compareTo", "java.lang.String.compareTo",
      "java.lang.Integer.hashCode", "java.lang.Character.hashCode", "java.lang.Double.hashCode",
      "java.lang.Boolean.hashCode", "java.lang.String.hashCode", "java.lang.String.length",
      "java.lang.String.isEmpty", "java.lang.Integer.intValue", "java.lang.Integer.doubleValue",
      "java.lang.Integer.longValue", "java.lang.Character.charValue",
      "java.lang.Double.doubleValue", "java.lang.Double.intValue", "java.lang.Boolean.booleanValue");

  private ScalarHazards() {}

  /**
   * Whether a scalar function can throw: an int division or remainder (by zero), or a call of a
   * method not known to be total.
   */
  static boolean mayFail(Scalar scalar) {
    if (scalar instanceof Scalar.Unary unary) {
      return mayFail(unary.operand());
    }
    if (scalar instanceof Scalar.Binary binary) {
      boolean division = binary.operator().equals("/") || binary.operator().equals("%");
      return (division && Conversions.isIntegral(binary.type()))
          || mayFail(binary.left())
          || mayFail(binary.right());
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      return mayFail(conditional.condition())
          || mayFail(conditional.then())
          || mayFail(conditional.otherwise());
    }
    if (scalar instanceof Scalar.Cast cast) {
      // (int) of an Object (a ?: of a String and an Integer) is a checked cast: it can throw
      JavaType from = cast.operand().type();
      return (!from.isPrimitive() && from.unboxed().isEmpty()) || mayFail(cast.operand());
    }
    if (scalar instanceof Scalar.InstanceCall call) {
      return !TOTAL_METHODS.contains(call.owner() + "." + call.method())
          || mayFail(call.receiver())
          || call.arguments().stream().anyMatch(ScalarHazards::mayFail);
    }
    if (scalar instanceof Scalar.Call call) {
      return !TOTAL_METHODS.contains(call.owner() + "." + call.method())
          || call.arguments().stream().anyMatch(ScalarHazards::mayFail);
    }
    return false; // literals and parameters
  }
}
