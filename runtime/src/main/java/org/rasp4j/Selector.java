package org.rasp4j;

import java.util.List;
import org.rasp4j.interpreter.Input;
import org.rasp4j.interpreter.Interpreter;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.Reduction;
import org.rasp4j.ir.SelectorLogic;
import org.rasp4j.ir.SelectorNode;
import org.rasp4j.ir.SelectorWidth;
import org.rasp4j.ir.SopNode;

/**
 * An attention pattern: which key positions each query position selects. Aggregating a Sop
 * through it ({@link #value}, {@link #mean}) is one attention head.
 *
 * <p>A selector is made by {@link Rasp#key}{@code (k).op(}{@link Rasp#query}{@code (q))} or {@link
 * Rasp#select}; the key is the left operand of its predicate: {@code key(x).lt(query(y))} selects,
 * for query position i, the key positions j with {@code x[j] < y[i]}. The blog's {@code shift}, for
 * example, selects for query i the key {@code i - 1} and takes its value:
 *
 * <pre>{@code
 * Selector previous = key(indices()).eq(query(indices().minus(1)));
 * previous.rows("abc");                         // [[0, 0, 0], [1, 0, 0], [0, 1, 0]], queries as rows
 * previous.value(tokens(CHAR), '_').eval("abc"); // [_, a, b]
 * }</pre>
 */
public final class Selector {
  private final SelectorNode node;

  Selector(SelectorNode node) {
    this.node = node;
  }

  /**
   * {@return the selector that stands for an IR selector} For tools that build the IR themselves;
   * programs use the DSL.
   *
   * @param node the node
   */
  public static Selector wrap(SelectorNode node) {
    return new Selector(node);
  }

  /** {@return the graph node this selector stands for} */
  public SelectorNode node() {
    return node;
  }

  /**
   * {@return the same selector under a name that traces and pictures show} The name changes nothing
   * the selector selects, nor its equality with other computations.
   *
   * @param name the name
   */
  public Selector named(String name) {
    return new Selector(node.named(name));
  }

  /**
   * {@return the selector that selects a key for a query where both this and {@code other} do}
   *
   * @param other the other selector
   */
  public Selector and(Selector other) {
    return new Selector(SelectorLogic.and(node, other.node));
  }

  /**
   * {@return the selector that selects a key for a query where this or {@code other} does}
   *
   * @param other the other selector
   */
  public Selector or(Selector other) {
    return new Selector(SelectorLogic.or(node, other.node));
  }

  /**
   * {@return the selector that selects exactly where this one does not} Logical, unlike RASPy's
   * {@code ~}, which selects everything.
   */
  public Selector not() {
    return new Selector(SelectorLogic.not(node));
  }

  // ---- RASPy's sum aggregation ----

  /**
   * RASPy's {@code value}: per query, the sum of the selected values; one selected value passes
   * unchanged. Where nothing is selected: the zero of the type (0, 0.0, false, {@code '\0'},
   * ""), unless {@link #value(Sop, Object) a default} is given. Two or more selected non-numbers
   * are an error (booleans included: count them with {@code toInt()}).
   *
   * @param <T> the values' type
   * @param values the sequence read at the key positions
   * @return the aggregate, one head; a sum that overflows an int, or two or more selected chars,
   *     booleans or Strings, is a {@link RaspException} when the program runs
   */
  public <T> Sop<T> value(Sop<T> values) {
    return aggregate(Reduction.SUM, values.node(), null);
  }

  /**
   * {@return {@link #value(Sop)}, with {@code defaultValue} where nothing is selected}
   *
   * @param <T> the values' type
   * @param values the sequence read at the key positions
   * @param defaultValue the result for a query that selects no key
   * @throws IllegalArgumentException for a null default
   */
  public <T> Sop<T> value(Sop<T> values, T defaultValue) {
    return aggregate(Reduction.SUM, values.node(), requireValue(defaultValue));
  }

  /**
   * {@return {@link #value(Sop)} of a constant} {@code value(1)} counts the selected positions.
   *
   * @param <T> the constant's type
   * @param constant the value at every key position, not null
   * @throws IllegalArgumentException for null or a value of no RASP type
   */
  public <T> Sop<T> value(T constant) {
    return aggregate(Reduction.SUM, Sop.constantNode(constant), null);
  }

  /**
   * {@return {@link #value(Object)}, with {@code defaultValue} where nothing is selected}
   *
   * @param <T> the constant's type
   * @param constant the value at every key position, not null
   * @param defaultValue the result for a query that selects no key
   * @throws IllegalArgumentException for a null constant or default
   */
  public <T> Sop<T> value(T constant, T defaultValue) {
    return aggregate(Reduction.SUM, Sop.constantNode(constant), requireValue(defaultValue));
  }

  // ---- the original RASP's mean aggregation ----

  /**
   * {@return the original RASP's {@code aggregate}: per query, the mean of the selected values,
   * 0.0 where none is selected}
   *
   * @param values the int or double sequence read at the key positions
   * @throws IllegalArgumentException for values of another type (convert booleans with {@link
   *     Sop#toInt()})
   */
  public Sop<Double> mean(Sop<? extends Number> values) {
    return aggregate(Reduction.MEAN, values.node(), null);
  }

  /**
   * {@return {@link #mean(Sop)}, with {@code defaultValue} where nothing is selected}
   *
   * @param values the int or double sequence read at the key positions
   * @param defaultValue the result for a query that selects no key
   * @throws IllegalArgumentException for values of another type
   */
  public Sop<Double> mean(Sop<? extends Number> values, double defaultValue) {
    return aggregate(Reduction.MEAN, values.node(), defaultValue);
  }

  // ---- selector width ----

  /**
   * {@return the number of key positions each query selects: RASP's selector width primitive}
   * It costs two heads in one layer (see {@link Library#widthWithBos} for one head on inputs that
   * start with a BOS token).
   */
  public Sop<Integer> width() {
    return Sop.wrap(new SelectorWidth(node));
  }

  // ---- evaluation ----

  /**
   * {@return the selection matrix on a character input, by the reference interpreter: {@code
   * [query][key]}}
   *
   * @param input the tokens, a char each
   * @throws RaspException if computing the keys or queries fails
   */
  public boolean[][] matrix(String input) {
    return Interpreter.matrix(node, Input.of(input));
  }

  /**
   * {@return the selection matrix on an integer input, by the reference interpreter: {@code
   * [query][key]}}
   *
   * @param input the tokens
   * @throws RaspException if computing the keys or queries fails
   */
  public boolean[][] matrix(int... input) {
    return Interpreter.matrix(node, Input.of(input));
  }

  /**
   * {@return the selection matrix on a character input as rows of 0 and 1, a row per query, as the
   * blog prints selectors}
   *
   * @param input the tokens, a char each
   * @throws RaspException if computing the keys or queries fails
   */
  public List<List<Integer>> rows(String input) {
    return Interpreter.rows(matrix(input));
  }

  @Override
  public String toString() {
    return "Selector " + node.describe();
  }

  private <T> Sop<T> aggregate(Reduction reduction, SopNode values, Object defaultValue) {
    return Sop.wrap(new Aggregate(reduction, node, values, defaultValue));
  }

  private static Object requireValue(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a default cannot be null");
    }
    return value;
  }
}
