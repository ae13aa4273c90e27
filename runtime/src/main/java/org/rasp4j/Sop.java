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
 * <pre>{@code
 * Sop<Character> tokens = tokens(CHAR);
 * Sop<Boolean> isDigit = tokens.ge('0').and(tokens.le('9'));
 * Sop<Integer> digits = where(isDigit, tokens.map(INT, c -> c - '0'), 0);
 * digits.plus(1).eval("a7");          // [1, 8]
 * }</pre>
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
   *
   * @param <T> the node's element type, as a boxed Java type
   * @param node the node
   * @return the Sop that stands for {@code node}
   */
  public static <T> Sop<T> wrap(SopNode node) {
    return new Sop<>(node);
  }

  /** {@return the graph node this Sop stands for} */
  public SopNode node() {
    return node;
  }

  /** {@return the element type} */
  public ValueType<T> type() {
    return ValueType.of(node.type());
  }

    /**
   * {@return this program made causal, as a decoder's layers are: every head selects only keys at
   * positions up to its query's ({@link org.rasp4j.ir.CausalMask}), so each position's value
   * depends on the tokens up to it alone} {@code length()} becomes the length of the prefix:
   *
   * <pre>{@code
   * Library.length().causal().eval("abcd");   // [1, 2, 3, 4]
   * }</pre>
   */
  public Sop<T> causal() {
    return wrap(org.rasp4j.ir.CausalMask.apply(node()));
  }

