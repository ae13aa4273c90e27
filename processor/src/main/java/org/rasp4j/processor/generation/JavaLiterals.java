package org.rasp4j.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.javarules.JavaType;

/**
 * RASP values and types as Java source: literals that compile warning-free and mean exactly the
 * value (negative numbers parenthesised, special doubles named, characters escaped).
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** A literal for a boxed RASP value: Integer, Boolean, Character, Double or String. */
  static CodeBlock of(Object value) {
    if (value instanceof Integer i) {
      return i < 0 ? CodeBlock.of("($L)", i) : CodeBlock.of("$L", i);
    }
    if (value instanceof Boolean b) {
      return CodeBlock.of("$L", b);
    }
    if (value instanceof Character c) {
      return CodeBlock.of("$L", charLiteral(c));
    }
    if (value instanceof Double d) {
      return doubleLiteral(d);
    }
    if (value instanceof String s) {
      return CodeBlock.of("$L", stringLiteral(s));
    }
    throw new IllegalArgumentException("not a RASP value: " + value);
  }

  /**
   * A literal of exactly this static type: a long ({@code 3L}), float ({@code 1.5f}), byte or short
   * ({@code ((byte) 3)}) as well as a RASP value, boxed ({@code Integer.valueOf(3)}) for a box.
   */
  static CodeBlock of(Object value, JavaType type) {
    CodeBlock primitive;
    if (value instanceof Long l) {
      primitive = l < 0 ? CodeBlock.of("($LL)", l) : CodeBlock.of("$LL", l);
    } else if (value instanceof Float f) {
      primitive = floatLiteral(f);
    } else if (value instanceof Byte || value instanceof Short) {
      primitive = CodeBlock.of("(($L) $L)", value instanceof Byte ? "byte" : "short",
          of(((Number) value).intValue()));
    } else {
      primitive = of(value);
    }
    return type.isPrimitive() || type.unboxed().isEmpty() ? primitive
        : CodeBlock.of("$T.valueOf($L)", type.javaClass(), primitive);
  }

  private static CodeBlock floatLiteral(float f) {
    if (Float.isNaN(f)) {
      return CodeBlock.of("$T.NaN", Float.class);
    }
    if (Float.isInfinite(f)) {
      return CodeBlock.of("$T.$L", Float.class, f > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }
    String text = Float.toString(f) + "f";
    return text.startsWith("-") ? CodeBlock.of("($L)", text) : CodeBlock.of("$L", text);
  }

  /** The zero of a type (what a fresh array holds): 0, false, '\0', 0.0, "". */
  static CodeBlock zero(ElementType type) {
    return of(Aggregate.zero(type));
  }

  /** The Java type of one element. */
  static TypeName type(ElementType type) {
    return switch (type) {
      case INT -> TypeName.INT;
      case BOOL -> TypeName.BOOLEAN;
      case CHAR -> TypeName.CHAR;
      case DOUBLE -> TypeName.DOUBLE;
      case STRING -> ClassName.get(String.class);
    };
  }

  /** The Java type of a sequence: {@code int[]}, ..., {@code String[]}. */
  static ArrayTypeName arrayType(ElementType type) {
    return ArrayTypeName.of(type(type));
  }

  private static CodeBlock doubleLiteral(double d) {
    if (Double.isNaN(d)) {
      return CodeBlock.of("$T.NaN", Double.class);
    }
    if (Double.isInfinite(d)) {
      return CodeBlock.of(
          "$T.$L", Double.class, d > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }
    String text = Double.toString(d); // "1.0E10" is a valid Java literal too
    return text.startsWith("-") ? CodeBlock.of("($L)", text) : CodeBlock.of("$L", text);
  }

  /**
   * A string literal in printable ASCII. JavaPoet's own {@code $S} writes other characters raw,
   * and its line handling breaks a literal at U+0085, U+2028 or U+2029.
   */
  static String stringLiteral(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      out.append(c == '"' ? "\\\"" : c == '\'' ? "'" : escaped(c));
    }
    return out.append('"').toString();
  }

  private static String charLiteral(char c) {
    return c == '\0' ? "'\\0'" : "'" + (c == '"' ? "\"" : escaped(c)) + "'";
  }

  /** One character inside a char or string literal. */
  private static String escaped(char c) {
    return switch (c) {
      case '\'' -> "\\'";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> c >= 0x20 && c < 0x7f
          ? String.valueOf(c)
          // A Unicode escape is safe here: line breaks, quotes and backslash are handled above.
          : String.format("\\u%04x", (int) c);
    };
  }
}
