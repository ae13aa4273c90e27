package org.rasp4j;

import java.util.List;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.ir.Builtin;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.Elementwise;
import org.rasp4j.ir.Lambda;
import org.rasp4j.ir.SopNode;

/**
 * A sequence operation: a sequence of values of type {@code T}, one per input position, defined
 * from the tokens by elementwise operations and attention. Building a Sop only builds the graph;
 * {@link #eval(String)} and friends run the reference interpreter on it.
 *
 * <p>Java cannot restrict an instance method to some {@code T}, so the operations below that make
 * sense only for some element types (arithmetic for numbers, {@code and} for booleans) check the
 * type when the graph is built and throw {@link IllegalArgumentException} saying what to write
 * instead; the annotation processor reports the same error at compile time.
 *
 * @param <T> the boxed element type: Integer, Boolean, Character, Double or String
 */
public final class Sop<T> {
  private final SopNode node;

  private Sop(SopNode node) {
    this.node = node;
  }

  /**
   * Wraps an IR node. The caller vouches that {@code T} is the node's element type.
   *
   * <p>For tools that build the IR themselves; programs use the DSL.
   */
  public static <T> Sop<T> wrap(SopNode node) {
    return new Sop<>(node);
  }

  /** The IR node this Sop stands for. */
  public SopNode node() {
    return node;
  }

  /** The element type. */
  public ValueType<T> type() {
    return ValueType.of(node.type());
  }

  /** The same Sop under a name that messages, traces and pictures show. */
  public Sop<T> named(String name) {
    return new Sop<>(node.named(name));
  }

  // ---- arithmetic (int and double; ints overflow-checked, div and mod floor as in Python) ----

  public Sop<T> plus(Sop<T> other) {
    return binary(Builtin.PLUS, other.node);
  }

  public Sop<T> plus(T constant) {
    return binary(Builtin.PLUS, constantNode(constant));
  }

  public Sop<T> minus(Sop<T> other) {
    return binary(Builtin.MINUS, other.node);
  }

  public Sop<T> minus(T constant) {
    return binary(Builtin.MINUS, constantNode(constant));
  }

  public Sop<T> times(Sop<T> other) {
    return binary(Builtin.TIMES, other.node);
  }

  public Sop<T> times(T constant) {
    return binary(Builtin.TIMES, constantNode(constant));
  }

  /** Integer division rounds toward negative infinity (Python's {@code //}); doubles divide. */
  public Sop<T> div(Sop<T> other) {
    return binary(Builtin.DIV, other.node);
  }

  /** Integer division rounds toward negative infinity (Python's {@code //}); doubles divide. */
  public Sop<T> div(T constant) {
    return binary(Builtin.DIV, constantNode(constant));
  }

  /** The remainder with the divisor's sign, as Python's {@code %}: {@code -1 mod 3 == 2}. */
  public Sop<T> mod(Sop<T> other) {
    return binary(Builtin.MOD, other.node);
  }

  /** The remainder with the divisor's sign, as Python's {@code %}: {@code -1 mod 3 == 2}. */
  public Sop<T> mod(T constant) {
    return binary(Builtin.MOD, constantNode(constant));
  }

  public Sop<T> negate() {
    return new Sop<>(Elementwise.of(Builtin.NEGATE, node));
  }

  // ---- comparisons ----

  public Sop<Boolean> eq(Sop<T> other) {
    return binary(Builtin.EQ, other.node);
  }

  public Sop<Boolean> eq(T constant) {
    return binary(Builtin.EQ, constantNode(constant));
  }

  public Sop<Boolean> ne(Sop<T> other) {
    return binary(Builtin.NE, other.node);
  }

  public Sop<Boolean> ne(T constant) {
    return binary(Builtin.NE, constantNode(constant));
  }

  public Sop<Boolean> lt(Sop<T> other) {
    return binary(Builtin.LT, other.node);
  }

  public Sop<Boolean> lt(T constant) {
    return binary(Builtin.LT, constantNode(constant));
  }

