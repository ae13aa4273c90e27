package org.rasp4j.ir;

import static org.rasp4j.ir.ElementType.BOOL;
import static org.rasp4j.ir.ElementType.DOUBLE;
import static org.rasp4j.ir.ElementType.INT;

import java.util.List;

/**
 * The typing rules of the built-in operations, shared by the DSL (which checks while it builds the
 * graph) and the annotation processor (which infers types from source).
 */
final class BuiltinTyping {
  private BuiltinTyping() {}

  /**
   * The result type of {@code op} applied to operands of the given types.
   *
   * @throws IllegalArgumentException saying what is wrong and what to write instead
   */
  public static ElementType resultType(Builtin op, List<ElementType> operands) {
    if (operands.size() != op.arity()) {
      throw new IllegalArgumentException(
          op.symbol() + " takes " + op.arity() + " operands, not " + operands.size());
    }
    ElementType first = operands.get(0);
    switch (op) {
      case PLUS, MINUS, TIMES, DIV, MOD -> {
        requireSame(op, operands);
        if (!first.isNumeric()) {
          throw new IllegalArgumentException(
              "'" + op.symbol() + "' needs int or double operands, not " + first
                  + (first == BOOL ? "; count booleans with toInt()" : ""));
        }
        return first;
      }
      case NEGATE -> {
        if (!first.isNumeric()) {
          throw new IllegalArgumentException("negate needs an int or double operand, not " + first);
        }
        return first;
      }
      case EQ, NE -> {
        requireSame(op, operands);
        return BOOL;
      }
      case LT, LE, GT, GE -> {
        requireSame(op, operands);
        if (!first.isOrdered()) {
          throw new IllegalArgumentException(
              "'" + op.symbol() + "' needs ordered operands (int, char, double, String), not "
                  + first);
        }
        return BOOL;
      }
      case AND, OR -> {
        requireSame(op, operands);
        requireBool(op, first);
        return BOOL;
      }
      case NOT -> {
        requireBool(op, first);
        return BOOL;
      }
      case WHERE -> {
        requireBool(op, first);
        if (operands.get(1) != operands.get(2)) {
          throw new IllegalArgumentException(
              "where needs both branches of one type, not " + operands.get(1) + " and "
                  + operands.get(2));
        }
        return operands.get(1);
      }
      case TO_INT -> {
        requireBool(op, first);
        return INT;
      }
      case TO_DOUBLE -> {
        if (first != INT) {
          throw new IllegalArgumentException("toDouble needs an int operand, not " + first);
        }
        return DOUBLE;
      }
      case ROUND -> {
        if (first != DOUBLE) {
          throw new IllegalArgumentException("round needs a double operand, not " + first);
        }
        return INT;
      }
    }
    throw new AssertionError(op);
  }

  private static void requireSame(Builtin op, List<ElementType> operands) {
    if (operands.get(0) != operands.get(1)) {
      throw new IllegalArgumentException(
          "'" + op.symbol() + "' needs operands of one type, not " + operands.get(0) + " and "
              + operands.get(1) + conversionHint(operands.get(0), operands.get(1)));
    }
  }

  private static String conversionHint(ElementType a, ElementType b) {
    if ((a == INT && b == DOUBLE) || (a == DOUBLE && b == INT)) {
      return "; convert the int side with toDouble()";
    }
    if ((a == INT && b == BOOL) || (a == BOOL && b == INT)) {
      return "; convert the boolean side with toInt()";
    }
    return "";
  }

  private static void requireBool(Builtin op, ElementType type) {
    if (type != BOOL) {
      throw new IllegalArgumentException(op.symbol() + " needs boolean operands, not " + type);
    }
  }
}
