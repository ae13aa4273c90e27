package org.rasp4j.interpreter;

import org.rasp4j.ir.Builtin;

/**
 * What each built-in operation computes on one position's boxed values. Problems (overflow,
 * division by zero) are thrown as {@link ArithmeticException}s whose message the interpreter puts
 * after the SOp's name and position.
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
          if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow: -(" + a + ")");
          }
          return -a;
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
    switch (op) {
      case PLUS -> {
        return exact(Math.addExact((long) a, b), a + " + " + b);
      }
      case MINUS -> {
        return exact(Math.subtractExact((long) a, b), a + " - " + b);
      }
      case TIMES -> {
        return exact(Math.multiplyExact((long) a, b), a + " * " + b);
      }
      case DIV -> {
        if (b == 0) {
          throw new ArithmeticException("division by zero: " + a + " / 0");
        }
        return exact(Math.floorDiv((long) a, b), a + " / " + b);
      }
      case MOD -> {
        if (b == 0) {
          throw new ArithmeticException("modulo by zero: " + a + " % 0");
        }
        return Math.floorMod(a, b);
      }
      default -> throw new AssertionError(op);
    }
  }

  private static int exact(long value, String expression) {
    if (value != (int) value) {
      throw new ArithmeticException("integer overflow: " + expression);
    }
    return (int) value;
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
        if (b == 0) {
          throw new ArithmeticException("division by zero: " + a + " / 0.0");
        }
        return a / b;
      }
      case MOD -> {
        if (b == 0) {
          throw new ArithmeticException("modulo by zero: " + a + " % 0.0");
        }
        double r = a % b; // sign of the dividend; Python's % has the divisor's sign
        if (r == 0) {
          return Math.copySign(0.0, b); // Python: 6.0 % -3.0 == -0.0
        }
        return (r < 0) != (b < 0) ? r + b : r;
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
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException("cannot round " + value + " to an int");
    }
    double even = Math.rint(value); // half to even
    if (even < Integer.MIN_VALUE || even > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow: round(" + value + ")");
    }
    return (int) even;
  }
}
