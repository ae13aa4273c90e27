package org.rasp4j.interpreter;

import org.rasp4j.ir.Builtin;
import org.rasp4j.support.Arithmetic;

/**
 * What each built-in operation computes on one position's boxed values. Problems (overflow,
 * division by zero) are thrown as {@link ArithmeticException}s whose message the interpreter puts
 * after the SOp's name and position. The arithmetic itself is {@link Arithmetic}'s, which generated
 * evaluators call too.
 */
final class BuiltinSemantics {
  private BuiltinSemantics() {}

  static Object apply(Builtin op, Object[] args) {
    switch (op) {
      case PLUS, MINUS, TIMES, DIV, MOD -> {
        if (args[0] instanceof Integer a) {
          return intArithmetic(op, a, (Integer) args[1]);
        }
        return doubleArithmetic(op, (Double) args[0], (Double) args[1]);
      }
      case NEGATE -> {
        if (args[0] instanceof Integer a) {
          return Arithmetic.negate(a);
        }
        return -(Double) args[0];
      }
      case EQ -> {
        return equal(args[0], args[1]);
      }
      case NE -> {
        return !equal(args[0], args[1]);
      }
      case LT, LE, GT, GE -> {
        return ordered(op, args[0], args[1]);
      }
      case AND -> {
        return (Boolean) args[0] && (Boolean) args[1];
      }
      case OR -> {
        return (Boolean) args[0] || (Boolean) args[1];
      }
      case NOT -> {
        return !(Boolean) args[0];
      }
      case WHERE -> {
        return (Boolean) args[0] ? args[1] : args[2];
      }
      case TO_INT -> {
        return (Boolean) args[0] ? 1 : 0;
      }
      case TO_DOUBLE -> {
        return ((Integer) args[0]).doubleValue();
      }
      case ROUND -> {
        return round((Double) args[0]);
      }
    }
    throw new AssertionError(op);
  }

  private static int intArithmetic(Builtin op, int a, int b) {
    return switch (op) {
      case PLUS -> Arithmetic.plus(a, b);
      case MINUS -> Arithmetic.minus(a, b);
      case TIMES -> Arithmetic.times(a, b);
      case DIV -> Arithmetic.div(a, b);
      case MOD -> Arithmetic.mod(a, b);
      default -> throw new AssertionError(op);
    };
  }

  private static double doubleArithmetic(Builtin op, double a, double b) {
    switch (op) {
      case PLUS -> {
        return a + b;
      }
      case MINUS -> {
        return a - b;
      }
      case TIMES -> {
        return a * b;
      }
      case DIV -> {
        return Arithmetic.div(a, b);
      }
      case MOD -> {
        return Arithmetic.mod(a, b);
      }
      default -> throw new AssertionError(op);
    }
  }

  /** Doubles compare as numbers (0.0 == -0.0; NaN equals nothing), everything else by equals. */
  static boolean equal(Object a, Object b) {
    if (a instanceof Double x) {
      return x.doubleValue() == (Double) b;
    }
    return a.equals(b);
  }

  /** Doubles compare as primitives (NaN is in no order, as in Java and Python). */
  @SuppressWarnings("unchecked")
  private static boolean ordered(Builtin op, Object a, Object b) {
    if (a instanceof Double x) {
      double l = x;
      double r = (Double) b;
      return switch (op) {
        case LT -> l < r;
        case LE -> l <= r;
        case GT -> l > r;
        default -> l >= r;
      };
    }
    int c = ((Comparable<Object>) a).compareTo(b);
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      default -> c >= 0;
    };
  }

  static int round(double value) {
    return Arithmetic.round(value);
  }
}
