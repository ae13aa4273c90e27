package org.rasp4j.processor.scalar;

import java.util.List;
import org.rasp4j.processor.javarules.JavaType;
import org.rasp4j.processor.javarules.JavaType.Primitive;
import org.rasp4j.processor.javarules.Values;

/**
 * The value of a scalar that is a constant expression (JLS 15.29): literals and constant variables
 * combined by operators, casts and {@code ?:}. Java's typing rules need it ({@code c ? 'a' : 1} is
 * a char because 1 is a constant that fits).
 */
public final class ConstantFolder {
  /** The value, or null when the scalar is not a constant expression of a primitive type. */
  public static Object value(Scalar scalar) {
    return value(scalar, false, List.of());
  }

  /**
   * The value javac sees in the generated code, where every value the function captured is a
   * literal, and so is every parameter bound to a constant operand ({@code zip(INT, constant(1), ...)}).
   *
   * @param bound each parameter's constant value, by index, or null where it is not a constant
   */
  public static Object valueAsWritten(Scalar scalar, List<?> bound) {
    return value(scalar, true, bound);
  }

  private static Object value(Scalar scalar, boolean written, List<?> bound) {
    try {
      return new ConstantFolder(written, bound).fold(scalar);
    } catch (ArithmeticException notConstant) {
      return null; // 1 / 0 is no constant expression
    }
  }

  private final boolean written;
  private final List<?> bound;

  private ConstantFolder(boolean written, List<?> bound) {
    this.written = written;
    this.bound = bound;
  }

  private Object fold(Scalar scalar) {
    if (scalar instanceof Scalar.Param param) {
      Object value = param.index() < bound.size() ? bound.get(param.index()) : null;
      return value != null && !(value instanceof String) ? value : null;
    }
    if (scalar instanceof Scalar.Literal literal) {
      return (literal.constant() || written) && literal.type().isPrimitive() ? literal.value() : null;
    }
    if (!(scalar.type() instanceof Primitive type)) {
      return null;
    }
    if (scalar instanceof Scalar.Cast cast) {
      Object operand = fold(cast.operand());
      return operand == null ? null : Values.convert(operand, type);
    }
    if (scalar instanceof Scalar.Conditional conditional) {
      Object condition = fold(conditional.condition());
      Object then = fold(conditional.then());
      Object otherwise = fold(conditional.otherwise());
      if (!(condition instanceof Boolean c) || then == null || otherwise == null) {
        return null;
      }
      return Values.convert(c ? then : otherwise, type);
    }
    if (scalar instanceof Scalar.Unary unary) {
      Object operand = fold(unary.operand());
      if (operand == null) {
        return null;
      }
      return switch (unary.operator()) {
        case "!" -> !(Boolean) operand;
        case "~" -> Values.convert(~Values.asLong(operand), type);
        case "-" -> type == Primitive.FLOAT || type == Primitive.DOUBLE
            ? Values.convert(-Values.asDouble(operand), type)
            : Values.convert(-Values.asLong(operand), type);
        default -> Values.convert(operand, type);
      };
    }
    if (scalar instanceof Scalar.Binary binary) {
      Object left = fold(binary.left());
      Object right = fold(binary.right());
      return left == null || right == null ? null : binary(binary, left, right, type);
    }
    return null;
  }

  private Object binary(Scalar.Binary binary, Object left, Object right, Primitive type) {
    String operator = binary.operator();
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (operator) {
        case "&&", "&" -> a && b;
        case "||", "|" -> a || b;
        case "^", "!=" -> a ^ b;
        case "==" -> a == b;
        default -> null;
      };
    }
    JavaType operands = type == Primitive.BOOLEAN
        ? promoted(binary.left().type(), binary.right().type()) : type;
    if (operator.equals("<<") || operator.equals(">>") || operator.equals(">>>")) {
      long value = Values.asLong(left);
      int distance = (int) Values.asLong(right);
      if (type == Primitive.INT) {
        int x = (int) value;
        return operator.equals("<<") ? x << distance : operator.equals(">>") ? x >> distance : x >>> distance;
      }
      return operator.equals("<<") ? value << distance : operator.equals(">>") ? value >> distance : value >>> distance;
    }
    if (operands == Primitive.DOUBLE || operands == Primitive.FLOAT) {
      double x = Values.asDouble(Values.convert(left, (Primitive) operands));
      double y = Values.asDouble(Values.convert(right, (Primitive) operands));
      Object result = switch (operator) {
        case "+" -> x + y;
        case "-" -> x - y;
        case "*" -> x * y;
        case "/" -> x / y;
        case "%" -> x % y;
        default -> compare(operator, x, y);
      };
      return result instanceof Double d ? Values.convert(d, type) : result;
    }
    long x = Values.asLong(left);
    long y = Values.asLong(right);
    boolean ints = operands == Primitive.INT;
    Object result = switch (operator) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> ints ? (long) ((int) x / (int) y) : x / y;
      case "%" -> ints ? (long) ((int) x % (int) y) : x % y;
      case "&" -> x & y;
      case "|" -> x | y;
      case "^" -> x ^ y;
      default -> compare(operator, x, y);
    };
    return result instanceof Long l ? Values.convert(l, type) : result;
  }

  private static Object compare(String operator, long x, long y) {
    return switch (operator) {
      case "<" -> x < y;
      case "<=" -> x <= y;
      case ">" -> x > y;
      case ">=" -> x >= y;
      case "==" -> x == y;
      case "!=" -> x != y;
      default -> null;
    };
  }

  private static Object compare(String operator, double x, double y) {
    return switch (operator) {
      case "<" -> x < y;
      case "<=" -> x <= y;
      case ">" -> x > y;
      case ">=" -> x >= y;
      case "==" -> x == y;
      case "!=" -> x != y;
      default -> null;
    };
  }

  private static JavaType promoted(JavaType a, JavaType b) {
    return org.rasp4j.processor.javarules.Conversions.binaryPromotion(a, b)
        .<JavaType>map(p -> p).orElse(Primitive.BOOLEAN);
  }
}
