package org.rasp4j.processor.scalar;

import java.util.List;
import org.rasp4j.ir.ElementType;

/**
 * The processor's scalar expression language: what a lambda given to {@code map}, {@code zip} or
 * {@code select} computes for one position, translated from its source. Java semantics throughout
 * (int arithmetic wraps, {@code /} truncates), since the interpreter runs the same lambda as Java.
 */
public sealed interface Scalar {
  /** The Java type of the expression's value. */
  ElementType type();

  /** A literal: an int, char, boolean, double or String constant (also a captured constant). */
  record Literal(ElementType type, Object value) implements Scalar {}

  /** The lambda's {@code index}-th parameter. */
  record Param(int index, String name, ElementType type) implements Scalar {}

  /** A prefix operator: {@code -}, {@code +}, {@code !}. */
  record Unary(String operator, Scalar operand, ElementType type) implements Scalar {}

  /** An infix operator: arithmetic, comparison, {@code &&}, {@code ||}, string {@code +}. */
  record Binary(String operator, Scalar left, Scalar right, ElementType type) implements Scalar {}

  /** {@code condition ? then : otherwise}. */
  record Conditional(Scalar condition, Scalar then, Scalar otherwise, ElementType type)
      implements Scalar {}

  /** A primitive cast: {@code (int) x}, {@code (char) x}, {@code (double) x}. */
  record Cast(ElementType type, Scalar operand) implements Scalar {}

  /**
   * A call of a static method: of java.lang (Math, Character, Integer, ...) or an accessible static
   * method of the user's classes.
   *
   * @param owner the declaring class's canonical name
   */
  record Call(String owner, String method, List<Scalar> arguments, ElementType type)
      implements Scalar {
    public Call {
      arguments = List.copyOf(arguments);
    }
  }
}
