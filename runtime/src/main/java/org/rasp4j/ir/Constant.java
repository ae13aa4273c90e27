package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/** One value broadcast to every position. */
public final class Constant extends SopNode {
  private final Object value;

  /**
   * A constant of the value's own type (Integer, Boolean, Character, Double or String).
   *
   * @param value the value at every position
   * @throws IllegalArgumentException for null or a value of another class
   */
  public Constant(Object value) {
    this(ElementType.of(value), value, null, 0);
  }

  private Constant(ElementType type, Object value, String name, int line) {
    super(type, name, line, Objects.hash("Constant", type, value));
    this.value = value;
  }

  /** {@return the boxed value} */
  public Object value() {
    return value;
  }

  @Override
  public List<Node> inputs() {
    return List.of();
  }

  @Override
  public String label() {
    return type() == ElementType.CHAR ? "'" + value + "'" : String.valueOf(value);
  }

  @Override
  boolean sameStructure(Node other) {
    return ((Constant) other).value.equals(value);
  }

  @Override
  public Constant named(String name) {
    return new Constant(type(), value, name, line());
  }

  @Override
  public Constant at(int line) {
    return new Constant(type(), value, name(), line);
  }
}
