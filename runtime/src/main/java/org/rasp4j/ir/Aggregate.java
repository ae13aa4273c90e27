package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/**
 * One attention head: for each query position, combine the values at the key positions the
 * selector selects ({@link Reduction#SUM} or {@link Reduction#MEAN}), or give the default when it
 * selects none.
 */
public final class Aggregate extends SopNode {
  private final Reduction reduction;
  private final SelectorNode selector;
  private final SopNode values;
  private final Object defaultValue;

  /**
   * An aggregate. Its type is the values' type for a sum and double for a mean.
   *
   * @param reduction how the selected values combine
   * @param selector which key positions each query selects
   * @param values the sequence read at the key positions
   * @param defaultValue the result where nothing is selected, of the result type; null when the
   *     program gave none, which means the type's zero (see {@link #effectiveDefault()})
   * @throws IllegalArgumentException for a mean of values that are no numbers, or a default of
   *     another type than the result's
   */
  public Aggregate(
      Reduction reduction, SelectorNode selector, SopNode values, Object defaultValue) {
    this(resultType(reduction, values), reduction, selector, values, defaultValue);
  }

  // A missing default is the type's zero, stored as such: value(v) and value(v, 0) are one head.
  private Aggregate(
      ElementType type, Reduction reduction, SelectorNode selector, SopNode values, Object given) {
    this(type, reduction, selector, values, given == null ? zero(type) : given, null, 0);
  }

  private Aggregate(
      ElementType type,
      Reduction reduction,
      SelectorNode selector,
      SopNode values,
      Object defaultValue,
      String name,
      int line) {
    super(
        type,
        name,
        line,
        Objects.hash("Aggregate", reduction, selector, values, defaultValue));
    if (ElementType.of(defaultValue) != type) {
      throw new IllegalArgumentException(
          "the default of this aggregate must be of its type, " + type + ", not "
              + ElementType.of(defaultValue));
    }
    this.reduction = reduction;
    this.selector = selector;
    this.values = values;
    this.defaultValue = defaultValue;
  }

  private static ElementType resultType(Reduction reduction, SopNode values) {
    if (reduction == Reduction.MEAN) {
      if (!values.type().isNumeric()) {
        throw new IllegalArgumentException(
            "mean needs int or double values, not " + values.type()
                + (values.type() == ElementType.BOOL ? "; convert booleans with toInt()" : ""));
      }
      return ElementType.DOUBLE;
    }
    return values.type();
  }

  /** {@return how the selected values combine} */
  public Reduction reduction() {
    return reduction;
  }

  /** {@return which key positions each query selects} */
  public SelectorNode selector() {
    return selector;
  }

  /** {@return the sequence read at the key positions} */
  public SopNode values() {
    return values;
  }

  /**
   * {@return the value where nothing is selected: the given default, else the zero of the result
   * type (the sum of nothing)} RASPy's default is the int 0 whatever the values; typed, that is 0, 0.0,
   * false, the char {@code '\0'} or the empty string, which is also what a fresh Java array holds.
   */
  public Object effectiveDefault() {
    return defaultValue;
  }

  /**
   * {@return the zero of a type: 0, 0.0, false, {@code '\0'}, ""}
   *
   * @param type the type
   */
  public static Object zero(ElementType type) {
    return switch (type) {
      case INT -> 0;
      case DOUBLE -> 0.0;
      case BOOL -> false;
      case CHAR -> '\0';
      case STRING -> "";
    };
  }

  @Override
  public List<Node> inputs() {
    return List.of(selector, values);
  }

  @Override
  public String label() {
    return reduction == Reduction.SUM ? "aggregate" : "mean";
  }

  @Override
  boolean sameStructure(Node other) {
    Aggregate that = (Aggregate) other;
    return that.reduction == reduction && Objects.equals(that.defaultValue, defaultValue);
  }

  @Override
  public Aggregate named(String name) {
    return new Aggregate(type(), reduction, selector, values, defaultValue, name, line());
  }

  @Override
  public Aggregate at(int line) {
    return new Aggregate(type(), reduction, selector, values, defaultValue, name(), line);
  }
}
