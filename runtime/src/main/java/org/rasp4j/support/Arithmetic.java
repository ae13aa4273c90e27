package org.rasp4j.support;

/**
 * The arithmetic of the built-in operations on one position's values: ints overflow-checked, int
 * division and modulo floored as in Python, double modulo with the divisor's sign, rounding half to
 * even. A problem is an {@link ArithmeticException} whose message the caller puts after the SOp's
 * name and position in a {@link org.rasp4j.RaspException}.
 */
public final class Arithmetic {
  private Arithmetic() {}

  public static int plus(int a, int b) {
    return exact((long) a + b, a, " + ", b);
  }

  public static int minus(int a, int b) {
    return exact((long) a - b, a, " - ", b);
  }

  public static int times(int a, int b) {
    return exact((long) a * b, a, " * ", b);
  }

  /** Rounds toward negative infinity, as Python's {@code //}. */
  public static int div(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero: " + a + " / 0");
    }
    return exact(Math.floorDiv((long) a, b), a, " / ", b);
  }

  /** The remainder with the divisor's sign, as Python's {@code %}. */
  public static int mod(int a, int b) {
    if (b == 0) {
      throw new ArithmeticException("modulo by zero: " + a + " % 0");
    }
    return Math.floorMod(a, b);
  }

  public static int negate(int a) {
    if (a == Integer.MIN_VALUE) {
      throw new ArithmeticException("integer overflow: -(" + a + ")");
    }
    return -a;
  }

  /** True division; dividing by zero is an error, as in Python. */
  public static double div(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("division by zero: " + a + " / 0.0");
    }
    return a / b;
  }

  /** The remainder with the divisor's sign, as Python's {@code %}. */
  public static double mod(double a, double b) {
    if (b == 0) {
      throw new ArithmeticException("modulo by zero: " + a + " % 0.0");
    }
    double r = a % b; // sign of the dividend; Python's % has the divisor's sign
    if (r == 0) {
      return Math.copySign(0.0, b); // Python: 6.0 % -3.0 == -0.0
    }
    return (r < 0) != (b < 0) ? r + b : r;
  }

  /** Half to even (banker's rounding, as Python's {@code round}). */
  public static int round(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new ArithmeticException("cannot round " + value + " to an int");
    }
    double even = Math.rint(value);
    if (even < Integer.MIN_VALUE || even > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow: round(" + value + ")");
    }
    return (int) even;
  }

  /**
   * The result as an int, or the overflow named by its operands: the message is built only then,
   * since building it for every result cost the generated evaluators most of their time.
   */
  private static int exact(long value, int a, String operator, int b) {
    if (value != (int) value) {
      throw new ArithmeticException("integer overflow: " + a + operator + b);
    }
    return (int) value;
  }
}
