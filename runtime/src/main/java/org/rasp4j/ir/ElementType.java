package org.rasp4j.ir;

/**
 * The element type of a sequence: each maps to one primitive (or String) array in generated code.
 */
public enum ElementType {
  INT(Integer.class, "int"),
  BOOL(Boolean.class, "boolean"),
  CHAR(Character.class, "char"),
  DOUBLE(Double.class, "double"),
  STRING(String.class, "String");

  private final Class<?> boxed;
  private final String javaName;

  ElementType(Class<?> boxed, String javaName) {
    this.boxed = boxed;
    this.javaName = javaName;
  }

  /** The boxed Java class of a value of this type (what the interpreter holds). */
  public Class<?> boxed() {
    return boxed;
  }

  /** The Java element type in generated code: {@code int}, {@code char}, ..., {@code String}. */
  public String javaName() {
    return javaName;
  }

  /** Whether values of this type can be summed and averaged. */
  public boolean isNumeric() {
    return this == INT || this == DOUBLE;
  }

  /** Whether values of this type have an order (for {@code <}, {@code <=}, ...). */
  public boolean isOrdered() {
    return this != BOOL;
  }

  /** The type of a boxed constant, or an exception naming what is not a RASP value. */
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
