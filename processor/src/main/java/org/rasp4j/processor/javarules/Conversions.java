package org.rasp4j.processor.javarules;

import java.util.Optional;
import org.rasp4j.processor.javarules.JavaType.Primitive;
import org.rasp4j.processor.javarules.JavaType.Reference;

/**
 * Java's conversions and promotions (JLS chapter 5) over {@link JavaType}: what javac allows where,
 * and the type an operator gives. Every part of the processor that types Java asks here.
 */
public final class Conversions {
  private Conversions() {}

  /** Widening primitive conversion (JLS 5.1.2), or identity: also primitive subtyping (4.10.1). */
  public static boolean widensTo(Primitive from, Primitive to) {
    if (from == to) {
      return true;
    }
    if (from == Primitive.BOOLEAN || to == Primitive.BOOLEAN) {
      return false;
    }
    return switch (from) {
      case BYTE -> to != Primitive.CHAR;
      case SHORT, CHAR -> to == Primitive.INT || to == Primitive.LONG || to == Primitive.FLOAT
          || to == Primitive.DOUBLE;
      case INT -> to == Primitive.LONG || to == Primitive.FLOAT || to == Primitive.DOUBLE;
      case LONG -> to == Primitive.FLOAT || to == Primitive.DOUBLE;
      case FLOAT -> to == Primitive.DOUBLE;
      default -> false;
    };
  }

  /** Subtyping: primitive widening, or class assignability. */
  public static boolean isSubtype(JavaType from, JavaType to) {
    if (from instanceof Primitive a && to instanceof Primitive b) {
      return widensTo(a, b);
    }
    return from instanceof Reference a && to instanceof Reference b
        && b.javaClass().isAssignableFrom(a.javaClass());
  }

  /** Strict invocation context (JLS 5.3, phase 1): identity and widening only. */
  public static boolean strict(JavaType from, JavaType to) {
    return isSubtype(from, to);
  }

  /** Loose invocation context (JLS 5.3, phase 2): strict, or boxing or unboxing then widening. */
  public static boolean loose(JavaType from, JavaType to) {
    if (strict(from, to)) {
      return true;
    }
    if (from instanceof Primitive primitive) {
      return to instanceof Reference && isSubtype(primitive.boxed(), to);
    }
    Optional<Primitive> unboxed = from.unboxed();
    return to instanceof Primitive target && unboxed.isPresent() && widensTo(unboxed.get(), target);
  }

  /**
   * Assignment context (JLS 5.2): loose, plus the narrowing of an int constant to byte, short or
   * char (or their boxes) when its value fits.
   *
   * @param constant the value if the expression is a constant expression, else null
   */
  public static boolean assignable(JavaType from, JavaType to, Object constant) {
    if (loose(from, to)) {
      return true;
    }
    if (constant == null || !(from instanceof Primitive source) || !source.isIntegral()
        || source == Primitive.LONG) {
      return false;
    }
    Optional<Primitive> target = to.unboxed();
    if (target.isEmpty()) {
      return false;
    }
    Primitive narrow = target.get();
    return (narrow == Primitive.BYTE || narrow == Primitive.SHORT || narrow == Primitive.CHAR)
        && fits(Values.asLong(constant), narrow);
  }

  /** Whether an integral value is representable in a byte, short, char or int. */
  public static boolean fits(long value, Primitive type) {
    return switch (type) {
      case BYTE -> value == (byte) value;
      case SHORT -> value == (short) value;
      case CHAR -> value == (char) value;
      case INT -> value == (int) value;
      default -> true;
    };
  }

  /** Casting context (JLS 5.5): whether {@code (to) expression-of-from} compiles. */
  public static boolean castable(JavaType from, JavaType to) {
    if (from instanceof Primitive a && to instanceof Primitive b) {
      return a == b || (a.isNumeric() && b.isNumeric());
    }
    if (from instanceof Primitive a) {
      return isSubtype(a.boxed(), to);
    }
    if (to instanceof Primitive b) {
      Optional<Primitive> unboxed = from.unboxed();
      if (unboxed.isPresent()) {
        return widensTo(unboxed.get(), b);
      }
      return from.javaClass().isAssignableFrom(b.boxed().javaClass()); // (int) someObject
    }
    return isSubtype(from, to) || isSubtype(to, from) || from.javaClass().isInterface()
        || to.javaClass().isInterface();
  }

  /** Whether unboxing (if any) gives a numeric primitive. */
  public static boolean isNumeric(JavaType type) {
    return type.unboxed().map(Primitive::isNumeric).orElse(false);
  }

  /** Whether unboxing (if any) gives an integral primitive. */
  public static boolean isIntegral(JavaType type) {
    return type.unboxed().map(Primitive::isIntegral).orElse(false);
  }

  /** Whether the type is boolean or Boolean. */
  public static boolean isBoolean(JavaType type) {
    return type.unboxed().orElse(null) == Primitive.BOOLEAN;
  }

  /** Unary numeric promotion (JLS 5.6): unbox, then byte, short and char become int. */
  public static Optional<Primitive> unaryPromotion(JavaType type) {
    return type.unboxed().filter(Primitive::isNumeric).map(p ->
        p == Primitive.BYTE || p == Primitive.SHORT || p == Primitive.CHAR ? Primitive.INT : p);
  }

  /** Binary numeric promotion (JLS 5.6): unbox both, then double, float, long or int. */
  public static Optional<Primitive> binaryPromotion(JavaType a, JavaType b) {
    Optional<Primitive> x = unaryPromotion(a);
    Optional<Primitive> y = unaryPromotion(b);
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    for (Primitive wide : new Primitive[] {Primitive.DOUBLE, Primitive.FLOAT, Primitive.LONG}) {
      if (x.get() == wide || y.get() == wide) {
        return Optional.of(wide);
      }
    }
    return Optional.of(Primitive.INT);
  }
}
