package org.rasp4j.ir;

/**
 * The element type of a sequence: each maps to one primitive (or String) array in generated code.
 */
public enum ElementType {
  /** 32-bit ints. */
  INT(Integer.class, "int"),
  /** Booleans. */
  BOOL(Boolean.class, "boolean"),
  /** UTF-16 code units. */
  CHAR(Character.class, "char"),
  /** Doubles. */
  DOUBLE(Double.class, "double"),
  /** Strings. */
  STRING(String.class, "String");

  private final Class<?> boxed;
  private final String javaName;

  ElementType(Class<?> boxed, String javaName) {
    this.boxed = boxed;
    this.javaName = javaName;
  }

  /** {@return the boxed Java class of a value of this type (what the interpreter holds)} */
  public Class<?> boxed() {
    return boxed;
  }

  /**
   * {@return the Java element type in generated code: {@code int}, {@code char}, ..., {@code
   * String}}
   */
  public String javaName() {
    return javaName;
  }

  /** {@return whether values of this type can be summed and averaged} */
  public boolean isNumeric() {
    return this == INT || this == DOUBLE;
  }

  /** {@return whether values of this type have an order (for {@code <}, {@code <=}, ...)} */
  public boolean isOrdered() {
    return this != BOOL;
  }

  /**
   * {@return the type of a boxed constant}
   *
   * @param value an Integer, Boolean, Character, Double or String
   * @throws IllegalArgumentException naming what is not a RASP value (null included)
   */
  public static ElementType of(Object value) {
    for (ElementType type : values()) {
      if (type.boxed.isInstance(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "not a RASP value: "
            + value
            + (value == null ? "" : " (" + value.getClass().getName() + ")")
            + "; use an int, boolean, char, double or String");
  }

  /** Lower-case name for messages: "int", "boolean", "char", "double", "String". */
  @Override
  public String toString() {
    return javaName;
  }
}
