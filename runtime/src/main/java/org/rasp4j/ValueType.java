package org.rasp4j;

import org.rasp4j.ir.ElementType;

/**
 * The static element type of a {@link Sop}, as a value: what {@code map} and {@code zip} produce
 * and what {@link Rasp#tokens(ValueType)} reads. The five instances live in {@link Rasp}.
 *
 * @param <T> the boxed Java type of one element
 */
public final class ValueType<T> {
  static final ValueType<Integer> INT = new ValueType<>(ElementType.INT, Integer.class);
  static final ValueType<Boolean> BOOL = new ValueType<>(ElementType.BOOL, Boolean.class);
  static final ValueType<Character> CHAR = new ValueType<>(ElementType.CHAR, Character.class);
  static final ValueType<Double> DOUBLE = new ValueType<>(ElementType.DOUBLE, Double.class);
  static final ValueType<String> STRING = new ValueType<>(ElementType.STRING, String.class);

  private final ElementType element;
  private final Class<T> javaClass;

  private ValueType(ElementType element, Class<T> javaClass) {
    this.element = element;
    this.javaClass = javaClass;
  }

  /** {@return the graph's element type for this type} */
  public ElementType element() {
    return element;
  }

  /** {@return the boxed Java class of one element} */
  public Class<T> javaClass() {
    return javaClass;
  }

  /** The instance for an IR element type (unchecked in T: the caller knows the node's type). */
  @SuppressWarnings("unchecked")
  static <T> ValueType<T> of(ElementType element) {
    return (ValueType<T>)
        switch (element) {
          case INT -> INT;
          case BOOL -> BOOL;
          case CHAR -> CHAR;
          case DOUBLE -> DOUBLE;
          case STRING -> STRING;
        };
  }

  @Override
  public String toString() {
    return element.toString();
  }
}
