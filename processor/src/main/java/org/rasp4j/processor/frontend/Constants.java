package org.rasp4j.processor.frontend;

import com.sun.source.tree.Tree;
import org.rasp4j.processor.javarules.Conversions;
import org.rasp4j.processor.javarules.JavaType;

/**
 * Java's operators on compile-time constants (ints, chars, booleans, doubles, Strings), with
 * Java's promotions: what {@code i + 1} or {@code WINDOW - 1} evaluates to while the processor
 * unrolls a program.
 */
final class Constants {
  private Constants() {}

  static boolean isConstant(Object value) {
    return value instanceof Integer
        || value instanceof Character
        || value instanceof Boolean
        || value instanceof Double
        || value instanceof String;
  }

  /** The result of a binary operator, or null when it does not apply to these operands. */
  static Object binary(Tree.Kind kind, Object a, Object b) {
    if (kind == Tree.Kind.PLUS && (a instanceof String || b instanceof String)) {
      return String.valueOf(a) + b;
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return switch (kind) {
        case CONDITIONAL_AND, AND -> x && y;
        case CONDITIONAL_OR, OR -> x || y;
        case XOR -> x ^ y;
        case EQUAL_TO -> x.equals(y);
        case NOT_EQUAL_TO -> !x.equals(y);
        default -> null;
      };
    }
    if (isNumeric(a) && isNumeric(b)) {
      // Binary numeric promotion (JLS 5.6) of the constants' types: double, or int.
      if (Conversions.binaryPromotion(JavaType.ofValue(a), JavaType.ofValue(b))
          .orElseThrow() == JavaType.Primitive.DOUBLE) {
        double x = asDouble(a);
        double y = asDouble(b);
        return switch (kind) {
          case PLUS -> x + y;
          case MINUS -> x - y;
          case MULTIPLY -> x * y;
          case DIVIDE -> x / y;
          case REMAINDER -> x % y;
          case LESS_THAN -> x < y;
          case LESS_THAN_EQUAL -> x <= y;
          case GREATER_THAN -> x > y;
          case GREATER_THAN_EQUAL -> x >= y;
          case EQUAL_TO -> x == y;
          case NOT_EQUAL_TO -> x != y;
          default -> null;
        };
      }
      int x = asInt(a);
      int y = asInt(b);
      if ((kind == Tree.Kind.DIVIDE || kind == Tree.Kind.REMAINDER) && y == 0) {
        throw new ArithmeticException("/ by zero");
      }
      return switch (kind) {
        case PLUS -> x + y;
        case MINUS -> x - y;
        case MULTIPLY -> x * y;
        case DIVIDE -> x / y;
        case REMAINDER -> x % y;
        case LESS_THAN -> x < y;
        case LESS_THAN_EQUAL -> x <= y;
        case GREATER_THAN -> x > y;
        case GREATER_THAN_EQUAL -> x >= y;
        case EQUAL_TO -> x == y;
        case NOT_EQUAL_TO -> x != y;
        case AND -> x & y;
        case OR -> x | y;
        case XOR -> x ^ y;
        case LEFT_SHIFT -> x << y;
        case RIGHT_SHIFT -> x >> y;
        case UNSIGNED_RIGHT_SHIFT -> x >>> y;
        default -> null;
      };
    }
    if (a instanceof String && b instanceof String
        && (kind == Tree.Kind.EQUAL_TO || kind == Tree.Kind.NOT_EQUAL_TO)) {
      return null; // reference comparison of strings: refuse rather than guess
    }
    return null;
  }

  /** The result of a unary operator, or null when it does not apply. */
  static Object unary(Tree.Kind kind, Object a) {
    if (a instanceof Boolean x && kind == Tree.Kind.LOGICAL_COMPLEMENT) {
      return !x;
    }
    if (a instanceof Double x) {
      return switch (kind) {
        case UNARY_MINUS -> -x;
        case UNARY_PLUS -> x;
        default -> null;
      };
    }
    if (isNumeric(a)) {
      int x = asInt(a);
      return switch (kind) {
        case UNARY_MINUS -> -x;
        case UNARY_PLUS -> x;
        case BITWISE_COMPLEMENT -> ~x;
        default -> null;
      };
    }
    return null;
  }

  private static boolean isNumeric(Object value) {
    return value instanceof Integer || value instanceof Character || value instanceof Double;
  }

  private static int asInt(Object value) {
    return value instanceof Character c ? c : (Integer) value;
  }

  private static double asDouble(Object value) {
    return value instanceof Double d ? d : asInt(value);
  }
}