  public Sop<Boolean> le(Sop<T> other) {
    return binary(Builtin.LE, other.node);
  }

  public Sop<Boolean> le(T constant) {
    return binary(Builtin.LE, constantNode(constant));
  }

  public Sop<Boolean> gt(Sop<T> other) {
    return binary(Builtin.GT, other.node);
  }

  public Sop<Boolean> gt(T constant) {
    return binary(Builtin.GT, constantNode(constant));
  }

  public Sop<Boolean> ge(Sop<T> other) {
    return binary(Builtin.GE, other.node);
  }

  public Sop<Boolean> ge(T constant) {
    return binary(Builtin.GE, constantNode(constant));
  }

  // ---- booleans ----

  public Sop<Boolean> and(Sop<Boolean> other) {
    return binary(Builtin.AND, other.node);
  }

  public Sop<Boolean> and(boolean constant) {
    return binary(Builtin.AND, new Constant(constant));
  }

  public Sop<Boolean> or(Sop<Boolean> other) {
    return binary(Builtin.OR, other.node);
  }

  public Sop<Boolean> or(boolean constant) {
    return binary(Builtin.OR, new Constant(constant));
  }

  public Sop<Boolean> not() {
    return new Sop<>(Elementwise.of(Builtin.NOT, node));
  }

  // ---- conversions: booleans are not silently numbers ----

  /** Booleans as 1 and 0: the explicit way to count or average them. */
  public Sop<Integer> toInt() {
    return new Sop<>(Elementwise.of(Builtin.TO_INT, node));
  }

  /** Ints as doubles. */
  public Sop<Double> toDouble() {
    return new Sop<>(Elementwise.of(Builtin.TO_DOUBLE, node));
  }

  /** Doubles rounded half to even (Python's and RASP's {@code round}), as ints. */
  public Sop<Integer> round() {
    return new Sop<>(Elementwise.of(Builtin.ROUND, node));
  }

  /**
   * Applies {@code function} at every position (an MLP); the result has the given type.
   *
   * <p>The function runs as the Java it is: its parameter is a boxed value ({@code Integer},
   * {@code Character}, ...), so {@code ==} between two parameters (or a parameter and another
   * boxed value) compares references, which is true or false depending on the values' caching,
   * not their equality. Write {@code a.equals(b)}, or unbox one side ({@code (int) a == b}); the
   * annotation processor rejects {@code ==} and {@code !=} between two boxed operands.
   */
  public <R> Sop<R> map(ValueType<R> resultType, Fn1<? super T, ? extends R> function) {
    return new Sop<>(
        new Elementwise(resultType.element(), new Lambda(function, "map"), List.of(node)));
  }

  // ---- evaluation by the reference interpreter ----

  /** The values on a character input. */
  public List<T> eval(String input) {
    return eval(Input.of(input));
  }

  /** The values on an integer input. */
  public List<T> eval(int... input) {
    return eval(Input.of(input));
  }

  /** The values on an input. */
  @SuppressWarnings("unchecked")
  public List<T> eval(Input input) {
    return (List<T>) Interpreter.evaluate(node, input);
  }

  /** Every SOp's values and every head's selector matrix, layer by layer, on a character input. */
  public Trace trace(String input) {
    return Interpreter.trace(node, Input.of(input));
  }

  /** Every SOp's values and every head's selector matrix, layer by layer, on an integer input. */
  public Trace trace(int... input) {
    return Interpreter.trace(node, Input.of(input));
  }

  /** The layers, heads and MLP blocks this Sop needs (independent of any input). */
  public Schedule schedule() {
    return Schedule.of(node);
  }

  @Override
  public String toString() {
    return "Sop<" + node.type() + "> " + node.describe();
  }

  private <R> Sop<R> binary(Builtin op, SopNode other) {
    return new Sop<>(Elementwise.of(op, node, other));
  }

  static SopNode constantNode(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a constant cannot be null");
    }
    return new Constant(value);
  }
}
