package org.rasp4j.processor.javarules;

import java.util.Optional;
import org.rasp4j.processor.javarules.JavaType.Primitive;

/** The type of {@code c ? a : b} (JLS 15.25), for standalone conditional expressions. */
public final class Conditionals {
  private Conditionals() {}

  /**
   * The conditional expression's type.
   *
   * @param thenConstant the second operand's value if it is a constant expression, else null
   * @param elseConstant the third operand's value if it is a constant expression, else null
   * @return the type; for operands that are neither both boolean nor both numeric, the least
   *     upper bound is approximated by {@link JavaType#OBJECT} unless both are the same class
   */
  public static JavaType type(JavaType a, Object thenConstant, JavaType b, Object elseConstant) {
    if (a.equals(b)) {
      return a;
    }
    if (Conversions.isBoolean(a) && Conversions.isBoolean(b)) {
      return Primitive.BOOLEAN;
    }
    if (Conversions.isNumeric(a) && Conversions.isNumeric(b)) {
      return numeric(a, thenConstant, b, elseConstant);
    }
    JavaType x = a.boxed();
    JavaType y = b.boxed();
    if (Conversions.isSubtype(x, y)) {
      return y;
    }
    return Conversions.isSubtype(y, x) ? x : JavaType.OBJECT;
  }

  private static JavaType numeric(JavaType a, Object aConstant, JavaType b, Object bConstant) {
    Primitive x = a.unboxed().orElseThrow();
    Primitive y = b.unboxed().orElseThrow();
    if (x == y) {
      return x; // int and Integer
    }
    if ((x == Primitive.BYTE && y == Primitive.SHORT) || (x == Primitive.SHORT && y == Primitive.BYTE)) {
      return Primitive.SHORT;
    }
    Optional<Primitive> narrowed = narrowedByConstant(x, b, bConstant);
    if (narrowed.isPresent()) {
      return narrowed.get();
    }
    narrowed = narrowedByConstant(y, a, aConstant);
    if (narrowed.isPresent()) {
      return narrowed.get();
    }
    return Conversions.binaryPromotion(a, b).orElseThrow();
  }

  /**
   * {@code T} when one operand is of type T (or its box) for T byte, short or char, and the other
   * is an int constant representable in T.
   */
  private static Optional<Primitive> narrowedByConstant(Primitive t, JavaType other, Object constant) {
    if ((t == Primitive.BYTE || t == Primitive.SHORT || t == Primitive.CHAR)
        && other == Primitive.INT && constant != null
        && Conversions.fits(Values.asLong(constant), t)) {
      return Optional.of(t);
    }
    return Optional.empty();
  }
}
