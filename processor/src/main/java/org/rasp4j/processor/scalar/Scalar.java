package org.rasp4j.processor.scalar;

import java.util.List;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.javarules.JavaType;

/**
 * The processor's scalar expression language: what a lambda given to {@code map}, {@code zip} or
 * {@code select} computes for one position, translated from its source. Each node carries the
 * static type javac gives that sub-expression in the lambda (a parameter is boxed, as javac infers
 * it from the DSL's generic functional interfaces), so generated code can be written with the same
 * types at every leaf and Java semantics follow: the interpreter runs the same lambda.
 */
public sealed interface Scalar {
  /** The static Java type of the expression. */
  JavaType type();

  /** The static type of a RASP element in a lambda: its box (String for strings). */
  static JavaType boxed(ElementType type) {
    return JavaType.of(type).boxed();
  }

  /**
   * A value known at compile time: a literal, or a captured value.
   *
   * @param constant whether the source expression is a constant expression (JLS 15.29): a
   *     literal or a constant variable, not an effectively final local
   */
  record Literal(JavaType type, Object value, boolean constant) implements Scalar {
    public Literal(ElementType type, Object value) {
      this(JavaType.of(type), value, true);
    }
  }

  /** The lambda's {@code index}-th parameter. */
  record Param(int index, String name, JavaType type) implements Scalar {
    /** A parameter over a sequence of {@code element}s: typed with the element's box. */
    public Param(int index, String name, ElementType element) {
      this(index, name, boxed(element));
    }
  }

  /** A prefix operator: {@code -}, {@code +}, {@code !}, {@code ~}. */
  record Unary(String operator, Scalar operand, JavaType type) implements Scalar {
    public Unary(String operator, Scalar operand, ElementType type) {
      this(operator, operand, JavaType.of(type));
    }
  }

  /** An infix operator: arithmetic, shifts, comparison, {@code &&}, {@code ||}, string {@code +}. */
  record Binary(String operator, Scalar left, Scalar right, JavaType type) implements Scalar {
    public Binary(String operator, Scalar left, Scalar right, ElementType type) {
      this(operator, left, right, JavaType.of(type));
    }
  }

  /** {@code condition ? then : otherwise}. */
  record Conditional(Scalar condition, Scalar then, Scalar otherwise, JavaType type)
      implements Scalar {
    public Conditional(Scalar condition, Scalar then, Scalar otherwise, ElementType type) {
      this(condition, then, otherwise, JavaType.of(type));
    }
  }

  /** A cast to a primitive type: {@code (int) x}, {@code (char) x}, {@code (long) x}, ... */
  record Cast(JavaType type, Scalar operand) implements Scalar {
    public Cast(ElementType type, Scalar operand) {
      this(JavaType.of(type), operand);
    }
  }

  /**
   * A call of a static method: of java.lang (Math, Character, Integer, ...) or an accessible static
   * method of the user's classes, the one javac resolves for these argument types.
   *
   * @param owner the declaring class's canonical name
   */
  record Call(String owner, String method, List<Scalar> arguments, JavaType type)
      implements Scalar {
    public Call {
      arguments = List.copyOf(arguments);
    }

    public Call(String owner, String method, List<Scalar> arguments, ElementType type) {
      this(owner, method, arguments, JavaType.of(type));
    }
  }

  /**
   * A call of a public method of a box or String on a value: {@code x.equals(y)}, {@code
   * s.length()}, {@code x.compareTo(y)}.
   *
   * @param owner the class declaring the method (for hazards: which methods never throw)
   */
  record InstanceCall(Scalar receiver, String owner, String method, List<Scalar> arguments, JavaType type)
      implements Scalar {
    public InstanceCall {
      arguments = List.copyOf(arguments);
    }
  }
}
