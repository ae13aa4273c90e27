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
 */
public final class Selector {
  private final SelectorNode node;

  Selector(SelectorNode node) {
    this.node = node;
  }

  /** Wraps an IR selector, for tools that build the IR themselves. */
  public static Selector wrap(SelectorNode node) {
    return new Selector(node);
  }

  /** The IR node this selector stands for. */
  public SelectorNode node() {
    return node;
  }

  /** The same selector under a name that traces and pictures show. */
  public Selector named(String name) {
    return new Selector(node.named(name));
  }

  /** Selected by both. */
  public Selector and(Selector other) {
    return new Selector(SelectorLogic.and(node, other.node));
  }

  /** Selected by either. */
  public Selector or(Selector other) {
    return new Selector(SelectorLogic.or(node, other.node));
  }

  /** Selected where this selector does not select (logical, unlike RASPy's {@code ~}). */
  public Selector not() {
    return new Selector(SelectorLogic.not(node));
  }

  // ---- RASPy's sum aggregation ----

  /**
   * RASPy's {@code value}: per query, the sum of the selected values; one selected value passes
   * unchanged. Where nothing is selected: the zero of the type (0, 0.0, false, {@code '\0'},
   * ""), unless {@link #value(Sop, Object) a default} is given. Two or more selected non-numbers
   * are an error (booleans included: count them with {@code toInt()}).
   */
  public <T> Sop<T> value(Sop<T> values) {
    return aggregate(Reduction.SUM, values.node(), null);
  }

  /** {@link #value(Sop)} with the result where nothing is selected. */
  public <T> Sop<T> value(Sop<T> values, T defaultValue) {
    return aggregate(Reduction.SUM, values.node(), requireValue(defaultValue));
  }

  /** {@link #value(Sop)} of a constant, e.g. {@code value(1)} counts the selected positions. */
  public <T> Sop<T> value(T constant) {
    return aggregate(Reduction.SUM, Sop.constantNode(constant), null);
  }

  /** {@link #value(Object)} with the result where nothing is selected. */
  public <T> Sop<T> value(T constant, T defaultValue) {
    return aggregate(Reduction.SUM, Sop.constantNode(constant), requireValue(defaultValue));
  }

  // ---- the original RASP's mean aggregation ----

  /** The original RASP's {@code aggregate}: the mean of the selected values; 0.0 where none. */
  public Sop<Double> mean(Sop<? extends Number> values) {
    return aggregate(Reduction.MEAN, values.node(), null);
  }

  /** {@link #mean(Sop)} with the result where nothing is selected. */
  public Sop<Double> mean(Sop<? extends Number> values, double defaultValue) {
    return aggregate(Reduction.MEAN, values.node(), defaultValue);
  }

  // ---- selector width ----

  /** The number of selected key positions per query: RASP's selector width primitive. */
  public Sop<Integer> width() {
    return Sop.wrap(new SelectorWidth(node));
  }

  // ---- evaluation ----

  /** The selection matrix on a character input: {@code [query][key]}. */
  public boolean[][] matrix(String input) {
    return Interpreter.matrix(node, Input.of(input));
  }

  /** The selection matrix on an integer input: {@code [query][key]}. */
  public boolean[][] matrix(int... input) {
    return Interpreter.matrix(node, Input.of(input));
  }

  /** Rows of 0 and 1, as the blog prints selectors. */
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
