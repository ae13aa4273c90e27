package org.rasp4j.processor.javarules;

import java.util.Map;
import java.util.Optional;
import org.rasp4j.ir.ElementType;

/**
 * The static type of an expression in the Java subset rasp4j reads: one of the eight primitive
 * types, or a class (the boxes, String, Object, and whatever else a method declares). Type
 * variables are represented by their erasure.
 */
public sealed interface JavaType permits JavaType.Primitive, JavaType.Reference {
  Reference OBJECT = new Reference(Object.class);
  Reference STRING = new Reference(String.class);

  /** The Java class: {@code int.class}, {@code Integer.class}, ... */
  Class<?> javaClass();

  /** Whether this is a primitive type. */
  default boolean isPrimitive() {
    return this instanceof Primitive;
  }

  /** The primitive this type unboxes to: itself for a primitive, empty for a non-box. */
  Optional<Primitive> unboxed();

  /** The type boxing gives: the box of a primitive, a reference itself. */
  Reference boxed();

  /** The primitive types, each with its box. */
  enum Primitive implements JavaType {
    BOOLEAN(boolean.class, Boolean.class),
    BYTE(byte.class, Byte.class),
    SHORT(short.class, Short.class),
    CHAR(char.class, Character.class),
    INT(int.class, Integer.class),
    LONG(long.class, Long.class),
    FLOAT(float.class, Float.class),
    DOUBLE(double.class, Double.class);

    private final Class<?> type;
    private final Class<?> box;

    Primitive(Class<?> type, Class<?> box) {
      this.type = type;
      this.box = box;
    }

    @Override
    public Class<?> javaClass() {
      return type;
    }

    @Override
    public Optional<Primitive> unboxed() {
      return Optional.of(this);
    }

    @Override
    public Reference boxed() {
      return new Reference(box);
    }

    /** Every primitive but boolean. */
    public boolean isNumeric() {
      return this != BOOLEAN;
    }

    /** byte, short, char, int and long. */
    public boolean isIntegral() {
      return this != BOOLEAN && this != FLOAT && this != DOUBLE;
    }

    @Override
    public String toString() {
      return type.getName();
    }
  }

  /** A class or interface type. */
  record Reference(Class<?> javaClass) implements JavaType {
    private static final Map<Class<?>, Primitive> UNBOXED = Map.of(
        Boolean.class, Primitive.BOOLEAN, Byte.class, Primitive.BYTE,
        Short.class, Primitive.SHORT, Character.class, Primitive.CHAR,
        Integer.class, Primitive.INT, Long.class, Primitive.LONG,
        Float.class, Primitive.FLOAT, Double.class, Primitive.DOUBLE);

    public Reference {
      if (javaClass.isPrimitive()) {
        throw new IllegalArgumentException(javaClass + " is primitive");
      }
    }

    @Override
    public Optional<Primitive> unboxed() {
      return Optional.ofNullable(UNBOXED.get(javaClass));
    }

    @Override
    public Reference boxed() {
      return this;
    }

    @Override
    public String toString() {
      return javaClass.getSimpleName();
    }
  }

  /** The type of a Java class object. */
  static JavaType of(Class<?> type) {
    if (type.isPrimitive()) {
      for (Primitive primitive : Primitive.values()) {
        if (primitive.javaClass() == type) {
          return primitive;
        }
      }
      throw new IllegalArgumentException("void has no values");
    }
    return new Reference(type);
  }

  /** The type a RASP element has in generated code: int, boolean, char, double or String. */
  static JavaType of(ElementType type) {
    return switch (type) {
      case INT -> Primitive.INT;
      case BOOL -> Primitive.BOOLEAN;
      case CHAR -> Primitive.CHAR;
      case DOUBLE -> Primitive.DOUBLE;
      case STRING -> STRING;
    };
  }

  /** The RASP element type this type stores as, if any (Integer and int are INT). */
  static Optional<ElementType> element(JavaType type) {
    Optional<Primitive> primitive = type.unboxed();
    if (primitive.isPresent()) {
      return switch (primitive.get()) {
        case INT -> Optional.of(ElementType.INT);
        case BOOLEAN -> Optional.of(ElementType.BOOL);
        case CHAR -> Optional.of(ElementType.CHAR);
        case DOUBLE -> Optional.of(ElementType.DOUBLE);
        default -> Optional.empty();
      };
    }
    return type.equals(STRING) ? Optional.of(ElementType.STRING) : Optional.empty();
  }

  /**
   * The static type a compile-time value stands for when nothing declares it: a constant's
   * primitive type ({@code 3} is an int), otherwise its class.
   */
  static JavaType ofValue(Object value) {
    return value == null ? OBJECT : new Reference(value.getClass()).unboxed()
        .<JavaType>map(p -> p).orElseGet(() -> new Reference(value.getClass()));
  }
}
