package org.rasp4j.processor.javarules;

import org.rasp4j.processor.javarules.JavaType.Primitive;

/**
 * Java's conversions applied to compile-time values (boxed primitives and Strings): what a cast,
 * an assignment or a promotion does to a value the processor holds.
 */
public final class Values {
  private Values() {}

  /** An integral or char value as a long. */
  public static long asLong(Object value) {
    return value instanceof Character c ? c : ((Number) value).longValue();
  }

  /** A numeric or char value as a double. */
  public static double asDouble(Object value) {
    return value instanceof Character c ? c : ((Number) value).doubleValue();
  }

  /** Whether the value is a boxed numeric primitive or a Character. */
  public static boolean isNumeric(Object value) {
    return value instanceof Number || value instanceof Character;
  }

  /**
   * The value converted to a primitive type as a cast does (JLS 5.1.2 and 5.1.3): {@code (int)
   * 2.7} is 2, {@code (char) 97} is 'a'. Non-numeric values, and booleans, are returned as they
   * are.
   */
  public static Object convert(Object value, Primitive type) {
    if (!isNumeric(value) || type == Primitive.BOOLEAN) {
      return value;
    }
    boolean floating = value instanceof Double || value instanceof Float;
    double d = asDouble(value);
    long l = floating ? (long) d : asLong(value);
    return switch (type) {
      case BYTE -> floating ? (byte) (int) d : (byte) l;
      case SHORT -> floating ? (short) (int) d : (short) l;
      case CHAR -> floating ? (char) (int) d : (char) l;
      case INT -> floating ? (int) d : (int) l;
      case LONG -> l;
      case FLOAT -> value instanceof Float f ? f : floating ? (float) d : (float) l;
      case DOUBLE -> value instanceof Float f ? (double) f : floating ? d : (double) l;
      case BOOLEAN -> value;
    };
  }

  /** The value converted to a declared type (a primitive, or a box whose primitive it takes). */
  public static Object convert(Object value, JavaType type) {
    return type.unboxed().map(p -> convert(value, p)).orElse(value);
  }
}