/**
   * {@return the same Sop under a name that messages, traces and pictures show} The name changes
   * nothing the Sop computes, nor its equality with other computations.
   *
   * @param name the name
   */
  public Sop<T> named(String name) {
    return new Sop<>(node.named(name));
  }

  // ---- arithmetic (int and double; ints overflow-checked, div and mod floor as in Python) ----

  /**
   * {@return at each position i, {@code this[i] + other[i]}} An int sum that overflows is a {@link
   * RaspException} when the program runs.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> plus(Sop<T> other) {
    return binary(Builtin.PLUS, other.node);
  }

  /**
   * {@return at each position i, {@code this[i] + constant}} An int sum that overflows is a {@link
   * RaspException} when the program runs.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> plus(T constant) {
    return binary(Builtin.PLUS, constantNode(constant));
  }

  /**
   * {@return at each position i, {@code this[i] - other[i]}} An int difference that overflows is a
   * {@link RaspException} when the program runs.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> minus(Sop<T> other) {
    return binary(Builtin.MINUS, other.node);
  }

  /**
   * {@return at each position i, {@code this[i] - constant}} An int difference that overflows is a
   * {@link RaspException} when the program runs.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> minus(T constant) {
    return binary(Builtin.MINUS, constantNode(constant));
  }

  /**
   * {@return at each position i, {@code this[i] * other[i]}} An int product that overflows is a {@link
   * RaspException} when the program runs.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> times(Sop<T> other) {
    return binary(Builtin.TIMES, other.node);
  }

  /**
   * {@return at each position i, {@code this[i] * constant}} An int product that overflows is a {@link
   * RaspException} when the program runs.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> times(T constant) {
    return binary(Builtin.TIMES, constantNode(constant));
  }

  /**
   * {@return at each position i, {@code this[i]} divided by {@code other[i]}} Int division rounds
   * toward negative infinity, as Python's {@code //} ({@code -7 div 2} is -4); doubles divide.
   * Division by zero, for doubles too, and {@code Integer.MIN_VALUE div -1} are a {@link
   * RaspException} when the program runs.
   *
   * @param other the divisor
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> div(Sop<T> other) {
    return binary(Builtin.DIV, other.node);
  }

  /**
   * {@return at each position i, {@code this[i]} divided by {@code constant}} As {@link
   * #div(Sop)}.
   *
   * @param constant the divisor, the same at every position
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> div(T constant) {
    return binary(Builtin.DIV, constantNode(constant));
  }

  /**
   * {@return at each position i, the remainder of {@code this[i]} divided by {@code other[i]}, with
   * the divisor's sign} As Python's {@code %}: {@code -1 mod 3} is 2, for ints and doubles. A zero
   * divisor is a {@link RaspException} when the program runs.
   *
   * @param other the divisor
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> mod(Sop<T> other) {
    return binary(Builtin.MOD, other.node);
  }

  /**
   * {@return at each position i, the remainder of {@code this[i]} divided by {@code constant}, with
   * the divisor's sign} As {@link #mod(Sop)}.
   *
   * @param constant the divisor, the same at every position
   * @throws IllegalArgumentException unless this and the operand are both ints or both doubles
   */
  public Sop<T> mod(T constant) {
    return binary(Builtin.MOD, constantNode(constant));
  }

  /**
   * {@return at each position i, {@code -this[i]}} Negating {@code Integer.MIN_VALUE} is a {@link
   * RaspException} when the program runs.
   *
   * @throws IllegalArgumentException unless this is an int or double Sop
   */
  public Sop<T> negate() {
    return new Sop<>(Elementwise.of(Builtin.NEGATE, node));
  }

  // ---- comparisons ----

  /**
   * {@return at each position i, whether {@code this[i]} equals {@code other[i]}} Doubles compare
   * as numbers ({@code 0.0} equals {@code -0.0}, NaN equals nothing), other values by {@code
   * equals}.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type
   */
  public Sop<Boolean> eq(Sop<T> other) {
    return binary(Builtin.EQ, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i]} equals {@code constant}} Doubles compare
   * as numbers ({@code 0.0} equals {@code -0.0}, NaN equals nothing), other values by {@code
   * equals}.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type
   */
  public Sop<Boolean> eq(T constant) {
    return binary(Builtin.EQ, constantNode(constant));
  }

  /**
   * {@return at each position i, whether {@code this[i]} differs from {@code other[i]}} The negation of
   * {@link #eq(Sop)}.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type
   */
  public Sop<Boolean> ne(Sop<T> other) {
    return binary(Builtin.NE, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i]} differs from {@code constant}} The negation of
   * {@link #eq(Sop)}.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type
   */
  public Sop<Boolean> ne(T constant) {
    return binary(Builtin.NE, constantNode(constant));
  }

  /**
   * {@return at each position i, whether {@code this[i] < other[i]}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> lt(Sop<T> other) {
    return binary(Builtin.LT, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i] < constant}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> lt(T constant) {
    return binary(Builtin.LT, constantNode(constant));
  }

  /**
   * {@return at each position i, whether {@code this[i] <= other[i]}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> le(Sop<T> other) {
    return binary(Builtin.LE, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i] <= constant}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> le(T constant) {
    return binary(Builtin.LE, constantNode(constant));
  }

  /**
   * {@return at each position i, whether {@code this[i] > other[i]}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> gt(Sop<T> other) {
    return binary(Builtin.GT, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i] > constant}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> gt(T constant) {
    return binary(Builtin.GT, constantNode(constant));
  }

  /**
   * {@return at each position i, whether {@code this[i] >= other[i]}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> ge(Sop<T> other) {
    return binary(Builtin.GE, other.node);
  }

  /**
   * {@return at each position i, whether {@code this[i] >= constant}} Numbers compare as numbers
   * (NaN is in no order), chars by code unit, Strings lexicographically by code unit.
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this and the operand have one type, which has an order
   *     (booleans have none)
   */
  public Sop<Boolean> ge(T constant) {
    return binary(Builtin.GE, constantNode(constant));
  }

  // ---- booleans ----

  /**
   * {@return at each position i, {@code this[i] and other[i]}}
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Boolean> and(Sop<Boolean> other) {
    return binary(Builtin.AND, other.node);
  }

  /**
   * {@return at each position i, {@code this[i] and constant}}
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Boolean> and(boolean constant) {
    return binary(Builtin.AND, new Constant(constant));
  }

  /**
   * {@return at each position i, {@code this[i] or other[i]}}
   *
   * @param other the right operand
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Boolean> or(Sop<Boolean> other) {
    return binary(Builtin.OR, other.node);
  }

  /**
   * {@return at each position i, {@code this[i] or constant}}
   *
   * @param constant the right operand, the same at every position
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Boolean> or(boolean constant) {
    return binary(Builtin.OR, new Constant(constant));
  }

  /**
   * {@return at each position i, {@code !this[i]}}
   *
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Boolean> not() {
    return new Sop<>(Elementwise.of(Builtin.NOT, node));
  }

  // ---- conversions: booleans are not silently numbers ----

  /**
   * {@return booleans as 1 (true) and 0 (false)} The explicit way to count or average them.
   *
   * @throws IllegalArgumentException unless this is a boolean Sop
   */
  public Sop<Integer> toInt() {
    return new Sop<>(Elementwise.of(Builtin.TO_INT, node));
  }

  /**
   * {@return ints as doubles}
   *
   * @throws IllegalArgumentException unless this is an int Sop
   */
  public Sop<Double> toDouble() {
    return new Sop<>(Elementwise.of(Builtin.TO_DOUBLE, node));
  }

  /**
   * {@return doubles rounded half to even (Python's and RASP's {@code round}), as ints} 0.5 is 0,
   * 1.5 and 2.5 are 2. NaN, an infinity or a value beyond the int range is a {@link RaspException}
   * when the program runs.
   *
   * @throws IllegalArgumentException unless this is a double Sop
   */
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
   *
   * <pre>{@code
   * Sop<Integer> digits = tokens.map(INT, c -> c - '0');
   * }</pre>
   *
   * @param <R> the result's type
   * @param resultType the result's type, as a value
   * @param function the function of one position's value; an exception it throws, or a result
   *     that is null or not of {@code resultType}, is a {@link RaspException} when the program runs
   * @return the function's value at each position
   */
  public <R> Sop<R> map(ValueType<R> resultType, Fn1<? super T, ? extends R> function) {
    return new Sop<>(
        new Elementwise(resultType.element(), new Lambda(function, "map"), List.of(node)));
  }

  // ---- evaluation by the reference interpreter ----

  /**
   * {@return the values on a character input, by the reference interpreter}
   *
   * @param input the tokens, a char each
   * @throws RaspException if the run fails
   */
  public List<T> eval(String input) {
    return eval(Input.of(input));
  }

  /**
   * {@return the values on an integer input, by the reference interpreter}
   *
   * @param input the tokens
   * @throws RaspException if the run fails
   */
  public List<T> eval(int... input) {
    return eval(Input.of(input));
  }

  /**
   * {@return the values on an input, by the reference interpreter}
   *
   * @param input the tokens
   * @throws RaspException if the input's type is not the tokens' type, or the run fails
   */
  @SuppressWarnings("unchecked")
  public List<T> eval(Input input) {
    return (List<T>) Interpreter.evaluate(node, input);
  }

  /**
   * {@return every SOp's values and every head's selector matrix, layer by layer, on a character
   * input}
   *
   * @param input the tokens, a char each
   * @throws RaspException if the run fails
   */
  public Trace trace(String input) {
    return Interpreter.trace(node, Input.of(input));
  }

  /**
   * {@return every SOp's values and every head's selector matrix, layer by layer, on an integer
   * input}
   *
   * @param input the tokens
   * @throws RaspException if the run fails
   */
  public Trace trace(int... input) {
    return Interpreter.trace(node, Input.of(input));
  }

  /** {@return the layers, heads and MLP blocks this Sop needs (independent of any input)} */
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
